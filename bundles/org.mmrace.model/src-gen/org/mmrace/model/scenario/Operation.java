/**
 */
package org.mmrace.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Operation</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.mmrace.model.scenario.ScenarioPackage#getOperation()
 * @model abstract="true"
 * @generated
 */
public interface Operation extends Element {
} // Operation
