/**
 */
package org.mmrace.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 'map P.region KIND SHARING PROT pages=N fill=S': a VMA present at the start.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.Mapping#getProcess <em>Process</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Mapping#getRegion <em>Region</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Mapping#getKind <em>Kind</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Mapping#getSharing <em>Sharing</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Mapping#getProtection <em>Protection</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Mapping#getPages <em>Pages</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Mapping#getFill <em>Fill</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Mapping#getThp <em>Thp</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.scenario.ScenarioPackage#getMapping()
 * @model
 * @generated
 */
public interface Mapping extends Element {
	/**
	 * Returns the value of the '<em><b>Process</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Process</em>' attribute.
	 * @see #setProcess(String)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getMapping_Process()
	 * @model
	 * @generated
	 */
	String getProcess();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Mapping#getProcess <em>Process</em>}' attribute.
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
	 * @see org.mmrace.model.scenario.ScenarioPackage#getMapping_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Mapping#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mmrace.model.scenario.RegionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.mmrace.model.scenario.RegionKind
	 * @see #setKind(RegionKind)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getMapping_Kind()
	 * @model
	 * @generated
	 */
	RegionKind getKind();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Mapping#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.mmrace.model.scenario.RegionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RegionKind value);

	/**
	 * Returns the value of the '<em><b>Sharing</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mmrace.model.scenario.Sharing}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sharing</em>' attribute.
	 * @see org.mmrace.model.scenario.Sharing
	 * @see #setSharing(Sharing)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getMapping_Sharing()
	 * @model
	 * @generated
	 */
	Sharing getSharing();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Mapping#getSharing <em>Sharing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sharing</em>' attribute.
	 * @see org.mmrace.model.scenario.Sharing
	 * @see #getSharing()
	 * @generated
	 */
	void setSharing(Sharing value);

	/**
	 * Returns the value of the '<em><b>Protection</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mmrace.model.scenario.Protection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protection</em>' attribute.
	 * @see org.mmrace.model.scenario.Protection
	 * @see #setProtection(Protection)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getMapping_Protection()
	 * @model
	 * @generated
	 */
	Protection getProtection();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Mapping#getProtection <em>Protection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protection</em>' attribute.
	 * @see org.mmrace.model.scenario.Protection
	 * @see #getProtection()
	 * @generated
	 */
	void setProtection(Protection value);

	/**
	 * Returns the value of the '<em><b>Pages</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pages</em>' attribute.
	 * @see #setPages(int)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getMapping_Pages()
	 * @model default="1"
	 * @generated
	 */
	int getPages();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Mapping#getPages <em>Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pages</em>' attribute.
	 * @see #getPages()
	 * @generated
	 */
	void setPages(int value);

	/**
	 * Returns the value of the '<em><b>Fill</b></em>' attribute.
	 * The default value is <code>"."</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One symbol for every sector, or one per sector of a page (8), or one per sector of the region (8 x pages).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fill</em>' attribute.
	 * @see #setFill(String)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getMapping_Fill()
	 * @model default="."
	 * @generated
	 */
	String getFill();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Mapping#getFill <em>Fill</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fill</em>' attribute.
	 * @see #getFill()
	 * @generated
	 */
	void setFill(String value);

	/**
	 * Returns the value of the '<em><b>Thp</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mmrace.model.scenario.ThpMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Thp</em>' attribute.
	 * @see org.mmrace.model.scenario.ThpMode
	 * @see #setThp(ThpMode)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getMapping_Thp()
	 * @model
	 * @generated
	 */
	ThpMode getThp();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Mapping#getThp <em>Thp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Thp</em>' attribute.
	 * @see org.mmrace.model.scenario.ThpMode
	 * @see #getThp()
	 * @generated
	 */
	void setThp(ThpMode value);

} // Mapping
