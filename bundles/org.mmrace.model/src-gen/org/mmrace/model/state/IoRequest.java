/**
 */
package org.mmrace.model.state;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Io Request</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An O_DIRECT/AIO request: kind dio_read, dio_write, aio_read or aio_write; state not-submitted, in-flight, dma-done or completed; ref the reference it holds (FOLL_GET or FOLL_PIN).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.state.IoRequest#getName <em>Name</em>}</li>
 *   <li>{@link org.mmrace.model.state.IoRequest#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.mmrace.model.state.IoRequest#getKind <em>Kind</em>}</li>
 *   <li>{@link org.mmrace.model.state.IoRequest#getState <em>State</em>}</li>
 *   <li>{@link org.mmrace.model.state.IoRequest#getPfn <em>Pfn</em>}</li>
 *   <li>{@link org.mmrace.model.state.IoRequest#getRef <em>Ref</em>}</li>
 *   <li>{@link org.mmrace.model.state.IoRequest#isPageLocked <em>Page Locked</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.state.StatePackage#getIoRequest()
 * @model
 * @generated
 */
public interface IoRequest extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.mmrace.model.state.StatePackage#getIoRequest_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.IoRequest#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.mmrace.model.state.StatePackage#getIoRequest_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.IoRequest#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.mmrace.model.state.StatePackage#getIoRequest_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.IoRequest#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see #setState(String)
	 * @see org.mmrace.model.state.StatePackage#getIoRequest_State()
	 * @model
	 * @generated
	 */
	String getState();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.IoRequest#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see #getState()
	 * @generated
	 */
	void setState(String value);

	/**
	 * Returns the value of the '<em><b>Pfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pfn</em>' attribute.
	 * @see #setPfn(int)
	 * @see org.mmrace.model.state.StatePackage#getIoRequest_Pfn()
	 * @model
	 * @generated
	 */
	int getPfn();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.IoRequest#getPfn <em>Pfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pfn</em>' attribute.
	 * @see #getPfn()
	 * @generated
	 */
	void setPfn(int value);

	/**
	 * Returns the value of the '<em><b>Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ref</em>' attribute.
	 * @see #setRef(String)
	 * @see org.mmrace.model.state.StatePackage#getIoRequest_Ref()
	 * @model
	 * @generated
	 */
	String getRef();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.IoRequest#getRef <em>Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ref</em>' attribute.
	 * @see #getRef()
	 * @generated
	 */
	void setRef(String value);

	/**
	 * Returns the value of the '<em><b>Page Locked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Page Locked</em>' attribute.
	 * @see #setPageLocked(boolean)
	 * @see org.mmrace.model.state.StatePackage#getIoRequest_PageLocked()
	 * @model
	 * @generated
	 */
	boolean isPageLocked();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.IoRequest#isPageLocked <em>Page Locked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page Locked</em>' attribute.
	 * @see #isPageLocked()
	 * @generated
	 */
	void setPageLocked(boolean value);

} // IoRequest
