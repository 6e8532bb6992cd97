/**
 */
package org.mmrace.model.state.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.mmrace.model.state.IoRequest;
import org.mmrace.model.state.StatePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Io Request</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.state.impl.IoRequestImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.IoRequestImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.IoRequestImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.IoRequestImpl#getState <em>State</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.IoRequestImpl#getPfn <em>Pfn</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.IoRequestImpl#getRef <em>Ref</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.IoRequestImpl#isPageLocked <em>Page Locked</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IoRequestImpl extends MinimalEObjectImpl.Container implements IoRequest {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected String kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #getPfn() <em>Pfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPfn()
	 * @generated
	 * @ordered
	 */
	protected static final int PFN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPfn() <em>Pfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPfn()
	 * @generated
	 * @ordered
	 */
	protected int pfn = PFN_EDEFAULT;

	/**
	 * The default value of the '{@link #getRef() <em>Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRef()
	 * @generated
	 * @ordered
	 */
	protected static final String REF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRef() <em>Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRef()
	 * @generated
	 * @ordered
	 */
	protected String ref = REF_EDEFAULT;

	/**
	 * The default value of the '{@link #isPageLocked() <em>Page Locked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPageLocked()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PAGE_LOCKED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPageLocked() <em>Page Locked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPageLocked()
	 * @generated
	 * @ordered
	 */
	protected boolean pageLocked = PAGE_LOCKED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IoRequestImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StatePackage.Literals.IO_REQUEST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.IO_REQUEST__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner) {
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.IO_REQUEST__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		String oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.IO_REQUEST__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.IO_REQUEST__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPfn() {
		return pfn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPfn(int newPfn) {
		int oldPfn = pfn;
		pfn = newPfn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.IO_REQUEST__PFN, oldPfn, pfn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRef() {
		return ref;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRef(String newRef) {
		String oldRef = ref;
		ref = newRef;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.IO_REQUEST__REF, oldRef, ref));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPageLocked() {
		return pageLocked;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPageLocked(boolean newPageLocked) {
		boolean oldPageLocked = pageLocked;
		pageLocked = newPageLocked;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.IO_REQUEST__PAGE_LOCKED, oldPageLocked, pageLocked));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StatePackage.IO_REQUEST__NAME:
				return getName();
			case StatePackage.IO_REQUEST__OWNER:
				return getOwner();
			case StatePackage.IO_REQUEST__KIND:
				return getKind();
			case StatePackage.IO_REQUEST__STATE:
				return getState();
			case StatePackage.IO_REQUEST__PFN:
				return getPfn();
			case StatePackage.IO_REQUEST__REF:
				return getRef();
			case StatePackage.IO_REQUEST__PAGE_LOCKED:
				return isPageLocked();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case StatePackage.IO_REQUEST__NAME:
				setName((String)newValue);
				return;
			case StatePackage.IO_REQUEST__OWNER:
				setOwner((String)newValue);
				return;
			case StatePackage.IO_REQUEST__KIND:
				setKind((String)newValue);
				return;
			case StatePackage.IO_REQUEST__STATE:
				setState((String)newValue);
				return;
			case StatePackage.IO_REQUEST__PFN:
				setPfn((Integer)newValue);
				return;
			case StatePackage.IO_REQUEST__REF:
				setRef((String)newValue);
				return;
			case StatePackage.IO_REQUEST__PAGE_LOCKED:
				setPageLocked((Boolean)newValue);
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
			case StatePackage.IO_REQUEST__NAME:
				setName(NAME_EDEFAULT);
				return;
			case StatePackage.IO_REQUEST__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case StatePackage.IO_REQUEST__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case StatePackage.IO_REQUEST__STATE:
				setState(STATE_EDEFAULT);
				return;
			case StatePackage.IO_REQUEST__PFN:
				setPfn(PFN_EDEFAULT);
				return;
			case StatePackage.IO_REQUEST__REF:
				setRef(REF_EDEFAULT);
				return;
			case StatePackage.IO_REQUEST__PAGE_LOCKED:
				setPageLocked(PAGE_LOCKED_EDEFAULT);
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
			case StatePackage.IO_REQUEST__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case StatePackage.IO_REQUEST__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case StatePackage.IO_REQUEST__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case StatePackage.IO_REQUEST__STATE:
				return STATE_EDEFAULT == null ? state != null : !STATE_EDEFAULT.equals(state);
			case StatePackage.IO_REQUEST__PFN:
				return pfn != PFN_EDEFAULT;
			case StatePackage.IO_REQUEST__REF:
				return REF_EDEFAULT == null ? ref != null : !REF_EDEFAULT.equals(ref);
			case StatePackage.IO_REQUEST__PAGE_LOCKED:
				return pageLocked != PAGE_LOCKED_EDEFAULT;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", owner: ");
		result.append(owner);
		result.append(", kind: ");
		result.append(kind);
		result.append(", state: ");
		result.append(state);
		result.append(", pfn: ");
		result.append(pfn);
		result.append(", ref: ");
		result.append(ref);
		result.append(", pageLocked: ");
		result.append(pageLocked);
		result.append(')');
		return result.toString();
	}

} //IoRequestImpl
