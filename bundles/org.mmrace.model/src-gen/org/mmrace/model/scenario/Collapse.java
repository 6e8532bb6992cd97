/**
 */
package org.mmrace.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Collapse</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 'collapse REGION': khugepaged collapse of the region into one THP (MADV_COLLAPSE in a user thread).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.Collapse#getRegion <em>Region</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.scenario.ScenarioPackage#getCollapse()
 * @model
 * @generated
 */
public interface Collapse extends Operation {
	/**
	 * Returns the value of the '<em><b>Region</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' containment reference.
	 * @see #setRegion(RegionRef)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getCollapse_Region()
	 * @model containment="true"
	 * @generated
	 */
	RegionRef getRegion();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Collapse#getRegion <em>Region</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' containment reference.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(RegionRef value);

} // Collapse
