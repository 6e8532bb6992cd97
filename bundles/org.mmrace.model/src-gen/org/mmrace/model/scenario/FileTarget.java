/**
 */
package org.mmrace.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>File Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.FileTarget#getFile <em>File</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.FileTarget#getPage <em>Page</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.FileTarget#getFirstSector <em>First Sector</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.FileTarget#getLastSector <em>Last Sector</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.scenario.ScenarioPackage#getFileTarget()
 * @model
 * @generated
 */
public interface FileTarget extends Target {
	/**
	 * Returns the value of the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File</em>' attribute.
	 * @see #setFile(String)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getFileTarget_File()
	 * @model
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.FileTarget#getFile <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' attribute.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(String value);

	/**
	 * Returns the value of the '<em><b>Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Page</em>' attribute.
	 * @see #setPage(int)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getFileTarget_Page()
	 * @model
	 * @generated
	 */
	int getPage();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.FileTarget#getPage <em>Page</em>}' attribute.
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
	 * @see org.mmrace.model.scenario.ScenarioPackage#getFileTarget_FirstSector()
	 * @model
	 * @generated
	 */
	int getFirstSector();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.FileTarget#getFirstSector <em>First Sector</em>}' attribute.
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
	 * @see org.mmrace.model.scenario.ScenarioPackage#getFileTarget_LastSector()
	 * @model default="7"
	 * @generated
	 */
	int getLastSector();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.FileTarget#getLastSector <em>Last Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Sector</em>' attribute.
	 * @see #getLastSector()
	 * @generated
	 */
	void setLastSector(int value);

} // FileTarget
