/**
 */
package org.mmrace.model.state;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lock Held</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A lock and who holds it, e.g. mmap_sem(P) for write by P.forker, ptl(P), PG_locked(page#1), irqs-off(gup_fast).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.state.LockHeld#getLock <em>Lock</em>}</li>
 *   <li>{@link org.mmrace.model.state.LockHeld#getMode <em>Mode</em>}</li>
 *   <li>{@link org.mmrace.model.state.LockHeld#getHolder <em>Holder</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.state.StatePackage#getLockHeld()
 * @model
 * @generated
 */
public interface LockHeld extends EObject {
	/**
	 * Returns the value of the '<em><b>Lock</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lock</em>' attribute.
	 * @see #setLock(String)
	 * @see org.mmrace.model.state.StatePackage#getLockHeld_Lock()
	 * @model
	 * @generated
	 */
	String getLock();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.LockHeld#getLock <em>Lock</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lock</em>' attribute.
	 * @see #getLock()
	 * @generated
	 */
	void setLock(String value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * read, write, or empty for a lock without modes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see #setMode(String)
	 * @see org.mmrace.model.state.StatePackage#getLockHeld_Mode()
	 * @model default=""
	 * @generated
	 */
	String getMode();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.LockHeld#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see #getMode()
	 * @generated
	 */
	void setMode(String value);

	/**
	 * Returns the value of the '<em><b>Holder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Holder</em>' attribute.
	 * @see #setHolder(String)
	 * @see org.mmrace.model.state.StatePackage#getLockHeld_Holder()
	 * @model
	 * @generated
	 */
	String getHolder();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.LockHeld#getHolder <em>Holder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Holder</em>' attribute.
	 * @see #getHolder()
	 * @generated
	 */
	void setHolder(String value);

} // LockHeld
