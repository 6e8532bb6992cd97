/**
 */
package org.mmrace.model.state;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mm</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One process's mm_struct.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.state.Mm#getProcess <em>Process</em>}</li>
 *   <li>{@link org.mmrace.model.state.Mm#isHasPinned <em>Has Pinned</em>}</li>
 *   <li>{@link org.mmrace.model.state.Mm#getWriteProtectSeq <em>Write Protect Seq</em>}</li>
 *   <li>{@link org.mmrace.model.state.Mm#isExited <em>Exited</em>}</li>
 *   <li>{@link org.mmrace.model.state.Mm#getState <em>State</em>}</li>
 *   <li>{@link org.mmrace.model.state.Mm#getVmas <em>Vmas</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.state.StatePackage#getMm()
 * @model
 * @generated
 */
public interface Mm extends EObject {
	/**
	 * Returns the value of the '<em><b>Process</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Process</em>' attribute.
	 * @see #setProcess(String)
	 * @see org.mmrace.model.state.StatePackage#getMm_Process()
	 * @model
	 * @generated
	 */
	String getProcess();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Mm#getProcess <em>Process</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Process</em>' attribute.
	 * @see #getProcess()
	 * @generated
	 */
	void setProcess(String value);

	/**
	 * Returns the value of the '<em><b>Has Pinned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Has Pinned</em>' attribute.
	 * @see #setHasPinned(boolean)
	 * @see org.mmrace.model.state.StatePackage#getMm_HasPinned()
	 * @model
	 * @generated
	 */
	boolean isHasPinned();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Mm#isHasPinned <em>Has Pinned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Has Pinned</em>' attribute.
	 * @see #isHasPinned()
	 * @generated
	 */
	void setHasPinned(boolean value);

	/**
	 * Returns the value of the '<em><b>Write Protect Seq</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Write Protect Seq</em>' attribute.
	 * @see #setWriteProtectSeq(int)
	 * @see org.mmrace.model.state.StatePackage#getMm_WriteProtectSeq()
	 * @model
	 * @generated
	 */
	int getWriteProtectSeq();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Mm#getWriteProtectSeq <em>Write Protect Seq</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Write Protect Seq</em>' attribute.
	 * @see #getWriteProtectSeq()
	 * @generated
	 */
	void setWriteProtectSeq(int value);

	/**
	 * Returns the value of the '<em><b>Exited</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version 1 files only (version 2 has state).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exited</em>' attribute.
	 * @see #setExited(boolean)
	 * @see org.mmrace.model.state.StatePackage#getMm_Exited()
	 * @model
	 * @generated
	 */
	boolean isExited();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Mm#isExited <em>Exited</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exited</em>' attribute.
	 * @see #isExited()
	 * @generated
	 */
	void setExited(boolean value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * not-created, alive, exiting or gone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see #setState(String)
	 * @see org.mmrace.model.state.StatePackage#getMm_State()
	 * @model
	 * @generated
	 */
	String getState();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Mm#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see #getState()
	 * @generated
	 */
	void setState(String value);

	/**
	 * Returns the value of the '<em><b>Vmas</b></em>' containment reference list.
	 * The list contents are of type {@link org.mmrace.model.state.Vma}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vmas</em>' containment reference list.
	 * @see org.mmrace.model.state.StatePackage#getMm_Vmas()
	 * @model containment="true"
	 * @generated
	 */
	EList<Vma> getVmas();

} // Mm
