/**
 */
package org.mmrace.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Madvise</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.Madvise#getRegion <em>Region</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Madvise#getAdvice <em>Advice</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.scenario.ScenarioPackage#getMadvise()
 * @model
 * @generated
 */
public interface Madvise extends Operation {
	/**
	 * Returns the value of the '<em><b>Region</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' containment reference.
	 * @see #setRegion(RegionRef)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getMadvise_Region()
	 * @model containment="true"
	 * @generated
	 */
	RegionRef getRegion();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Madvise#getRegion <em>Region</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' containment reference.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(RegionRef value);

	/**
	 * Returns the value of the '<em><b>Advice</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mmrace.model.scenario.Advice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Advice</em>' attribute.
	 * @see org.mmrace.model.scenario.Advice
	 * @see #setAdvice(Advice)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getMadvise_Advice()
	 * @model
	 * @generated
	 */
	Advice getAdvice();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Madvise#getAdvice <em>Advice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Advice</em>' attribute.
	 * @see org.mmrace.model.scenario.Advice
	 * @see #getAdvice()
	 * @generated
	 */
	void setAdvice(Advice value);

} // Madvise
