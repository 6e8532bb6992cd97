/**
 */
package org.mmrace.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Region Ref</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.RegionRef#getProcess <em>Process</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.RegionRef#getRegion <em>Region</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.RegionRef#getFirstPage <em>First Page</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.RegionRef#getLastPage <em>Last Page</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.scenario.ScenarioPackage#getRegionRef()
 * @model
 * @generated
 */
public interface RegionRef extends Element {
	/**
	 * Returns the value of the '<em><b>Process</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Process</em>' attribute.
	 * @see #setProcess(String)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getRegionRef_Process()
	 * @model
	 * @generated
	 */
	String getProcess();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.RegionRef#getProcess <em>Process</em>}' attribute.
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
	 * @see org.mmrace.model.scenario.ScenarioPackage#getRegionRef_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.RegionRef#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>First Page</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * REGION[N] or REGION[N-M]: the first page of the range; -1 for the whole region.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Page</em>' attribute.
	 * @see #setFirstPage(int)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getRegionRef_FirstPage()
	 * @model default="-1"
	 * @generated
	 */
	int getFirstPage();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.RegionRef#getFirstPage <em>First Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Page</em>' attribute.
	 * @see #getFirstPage()
	 * @generated
	 */
	void setFirstPage(int value);

	/**
	 * Returns the value of the '<em><b>Last Page</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Page</em>' attribute.
	 * @see #setLastPage(int)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getRegionRef_LastPage()
	 * @model default="-1"
	 * @generated
	 */
	int getLastPage();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.RegionRef#getLastPage <em>Last Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Page</em>' attribute.
	 * @see #getLastPage()
	 * @generated
	 */
	void setLastPage(int value);

} // RegionRef
