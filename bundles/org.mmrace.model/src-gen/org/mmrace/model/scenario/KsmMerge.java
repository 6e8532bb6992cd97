/**
 */
package org.mmrace.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ksm Merge</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.KsmMerge#getFirst <em>First</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.KsmMerge#getSecond <em>Second</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.scenario.ScenarioPackage#getKsmMerge()
 * @model
 * @generated
 */
public interface KsmMerge extends Operation {
	/**
	 * Returns the value of the '<em><b>First</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First</em>' containment reference.
	 * @see #setFirst(Address)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getKsmMerge_First()
	 * @model containment="true"
	 * @generated
	 */
	Address getFirst();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.KsmMerge#getFirst <em>First</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First</em>' containment reference.
	 * @see #getFirst()
	 * @generated
	 */
	void setFirst(Address value);

	/**
	 * Returns the value of the '<em><b>Second</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Second</em>' containment reference.
	 * @see #setSecond(Address)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getKsmMerge_Second()
	 * @model containment="true"
	 * @generated
	 */
	Address getSecond();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.KsmMerge#getSecond <em>Second</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Second</em>' containment reference.
	 * @see #getSecond()
	 * @generated
	 */
	void setSecond(Address value);

} // KsmMerge
