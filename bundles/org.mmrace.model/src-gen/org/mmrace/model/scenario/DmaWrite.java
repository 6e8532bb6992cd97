/**
 */
package org.mmrace.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dma Write</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.DmaWrite#getPin <em>Pin</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.DmaWrite#getSectors <em>Sectors</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.DmaWrite#getData <em>Data</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.scenario.ScenarioPackage#getDmaWrite()
 * @model
 * @generated
 */
public interface DmaWrite extends Operation {
	/**
	 * Returns the value of the '<em><b>Pin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pin</em>' attribute.
	 * @see #setPin(String)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getDmaWrite_Pin()
	 * @model
	 * @generated
	 */
	String getPin();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.DmaWrite#getPin <em>Pin</em>}' attribute.
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
	 * @see org.mmrace.model.scenario.ScenarioPackage#getDmaWrite_Sectors()
	 * @model containment="true"
	 * @generated
	 */
	SectorRange getSectors();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.DmaWrite#getSectors <em>Sectors</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sectors</em>' containment reference.
	 * @see #getSectors()
	 * @generated
	 */
	void setSectors(SectorRange value);

	/**
	 * Returns the value of the '<em><b>Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data</em>' attribute.
	 * @see #setData(String)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getDmaWrite_Data()
	 * @model
	 * @generated
	 */
	String getData();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.DmaWrite#getData <em>Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data</em>' attribute.
	 * @see #getData()
	 * @generated
	 */
	void setData(String value);

} // DmaWrite
