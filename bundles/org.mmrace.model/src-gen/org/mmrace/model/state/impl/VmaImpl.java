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

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.mmrace.model.state.Pte;
import org.mmrace.model.state.StatePackage;
import org.mmrace.model.state.Vma;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Vma</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.state.impl.VmaImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.VmaImpl#getPageCount <em>Page Count</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.VmaImpl#isShared <em>Shared</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.VmaImpl#isMaywrite <em>Maywrite</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.VmaImpl#isWrite <em>Write</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.VmaImpl#isDontcopy <em>Dontcopy</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.VmaImpl#isMergeable <em>Mergeable</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.VmaImpl#isPresent <em>Present</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.VmaImpl#getPtes <em>Ptes</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.VmaImpl#getLogical <em>Logical</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VmaImpl extends MinimalEObjectImpl.Container implements Vma {
	/**
	 * The default value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected String region = REGION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPageCount() <em>Page Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageCount()
	 * @generated
	 * @ordered
	 */
	protected static final int PAGE_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPageCount() <em>Page Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageCount()
	 * @generated
	 * @ordered
	 */
	protected int pageCount = PAGE_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #isShared() <em>Shared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShared()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SHARED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isShared() <em>Shared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShared()
	 * @generated
	 * @ordered
	 */
	protected boolean shared = SHARED_EDEFAULT;

	/**
	 * The default value of the '{@link #isMaywrite() <em>Maywrite</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMaywrite()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MAYWRITE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMaywrite() <em>Maywrite</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMaywrite()
	 * @generated
	 * @ordered
	 */
	protected boolean maywrite = MAYWRITE_EDEFAULT;

	/**
	 * The default value of the '{@link #isWrite() <em>Write</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWrite()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WRITE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isWrite() <em>Write</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWrite()
	 * @generated
	 * @ordered
	 */
	protected boolean write = WRITE_EDEFAULT;

	/**
	 * The default value of the '{@link #isDontcopy() <em>Dontcopy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDontcopy()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DONTCOPY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDontcopy() <em>Dontcopy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDontcopy()
	 * @generated
	 * @ordered
	 */
	protected boolean dontcopy = DONTCOPY_EDEFAULT;

	/**
	 * The default value of the '{@link #isMergeable() <em>Mergeable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMergeable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MERGEABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMergeable() <em>Mergeable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMergeable()
	 * @generated
	 * @ordered
	 */
	protected boolean mergeable = MERGEABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #isPresent() <em>Present</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPresent()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PRESENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPresent() <em>Present</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPresent()
	 * @generated
	 * @ordered
	 */
	protected boolean present = PRESENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPtes() <em>Ptes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPtes()
	 * @generated
	 * @ordered
	 */
	protected EList<Pte> ptes;

	/**
	 * The cached value of the '{@link #getLogical() <em>Logical</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogical()
	 * @generated
	 * @ordered
	 */
	protected EList<String> logical;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VmaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StatePackage.Literals.VMA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegion() {
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(String newRegion) {
		String oldRegion = region;
		region = newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.VMA__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPageCount() {
		return pageCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPageCount(int newPageCount) {
		int oldPageCount = pageCount;
		pageCount = newPageCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.VMA__PAGE_COUNT, oldPageCount, pageCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isShared() {
		return shared;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShared(boolean newShared) {
		boolean oldShared = shared;
		shared = newShared;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.VMA__SHARED, oldShared, shared));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMaywrite() {
		return maywrite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaywrite(boolean newMaywrite) {
		boolean oldMaywrite = maywrite;
		maywrite = newMaywrite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.VMA__MAYWRITE, oldMaywrite, maywrite));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWrite() {
		return write;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWrite(boolean newWrite) {
		boolean oldWrite = write;
		write = newWrite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.VMA__WRITE, oldWrite, write));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDontcopy() {
		return dontcopy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDontcopy(boolean newDontcopy) {
		boolean oldDontcopy = dontcopy;
		dontcopy = newDontcopy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.VMA__DONTCOPY, oldDontcopy, dontcopy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMergeable() {
		return mergeable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMergeable(boolean newMergeable) {
		boolean oldMergeable = mergeable;
		mergeable = newMergeable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.VMA__MERGEABLE, oldMergeable, mergeable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPresent() {
		return present;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPresent(boolean newPresent) {
		boolean oldPresent = present;
		present = newPresent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.VMA__PRESENT, oldPresent, present));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Pte> getPtes() {
		if (ptes == null) {
			ptes = new EObjectContainmentEList<Pte>(Pte.class, this, StatePackage.VMA__PTES);
		}
		return ptes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLogical() {
		if (logical == null) {
			logical = new EDataTypeEList<String>(String.class, this, StatePackage.VMA__LOGICAL);
		}
		return logical;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StatePackage.VMA__PTES:
				return ((InternalEList<?>)getPtes()).basicRemove(otherEnd, msgs);
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
			case StatePackage.VMA__REGION:
				return getRegion();
			case StatePackage.VMA__PAGE_COUNT:
				return getPageCount();
			case StatePackage.VMA__SHARED:
				return isShared();
			case StatePackage.VMA__MAYWRITE:
				return isMaywrite();
			case StatePackage.VMA__WRITE:
				return isWrite();
			case StatePackage.VMA__DONTCOPY:
				return isDontcopy();
			case StatePackage.VMA__MERGEABLE:
				return isMergeable();
			case StatePackage.VMA__PRESENT:
				return isPresent();
			case StatePackage.VMA__PTES:
				return getPtes();
			case StatePackage.VMA__LOGICAL:
				return getLogical();
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
			case StatePackage.VMA__REGION:
				setRegion((String)newValue);
				return;
			case StatePackage.VMA__PAGE_COUNT:
				setPageCount((Integer)newValue);
				return;
			case StatePackage.VMA__SHARED:
				setShared((Boolean)newValue);
				return;
			case StatePackage.VMA__MAYWRITE:
				setMaywrite((Boolean)newValue);
				return;
			case StatePackage.VMA__WRITE:
				setWrite((Boolean)newValue);
				return;
			case StatePackage.VMA__DONTCOPY:
				setDontcopy((Boolean)newValue);
				return;
			case StatePackage.VMA__MERGEABLE:
				setMergeable((Boolean)newValue);
				return;
			case StatePackage.VMA__PRESENT:
				setPresent((Boolean)newValue);
				return;
			case StatePackage.VMA__PTES:
				getPtes().clear();
				getPtes().addAll((Collection<? extends Pte>)newValue);
				return;
			case StatePackage.VMA__LOGICAL:
				getLogical().clear();
				getLogical().addAll((Collection<? extends String>)newValue);
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
			case StatePackage.VMA__REGION:
				setRegion(REGION_EDEFAULT);
				return;
			case StatePackage.VMA__PAGE_COUNT:
				setPageCount(PAGE_COUNT_EDEFAULT);
				return;
			case StatePackage.VMA__SHARED:
				setShared(SHARED_EDEFAULT);
				return;
			case StatePackage.VMA__MAYWRITE:
				setMaywrite(MAYWRITE_EDEFAULT);
				return;
			case StatePackage.VMA__WRITE:
				setWrite(WRITE_EDEFAULT);
				return;
			case StatePackage.VMA__DONTCOPY:
				setDontcopy(DONTCOPY_EDEFAULT);
				return;
			case StatePackage.VMA__MERGEABLE:
				setMergeable(MERGEABLE_EDEFAULT);
				return;
			case StatePackage.VMA__PRESENT:
				setPresent(PRESENT_EDEFAULT);
				return;
			case StatePackage.VMA__PTES:
				getPtes().clear();
				return;
			case StatePackage.VMA__LOGICAL:
				getLogical().clear();
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
			case StatePackage.VMA__REGION:
				return REGION_EDEFAULT == null ? region != null : !REGION_EDEFAULT.equals(region);
			case StatePackage.VMA__PAGE_COUNT:
				return pageCount != PAGE_COUNT_EDEFAULT;
			case StatePackage.VMA__SHARED:
				return shared != SHARED_EDEFAULT;
			case StatePackage.VMA__MAYWRITE:
				return maywrite != MAYWRITE_EDEFAULT;
			case StatePackage.VMA__WRITE:
				return write != WRITE_EDEFAULT;
			case StatePackage.VMA__DONTCOPY:
				return dontcopy != DONTCOPY_EDEFAULT;
			case StatePackage.VMA__MERGEABLE:
				return mergeable != MERGEABLE_EDEFAULT;
			case StatePackage.VMA__PRESENT:
				return present != PRESENT_EDEFAULT;
			case StatePackage.VMA__PTES:
				return ptes != null && !ptes.isEmpty();
			case StatePackage.VMA__LOGICAL:
				return logical != null && !logical.isEmpty();
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
		result.append(" (region: ");
		result.append(region);
		result.append(", pageCount: ");
		result.append(pageCount);
		result.append(", shared: ");
		result.append(shared);
		result.append(", maywrite: ");
		result.append(maywrite);
		result.append(", write: ");
		result.append(write);
		result.append(", dontcopy: ");
		result.append(dontcopy);
		result.append(", mergeable: ");
		result.append(mergeable);
		result.append(", present: ");
		result.append(present);
		result.append(", logical: ");
		result.append(logical);
		result.append(')');
		return result.toString();
	}

} //VmaImpl
