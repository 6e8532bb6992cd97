/**
 */
package org.mmrace.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Address</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * P.region[page].first-last. The process is null where the file omits it (inside a thread of that process).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.Address#getProcess <em>Process</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Address#getRegion <em>Region</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Address#getPage <em>Page</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Address#getFirstSector <em>First Sector</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Address#getLastSector <em>Last Sector</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.scenario.ScenarioPackage#getAddress()
 * @model
 * @generated
 */
public interface Address extends Element {
	/**
	 * Returns the value of the '<em><b>Process</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Process</em>' attribute.
	 * @see #setProcess(String)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getAddress_Process()
	 * @model
	 * @generated
	 */
	String getProcess();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Address#getProcess <em>Process</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Process</em>' attribute.
	 * @see #getProcess()
	 * @generated
	 */
	void setProcess(String value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getAddress_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Address#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Page</em>' attribute.
	 * @see #setPage(int)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getAddress_Page()
	 * @model
	 * @generated
	 */
	int getPage();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Address#getPage <em>Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page</em>' attribute.
	 * @see #getPage()
	 * @generated
	 */
	void setPage(int value);

	/**
	 * Returns the value of the '<em><b>First Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Sector</em>' attribute.
	 * @see #setFirstSector(int)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getAddress_FirstSector()
	 * @model
	 * @generated
	 */
	int getFirstSector();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Address#getFirstSector <em>First Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Sector</em>' attribute.
	 * @see #getFirstSector()
	 * @generated
	 */
	void setFirstSector(int value);

	/**
	 * Returns the value of the '<em><b>Last Sector</b></em>' attribute.
	 * The default value is <code>"7"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Sector</em>' attribute.
	 * @see #setLastSector(int)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getAddress_LastSector()
	 * @model default="7"
	 * @generated
	 */
	int getLastSector();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Address#getLastSector <em>Last Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Sector</em>' attribute.
	 * @see #getLastSector()
	 * @generated
	 */
	void setLastSector(int value);

} // Address
