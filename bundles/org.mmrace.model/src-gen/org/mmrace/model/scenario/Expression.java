/**
 */
package org.mmrace.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Expression</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.mmrace.model.scenario.ScenarioPackage#getExpression()
 * @model abstract="true"
 * @generated
 */
public interface Expression extends Element {
} // Expression
