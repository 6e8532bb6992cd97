/**
 */
package org.mmrace.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Exit</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.mmrace.model.scenario.ScenarioPackage#getExit()
 * @model
 * @generated
 */
public interface Exit extends Operation {
} // Exit
