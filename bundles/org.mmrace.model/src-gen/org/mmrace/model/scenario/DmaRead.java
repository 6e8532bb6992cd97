/**
 */
package org.mmrace.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dma Read</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.DmaRead#getPin <em>Pin</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.DmaRead#getSectors <em>Sectors</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.DmaRead#getRegister <em>Register</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.scenario.ScenarioPackage#getDmaRead()
 * @model
 * @generated
 */
public interface DmaRead extends Operation {
	/**
	 * Returns the value of the '<em><b>Pin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pin</em>' attribute.
	 * @see #setPin(String)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getDmaRead_Pin()
	 * @model
	 * @generated
	 */
	String getPin();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.DmaRead#getPin <em>Pin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pin</em>' attribute.
	 * @see #getPin()
	 * @generated
	 */
	void setPin(String value);

	/**
	 * Returns the value of the '<em><b>Sectors</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sectors</em>' containment reference.
	 * @see #setSectors(SectorRange)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getDmaRead_Sectors()
	 * @model containment="true"
	 * @generated
	 */
	SectorRange getSectors();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.DmaRead#getSectors <em>Sectors</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sectors</em>' containment reference.
	 * @see #getSectors()
	 * @generated
	 */
	void setSectors(SectorRange value);

	/**
	 * Returns the value of the '<em><b>Register</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Register</em>' attribute.
	 * @see #setRegister(String)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getDmaRead_Register()
	 * @model
	 * @generated
	 */
	String getRegister();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.DmaRead#getRegister <em>Register</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Register</em>' attribute.
	 * @see #getRegister()
	 * @generated
	 */
	void setRegister(String value);

} // DmaRead
