/**
 */
package org.mmrace.model.state;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pin</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A reference taken by get_user_pages / pin_user_pages, by a pin, an O_DIRECT request or a pipe.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.state.Pin#getName <em>Name</em>}</li>
 *   <li>{@link org.mmrace.model.state.Pin#getPfn <em>Pfn</em>}</li>
 *   <li>{@link org.mmrace.model.state.Pin#getKind <em>Kind</em>}</li>
 *   <li>{@link org.mmrace.model.state.Pin#isLongterm <em>Longterm</em>}</li>
 *   <li>{@link org.mmrace.model.state.Pin#isWritable <em>Writable</em>}</li>
 *   <li>{@link org.mmrace.model.state.Pin#getHolder <em>Holder</em>}</li>
 *   <li>{@link org.mmrace.model.state.Pin#getRef <em>Ref</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.state.StatePackage#getPin()
 * @model
 * @generated
 */
public interface Pin extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.mmrace.model.state.StatePackage#getPin_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Pin#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Pfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pfn</em>' attribute.
	 * @see #setPfn(int)
	 * @see org.mmrace.model.state.StatePackage#getPin_Pfn()
	 * @model
	 * @generated
	 */
	int getPfn();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Pin#getPfn <em>Pfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pfn</em>' attribute.
	 * @see #getPfn()
	 * @generated
	 */
	void setPfn(int value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mmrace.model.state.PinKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.mmrace.model.state.PinKind
	 * @see #setKind(PinKind)
	 * @see org.mmrace.model.state.StatePackage#getPin_Kind()
	 * @model
	 * @generated
	 */
	PinKind getKind();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Pin#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.mmrace.model.state.PinKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PinKind value);

	/**
	 * Returns the value of the '<em><b>Longterm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Longterm</em>' attribute.
	 * @see #setLongterm(boolean)
	 * @see org.mmrace.model.state.StatePackage#getPin_Longterm()
	 * @model
	 * @generated
	 */
	boolean isLongterm();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Pin#isLongterm <em>Longterm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Longterm</em>' attribute.
	 * @see #isLongterm()
	 * @generated
	 */
	void setLongterm(boolean value);

	/**
	 * Returns the value of the '<em><b>Writable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Writable</em>' attribute.
	 * @see #setWritable(boolean)
	 * @see org.mmrace.model.state.StatePackage#getPin_Writable()
	 * @model
	 * @generated
	 */
	boolean isWritable();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Pin#isWritable <em>Writable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Writable</em>' attribute.
	 * @see #isWritable()
	 * @generated
	 */
	void setWritable(boolean value);

	/**
	 * Returns the value of the '<em><b>Holder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Holder</em>' attribute.
	 * @see #setHolder(String)
	 * @see org.mmrace.model.state.StatePackage#getPin_Holder()
	 * @model
	 * @generated
	 */
	String getHolder();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Pin#getHolder <em>Holder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Holder</em>' attribute.
	 * @see #getHolder()
	 * @generated
	 */
	void setHolder(String value);

	/**
	 * Returns the value of the '<em><b>Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The reference as the engine names it (version 2; version 1 files have only kind).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ref</em>' attribute.
	 * @see #setRef(String)
	 * @see org.mmrace.model.state.StatePackage#getPin_Ref()
	 * @model
	 * @generated
	 */
	String getRef();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Pin#getRef <em>Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ref</em>' attribute.
	 * @see #getRef()
	 * @generated
	 */
	void setRef(String value);

} // Pin
