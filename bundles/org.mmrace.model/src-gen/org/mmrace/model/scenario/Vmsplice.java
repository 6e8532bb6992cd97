/**
 */
package org.mmrace.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Vmsplice</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.Vmsplice#getAddress <em>Address</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Vmsplice#getPipe <em>Pipe</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.scenario.ScenarioPackage#getVmsplice()
 * @model
 * @generated
 */
public interface Vmsplice extends Operation {
	/**
	 * Returns the value of the '<em><b>Address</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' containment reference.
	 * @see #setAddress(Address)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getVmsplice_Address()
	 * @model containment="true"
	 * @generated
	 */
	Address getAddress();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Vmsplice#getAddress <em>Address</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' containment reference.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(Address value);

	/**
	 * Returns the value of the '<em><b>Pipe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pipe</em>' attribute.
	 * @see #setPipe(String)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getVmsplice_Pipe()
	 * @model
	 * @generated
	 */
	String getPipe();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Vmsplice#getPipe <em>Pipe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pipe</em>' attribute.
	 * @see #getPipe()
	 * @generated
	 */
	void setPipe(String value);

} // Vmsplice
