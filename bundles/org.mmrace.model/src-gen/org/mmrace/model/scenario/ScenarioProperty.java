/**
 */
package org.mmrace.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Property</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.ScenarioProperty#getKey <em>Key</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.ScenarioProperty#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.scenario.ScenarioPackage#getScenarioProperty()
 * @model
 * @generated
 */
public interface ScenarioProperty extends Element {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mmrace.model.scenario.PropertyKey}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see org.mmrace.model.scenario.PropertyKey
	 * @see #setKey(PropertyKey)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getScenarioProperty_Key()
	 * @model
	 * @generated
	 */
	PropertyKey getKey();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.ScenarioProperty#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see org.mmrace.model.scenario.PropertyKey
	 * @see #getKey()
	 * @generated
	 */
	void setKey(PropertyKey value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getScenarioProperty_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.ScenarioProperty#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

} // ScenarioProperty
