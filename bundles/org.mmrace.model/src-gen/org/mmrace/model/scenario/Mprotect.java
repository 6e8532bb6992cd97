/**
 */
package org.mmrace.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mprotect</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.Mprotect#getRegion <em>Region</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Mprotect#getProtection <em>Protection</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.scenario.ScenarioPackage#getMprotect()
 * @model
 * @generated
 */
public interface Mprotect extends Operation {
	/**
	 * Returns the value of the '<em><b>Region</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' containment reference.
	 * @see #setRegion(RegionRef)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getMprotect_Region()
	 * @model containment="true"
	 * @generated
	 */
	RegionRef getRegion();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Mprotect#getRegion <em>Region</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' containment reference.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(RegionRef value);

	/**
	 * Returns the value of the '<em><b>Protection</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mmrace.model.scenario.Protection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protection</em>' attribute.
	 * @see org.mmrace.model.scenario.Protection
	 * @see #setProtection(Protection)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getMprotect_Protection()
	 * @model
	 * @generated
	 */
	Protection getProtection();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Mprotect#getProtection <em>Protection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protection</em>' attribute.
	 * @see org.mmrace.model.scenario.Protection
	 * @see #getProtection()
	 * @generated
	 */
	void setProtection(Protection value);

} // Mprotect
