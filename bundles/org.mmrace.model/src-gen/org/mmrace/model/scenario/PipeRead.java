/**
 */
package org.mmrace.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pipe Read</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.PipeRead#getPipe <em>Pipe</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.PipeRead#getRegister <em>Register</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.scenario.ScenarioPackage#getPipeRead()
 * @model
 * @generated
 */
public interface PipeRead extends Operation {
	/**
	 * Returns the value of the '<em><b>Pipe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pipe</em>' attribute.
	 * @see #setPipe(String)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getPipeRead_Pipe()
	 * @model
	 * @generated
	 */
	String getPipe();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.PipeRead#getPipe <em>Pipe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pipe</em>' attribute.
	 * @see #getPipe()
	 * @generated
	 */
	void setPipe(String value);

	/**
	 * Returns the value of the '<em><b>Register</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Register</em>' attribute.
	 * @see #setRegister(String)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getPipeRead_Register()
	 * @model
	 * @generated
	 */
	String getRegister();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.PipeRead#getRegister <em>Register</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Register</em>' attribute.
	 * @see #getRegister()
	 * @generated
	 */
	void setRegister(String value);

} // PipeRead
