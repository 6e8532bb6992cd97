/**
 */
package org.mmrace.model.state.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.mmrace.model.state.Pin;
import org.mmrace.model.state.PinKind;
import org.mmrace.model.state.StatePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pin</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.state.impl.PinImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.PinImpl#getPfn <em>Pfn</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.PinImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.PinImpl#isLongterm <em>Longterm</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.PinImpl#isWritable <em>Writable</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.PinImpl#getHolder <em>Holder</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.PinImpl#getRef <em>Ref</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PinImpl extends MinimalEObjectImpl.Container implements Pin {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final PinKind KIND_EDEFAULT = PinKind.FOLL_GET;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected PinKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #isLongterm() <em>Longterm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLongterm()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LONGTERM_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLongterm() <em>Longterm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLongterm()
	 * @generated
	 * @ordered
	 */
	protected boolean longterm = LONGTERM_EDEFAULT;

	/**
	 * The default value of the '{@link #isWritable() <em>Writable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWritable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WRITABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isWritable() <em>Writable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWritable()
	 * @generated
	 * @ordered
	 */
	protected boolean writable = WRITABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHolder() <em>Holder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHolder()
	 * @generated
	 * @ordered
	 */
	protected static final String HOLDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHolder() <em>Holder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHolder()
	 * @generated
	 * @ordered
	 */
	protected String holder = HOLDER_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PinImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StatePackage.Literals.PIN;
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
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.PIN__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.PIN__PFN, oldPfn, pfn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PinKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(PinKind newKind) {
		PinKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.PIN__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLongterm() {
		return longterm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLongterm(boolean newLongterm) {
		boolean oldLongterm = longterm;
		longterm = newLongterm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.PIN__LONGTERM, oldLongterm, longterm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWritable() {
		return writable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWritable(boolean newWritable) {
		boolean oldWritable = writable;
		writable = newWritable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.PIN__WRITABLE, oldWritable, writable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHolder() {
		return holder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHolder(String newHolder) {
		String oldHolder = holder;
		holder = newHolder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.PIN__HOLDER, oldHolder, holder));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.PIN__REF, oldRef, ref));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StatePackage.PIN__NAME:
				return getName();
			case StatePackage.PIN__PFN:
				return getPfn();
			case StatePackage.PIN__KIND:
				return getKind();
			case StatePackage.PIN__LONGTERM:
				return isLongterm();
			case StatePackage.PIN__WRITABLE:
				return isWritable();
			case StatePackage.PIN__HOLDER:
				return getHolder();
			case StatePackage.PIN__REF:
				return getRef();
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
			case StatePackage.PIN__NAME:
				setName((String)newValue);
				return;
			case StatePackage.PIN__PFN:
				setPfn((Integer)newValue);
				return;
			case StatePackage.PIN__KIND:
				setKind((PinKind)newValue);
				return;
			case StatePackage.PIN__LONGTERM:
				setLongterm((Boolean)newValue);
				return;
			case StatePackage.PIN__WRITABLE:
				setWritable((Boolean)newValue);
				return;
			case StatePackage.PIN__HOLDER:
				setHolder((String)newValue);
				return;
			case StatePackage.PIN__REF:
				setRef((String)newValue);
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
			case StatePackage.PIN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case StatePackage.PIN__PFN:
				setPfn(PFN_EDEFAULT);
				return;
			case StatePackage.PIN__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case StatePackage.PIN__LONGTERM:
				setLongterm(LONGTERM_EDEFAULT);
				return;
			case StatePackage.PIN__WRITABLE:
				setWritable(WRITABLE_EDEFAULT);
				return;
			case StatePackage.PIN__HOLDER:
				setHolder(HOLDER_EDEFAULT);
				return;
			case StatePackage.PIN__REF:
				setRef(REF_EDEFAULT);
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
			case StatePackage.PIN__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case StatePackage.PIN__PFN:
				return pfn != PFN_EDEFAULT;
			case StatePackage.PIN__KIND:
				return kind != KIND_EDEFAULT;
			case StatePackage.PIN__LONGTERM:
				return longterm != LONGTERM_EDEFAULT;
			case StatePackage.PIN__WRITABLE:
				return writable != WRITABLE_EDEFAULT;
			case StatePackage.PIN__HOLDER:
				return HOLDER_EDEFAULT == null ? holder != null : !HOLDER_EDEFAULT.equals(holder);
			case StatePackage.PIN__REF:
				return REF_EDEFAULT == null ? ref != null : !REF_EDEFAULT.equals(ref);
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
		result.append(", pfn: ");
		result.append(pfn);
		result.append(", kind: ");
		result.append(kind);
		result.append(", longterm: ");
		result.append(longterm);
		result.append(", writable: ");
		result.append(writable);
		result.append(", holder: ");
		result.append(holder);
		result.append(", ref: ");
		result.append(ref);
		result.append(')');
		return result.toString();
	}

} //PinImpl
