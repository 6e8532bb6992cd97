/**
 */
package org.mmrace.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Target</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.mmrace.model.scenario.ScenarioPackage#getTarget()
 * @model abstract="true"
 * @generated
 */
public interface Target extends Element {
} // Target
