/**
 */
package org.mmrace.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Register Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.RegisterTarget#getProcess <em>Process</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.RegisterTarget#getThread <em>Thread</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.RegisterTarget#getRegister <em>Register</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.scenario.ScenarioPackage#getRegisterTarget()
 * @model
 * @generated
 */
public interface RegisterTarget extends Target {
	/**
	 * Returns the value of the '<em><b>Process</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Process</em>' attribute.
	 * @see #setProcess(String)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getRegisterTarget_Process()
	 * @model
	 * @generated
	 */
	String getProcess();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.RegisterTarget#getProcess <em>Process</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Process</em>' attribute.
	 * @see #getProcess()
	 * @generated
	 */
	void setProcess(String value);

	/**
	 * Returns the value of the '<em><b>Thread</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Thread</em>' attribute.
	 * @see #setThread(String)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getRegisterTarget_Thread()
	 * @model
	 * @generated
	 */
	String getThread();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.RegisterTarget#getThread <em>Thread</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Thread</em>' attribute.
	 * @see #getThread()
	 * @generated
	 */
	void setThread(String value);

	/**
	 * Returns the value of the '<em><b>Register</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Register</em>' attribute.
	 * @see #setRegister(String)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getRegisterTarget_Register()
	 * @model
	 * @generated
	 */
	String getRegister();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.RegisterTarget#getRegister <em>Register</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Register</em>' attribute.
	 * @see #getRegister()
	 * @generated
	 */
	void setRegister(String value);

} // RegisterTarget
