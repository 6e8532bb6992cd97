/**
 */
package org.mmrace.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pin</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.Pin#getAddress <em>Address</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Pin#getProtection <em>Protection</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Pin#isFast <em>Fast</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Pin#isLongterm <em>Longterm</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Pin#getName <em>Name</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.scenario.ScenarioPackage#getPin()
 * @model
 * @generated
 */
public interface Pin extends Operation {
	/**
	 * Returns the value of the '<em><b>Address</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' containment reference.
	 * @see #setAddress(Address)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getPin_Address()
	 * @model containment="true"
	 * @generated
	 */
	Address getAddress();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Pin#getAddress <em>Address</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' containment reference.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(Address value);

	/**
	 * Returns the value of the '<em><b>Protection</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mmrace.model.scenario.Protection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protection</em>' attribute.
	 * @see org.mmrace.model.scenario.Protection
	 * @see #setProtection(Protection)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getPin_Protection()
	 * @model
	 * @generated
	 */
	Protection getProtection();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Pin#getProtection <em>Protection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protection</em>' attribute.
	 * @see org.mmrace.model.scenario.Protection
	 * @see #getProtection()
	 * @generated
	 */
	void setProtection(Protection value);

	/**
	 * Returns the value of the '<em><b>Fast</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fast</em>' attribute.
	 * @see #setFast(boolean)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getPin_Fast()
	 * @model
	 * @generated
	 */
	boolean isFast();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Pin#isFast <em>Fast</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fast</em>' attribute.
	 * @see #isFast()
	 * @generated
	 */
	void setFast(boolean value);

	/**
	 * Returns the value of the '<em><b>Longterm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Longterm</em>' attribute.
	 * @see #setLongterm(boolean)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getPin_Longterm()
	 * @model
	 * @generated
	 */
	boolean isLongterm();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Pin#isLongterm <em>Longterm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Longterm</em>' attribute.
	 * @see #isLongterm()
	 * @generated
	 */
	void setLongterm(boolean value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getPin_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Pin#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

} // Pin
