/**
 */
package org.mmrace.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Direct Io</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * O_DIRECT I/O: dio_read/dio_write (synchronous) or aio_read/aio_write (asynchronous, 'as handle').
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.DirectIo#getAddress <em>Address</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.DirectIo#getGup <em>Gup</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.DirectIo#getReference <em>Reference</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.DirectIo#isAsynchronous <em>Asynchronous</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.DirectIo#getHandle <em>Handle</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.scenario.ScenarioPackage#getDirectIo()
 * @model abstract="true"
 * @generated
 */
public interface DirectIo extends Operation {
	/**
	 * Returns the value of the '<em><b>Address</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' containment reference.
	 * @see #setAddress(Address)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getDirectIo_Address()
	 * @model containment="true"
	 * @generated
	 */
	Address getAddress();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.DirectIo#getAddress <em>Address</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' containment reference.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(Address value);

	/**
	 * Returns the value of the '<em><b>Gup</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mmrace.model.scenario.GupMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gup</em>' attribute.
	 * @see org.mmrace.model.scenario.GupMode
	 * @see #setGup(GupMode)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getDirectIo_Gup()
	 * @model
	 * @generated
	 */
	GupMode getGup();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.DirectIo#getGup <em>Gup</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gup</em>' attribute.
	 * @see org.mmrace.model.scenario.GupMode
	 * @see #getGup()
	 * @generated
	 */
	void setGup(GupMode value);

	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mmrace.model.scenario.GupReference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see org.mmrace.model.scenario.GupReference
	 * @see #setReference(GupReference)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getDirectIo_Reference()
	 * @model
	 * @generated
	 */
	GupReference getReference();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.DirectIo#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see org.mmrace.model.scenario.GupReference
	 * @see #getReference()
	 * @generated
	 */
	void setReference(GupReference value);

	/**
	 * Returns the value of the '<em><b>Asynchronous</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Asynchronous</em>' attribute.
	 * @see #setAsynchronous(boolean)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getDirectIo_Asynchronous()
	 * @model
	 * @generated
	 */
	boolean isAsynchronous();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.DirectIo#isAsynchronous <em>Asynchronous</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Asynchronous</em>' attribute.
	 * @see #isAsynchronous()
	 * @generated
	 */
	void setAsynchronous(boolean value);

	/**
	 * Returns the value of the '<em><b>Handle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The 'as ioN' name of an asynchronous I/O; null for synchronous I/O.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Handle</em>' attribute.
	 * @see #setHandle(String)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getDirectIo_Handle()
	 * @model
	 * @generated
	 */
	String getHandle();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.DirectIo#getHandle <em>Handle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handle</em>' attribute.
	 * @see #getHandle()
	 * @generated
	 */
	void setHandle(String value);

} // DirectIo
