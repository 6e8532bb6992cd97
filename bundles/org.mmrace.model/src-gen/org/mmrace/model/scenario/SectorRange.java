/**
 */
package org.mmrace.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sector Range</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.SectorRange#getFirst <em>First</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.SectorRange#getLast <em>Last</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.scenario.ScenarioPackage#getSectorRange()
 * @model
 * @generated
 */
public interface SectorRange extends Element {
	/**
	 * Returns the value of the '<em><b>First</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First</em>' attribute.
	 * @see #setFirst(int)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getSectorRange_First()
	 * @model
	 * @generated
	 */
	int getFirst();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.SectorRange#getFirst <em>First</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First</em>' attribute.
	 * @see #getFirst()
	 * @generated
	 */
	void setFirst(int value);

	/**
	 * Returns the value of the '<em><b>Last</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last</em>' attribute.
	 * @see #setLast(int)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getSectorRange_Last()
	 * @model
	 * @generated
	 */
	int getLast();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.SectorRange#getLast <em>Last</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last</em>' attribute.
	 * @see #getLast()
	 * @generated
	 */
	void setLast(int value);

} // SectorRange
