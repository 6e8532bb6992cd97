/**
 */
package org.mmrace.model.state.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.mmrace.model.state.Mm;
import org.mmrace.model.state.StatePackage;
import org.mmrace.model.state.Vma;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mm</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.state.impl.MmImpl#getProcess <em>Process</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.MmImpl#isHasPinned <em>Has Pinned</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.MmImpl#getWriteProtectSeq <em>Write Protect Seq</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.MmImpl#isExited <em>Exited</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.MmImpl#getState <em>State</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.MmImpl#getVmas <em>Vmas</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MmImpl extends MinimalEObjectImpl.Container implements Mm {
	/**
	 * The default value of the '{@link #getProcess() <em>Process</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcess()
	 * @generated
	 * @ordered
	 */
	protected static final String PROCESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProcess() <em>Process</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcess()
	 * @generated
	 * @ordered
	 */
	protected String process = PROCESS_EDEFAULT;

	/**
	 * The default value of the '{@link #isHasPinned() <em>Has Pinned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHasPinned()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HAS_PINNED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHasPinned() <em>Has Pinned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHasPinned()
	 * @generated
	 * @ordered
	 */
	protected boolean hasPinned = HAS_PINNED_EDEFAULT;

	/**
	 * The default value of the '{@link #getWriteProtectSeq() <em>Write Protect Seq</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWriteProtectSeq()
	 * @generated
	 * @ordered
	 */
	protected static final int WRITE_PROTECT_SEQ_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWriteProtectSeq() <em>Write Protect Seq</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWriteProtectSeq()
	 * @generated
	 * @ordered
	 */
	protected int writeProtectSeq = WRITE_PROTECT_SEQ_EDEFAULT;

	/**
	 * The default value of the '{@link #isExited() <em>Exited</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExited()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXITED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isExited() <em>Exited</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExited()
	 * @generated
	 * @ordered
	 */
	protected boolean exited = EXITED_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final String STATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected String state = STATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVmas() <em>Vmas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmas()
	 * @generated
	 * @ordered
	 */
	protected EList<Vma> vmas;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MmImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StatePackage.Literals.MM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProcess() {
		return process;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProcess(String newProcess) {
		String oldProcess = process;
		process = newProcess;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.MM__PROCESS, oldProcess, process));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHasPinned() {
		return hasPinned;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHasPinned(boolean newHasPinned) {
		boolean oldHasPinned = hasPinned;
		hasPinned = newHasPinned;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.MM__HAS_PINNED, oldHasPinned, hasPinned));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWriteProtectSeq() {
		return writeProtectSeq;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWriteProtectSeq(int newWriteProtectSeq) {
		int oldWriteProtectSeq = writeProtectSeq;
		writeProtectSeq = newWriteProtectSeq;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.MM__WRITE_PROTECT_SEQ, oldWriteProtectSeq, writeProtectSeq));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExited() {
		return exited;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExited(boolean newExited) {
		boolean oldExited = exited;
		exited = newExited;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.MM__EXITED, oldExited, exited));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(String newState) {
		String oldState = state;
		state = newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.MM__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Vma> getVmas() {
		if (vmas == null) {
			vmas = new EObjectContainmentEList<Vma>(Vma.class, this, StatePackage.MM__VMAS);
		}
		return vmas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StatePackage.MM__VMAS:
				return ((InternalEList<?>)getVmas()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StatePackage.MM__PROCESS:
				return getProcess();
			case StatePackage.MM__HAS_PINNED:
				return isHasPinned();
			case StatePackage.MM__WRITE_PROTECT_SEQ:
				return getWriteProtectSeq();
			case StatePackage.MM__EXITED:
				return isExited();
			case StatePackage.MM__STATE:
				return getState();
			case StatePackage.MM__VMAS:
				return getVmas();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case StatePackage.MM__PROCESS:
				setProcess((String)newValue);
				return;
			case StatePackage.MM__HAS_PINNED:
				setHasPinned((Boolean)newValue);
				return;
			case StatePackage.MM__WRITE_PROTECT_SEQ:
				setWriteProtectSeq((Integer)newValue);
				return;
			case StatePackage.MM__EXITED:
				setExited((Boolean)newValue);
				return;
			case StatePackage.MM__STATE:
				setState((String)newValue);
				return;
			case StatePackage.MM__VMAS:
				getVmas().clear();
				getVmas().addAll((Collection<? extends Vma>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case StatePackage.MM__PROCESS:
				setProcess(PROCESS_EDEFAULT);
				return;
			case StatePackage.MM__HAS_PINNED:
				setHasPinned(HAS_PINNED_EDEFAULT);
				return;
			case StatePackage.MM__WRITE_PROTECT_SEQ:
				setWriteProtectSeq(WRITE_PROTECT_SEQ_EDEFAULT);
				return;
			case StatePackage.MM__EXITED:
				setExited(EXITED_EDEFAULT);
				return;
			case StatePackage.MM__STATE:
				setState(STATE_EDEFAULT);
				return;
			case StatePackage.MM__VMAS:
				getVmas().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case StatePackage.MM__PROCESS:
				return PROCESS_EDEFAULT == null ? process != null : !PROCESS_EDEFAULT.equals(process);
			case StatePackage.MM__HAS_PINNED:
				return hasPinned != HAS_PINNED_EDEFAULT;
			case StatePackage.MM__WRITE_PROTECT_SEQ:
				return writeProtectSeq != WRITE_PROTECT_SEQ_EDEFAULT;
			case StatePackage.MM__EXITED:
				return exited != EXITED_EDEFAULT;
			case StatePackage.MM__STATE:
				return STATE_EDEFAULT == null ? state != null : !STATE_EDEFAULT.equals(state);
			case StatePackage.MM__VMAS:
				return vmas != null && !vmas.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (process: ");
		result.append(process);
		result.append(", hasPinned: ");
		result.append(hasPinned);
		result.append(", writeProtectSeq: ");
		result.append(writeProtectSeq);
		result.append(", exited: ");
		result.append(exited);
		result.append(", state: ");
		result.append(state);
		result.append(')');
		return result.toString();
	}

} //MmImpl
