/**
 */
package org.mmrace.model.state.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.mmrace.model.state.Page;
import org.mmrace.model.state.StatePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Page</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.state.impl.PageImpl#getPfn <em>Pfn</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.PageImpl#getCount <em>Count</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.PageImpl#getMapcount <em>Mapcount</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.PageImpl#getPins <em>Pins</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.PageImpl#isAnon <em>Anon</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.PageImpl#isLocked <em>Locked</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.PageImpl#isSwapcache <em>Swapcache</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.PageImpl#isKsm <em>Ksm</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.PageImpl#isAnonExclusive <em>Anon Exclusive</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.PageImpl#isDontcow <em>Dontcow</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.PageImpl#isGup <em>Gup</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.PageImpl#isFreed <em>Freed</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.PageImpl#getContent <em>Content</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PageImpl extends MinimalEObjectImpl.Container implements Page {
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
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final int COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected int count = COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMapcount() <em>Mapcount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMapcount()
	 * @generated
	 * @ordered
	 */
	protected static final int MAPCOUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMapcount() <em>Mapcount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMapcount()
	 * @generated
	 * @ordered
	 */
	protected int mapcount = MAPCOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPins() <em>Pins</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPins()
	 * @generated
	 * @ordered
	 */
	protected static final int PINS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPins() <em>Pins</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPins()
	 * @generated
	 * @ordered
	 */
	protected int pins = PINS_EDEFAULT;

	/**
	 * The default value of the '{@link #isAnon() <em>Anon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAnon()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ANON_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAnon() <em>Anon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAnon()
	 * @generated
	 * @ordered
	 */
	protected boolean anon = ANON_EDEFAULT;

	/**
	 * The default value of the '{@link #isLocked() <em>Locked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLocked()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LOCKED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLocked() <em>Locked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLocked()
	 * @generated
	 * @ordered
	 */
	protected boolean locked = LOCKED_EDEFAULT;

	/**
	 * The default value of the '{@link #isSwapcache() <em>Swapcache</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSwapcache()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SWAPCACHE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSwapcache() <em>Swapcache</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSwapcache()
	 * @generated
	 * @ordered
	 */
	protected boolean swapcache = SWAPCACHE_EDEFAULT;

	/**
	 * The default value of the '{@link #isKsm() <em>Ksm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isKsm()
	 * @generated
	 * @ordered
	 */
	protected static final boolean KSM_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isKsm() <em>Ksm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isKsm()
	 * @generated
	 * @ordered
	 */
	protected boolean ksm = KSM_EDEFAULT;

	/**
	 * The default value of the '{@link #isAnonExclusive() <em>Anon Exclusive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAnonExclusive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ANON_EXCLUSIVE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAnonExclusive() <em>Anon Exclusive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAnonExclusive()
	 * @generated
	 * @ordered
	 */
	protected boolean anonExclusive = ANON_EXCLUSIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #isDontcow() <em>Dontcow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDontcow()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DONTCOW_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDontcow() <em>Dontcow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDontcow()
	 * @generated
	 * @ordered
	 */
	protected boolean dontcow = DONTCOW_EDEFAULT;

	/**
	 * The default value of the '{@link #isGup() <em>Gup</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGup()
	 * @generated
	 * @ordered
	 */
	protected static final boolean GUP_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isGup() <em>Gup</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGup()
	 * @generated
	 * @ordered
	 */
	protected boolean gup = GUP_EDEFAULT;

	/**
	 * The default value of the '{@link #isFreed() <em>Freed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFreed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FREED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFreed() <em>Freed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFreed()
	 * @generated
	 * @ordered
	 */
	protected boolean freed = FREED_EDEFAULT;

	/**
	 * The default value of the '{@link #getContent() <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContent()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContent() <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContent()
	 * @generated
	 * @ordered
	 */
	protected String content = CONTENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StatePackage.Literals.PAGE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.PAGE__PFN, oldPfn, pfn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCount() {
		return count;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCount(int newCount) {
		int oldCount = count;
		count = newCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.PAGE__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMapcount() {
		return mapcount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMapcount(int newMapcount) {
		int oldMapcount = mapcount;
		mapcount = newMapcount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.PAGE__MAPCOUNT, oldMapcount, mapcount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPins() {
		return pins;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPins(int newPins) {
		int oldPins = pins;
		pins = newPins;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.PAGE__PINS, oldPins, pins));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAnon() {
		return anon;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnon(boolean newAnon) {
		boolean oldAnon = anon;
		anon = newAnon;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.PAGE__ANON, oldAnon, anon));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLocked() {
		return locked;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocked(boolean newLocked) {
		boolean oldLocked = locked;
		locked = newLocked;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.PAGE__LOCKED, oldLocked, locked));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSwapcache() {
		return swapcache;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSwapcache(boolean newSwapcache) {
		boolean oldSwapcache = swapcache;
		swapcache = newSwapcache;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.PAGE__SWAPCACHE, oldSwapcache, swapcache));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isKsm() {
		return ksm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKsm(boolean newKsm) {
		boolean oldKsm = ksm;
		ksm = newKsm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.PAGE__KSM, oldKsm, ksm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAnonExclusive() {
		return anonExclusive;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnonExclusive(boolean newAnonExclusive) {
		boolean oldAnonExclusive = anonExclusive;
		anonExclusive = newAnonExclusive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.PAGE__ANON_EXCLUSIVE, oldAnonExclusive, anonExclusive));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDontcow() {
		return dontcow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDontcow(boolean newDontcow) {
		boolean oldDontcow = dontcow;
		dontcow = newDontcow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.PAGE__DONTCOW, oldDontcow, dontcow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isGup() {
		return gup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGup(boolean newGup) {
		boolean oldGup = gup;
		gup = newGup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.PAGE__GUP, oldGup, gup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFreed() {
		return freed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFreed(boolean newFreed) {
		boolean oldFreed = freed;
		freed = newFreed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.PAGE__FREED, oldFreed, freed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContent() {
		return content;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContent(String newContent) {
		String oldContent = content;
		content = newContent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.PAGE__CONTENT, oldContent, content));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StatePackage.PAGE__PFN:
				return getPfn();
			case StatePackage.PAGE__COUNT:
				return getCount();
			case StatePackage.PAGE__MAPCOUNT:
				return getMapcount();
			case StatePackage.PAGE__PINS:
				return getPins();
			case StatePackage.PAGE__ANON:
				return isAnon();
			case StatePackage.PAGE__LOCKED:
				return isLocked();
			case StatePackage.PAGE__SWAPCACHE:
				return isSwapcache();
			case StatePackage.PAGE__KSM:
				return isKsm();
			case StatePackage.PAGE__ANON_EXCLUSIVE:
				return isAnonExclusive();
			case StatePackage.PAGE__DONTCOW:
				return isDontcow();
			case StatePackage.PAGE__GUP:
				return isGup();
			case StatePackage.PAGE__FREED:
				return isFreed();
			case StatePackage.PAGE__CONTENT:
				return getContent();
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
			case StatePackage.PAGE__PFN:
				setPfn((Integer)newValue);
				return;
			case StatePackage.PAGE__COUNT:
				setCount((Integer)newValue);
				return;
			case StatePackage.PAGE__MAPCOUNT:
				setMapcount((Integer)newValue);
				return;
			case StatePackage.PAGE__PINS:
				setPins((Integer)newValue);
				return;
			case StatePackage.PAGE__ANON:
				setAnon((Boolean)newValue);
				return;
			case StatePackage.PAGE__LOCKED:
				setLocked((Boolean)newValue);
				return;
			case StatePackage.PAGE__SWAPCACHE:
				setSwapcache((Boolean)newValue);
				return;
			case StatePackage.PAGE__KSM:
				setKsm((Boolean)newValue);
				return;
			case StatePackage.PAGE__ANON_EXCLUSIVE:
				setAnonExclusive((Boolean)newValue);
				return;
			case StatePackage.PAGE__DONTCOW:
				setDontcow((Boolean)newValue);
				return;
			case StatePackage.PAGE__GUP:
				setGup((Boolean)newValue);
				return;
			case StatePackage.PAGE__FREED:
				setFreed((Boolean)newValue);
				return;
			case StatePackage.PAGE__CONTENT:
				setContent((String)newValue);
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
			case StatePackage.PAGE__PFN:
				setPfn(PFN_EDEFAULT);
				return;
			case StatePackage.PAGE__COUNT:
				setCount(COUNT_EDEFAULT);
				return;
			case StatePackage.PAGE__MAPCOUNT:
				setMapcount(MAPCOUNT_EDEFAULT);
				return;
			case StatePackage.PAGE__PINS:
				setPins(PINS_EDEFAULT);
				return;
			case StatePackage.PAGE__ANON:
				setAnon(ANON_EDEFAULT);
				return;
			case StatePackage.PAGE__LOCKED:
				setLocked(LOCKED_EDEFAULT);
				return;
			case StatePackage.PAGE__SWAPCACHE:
				setSwapcache(SWAPCACHE_EDEFAULT);
				return;
			case StatePackage.PAGE__KSM:
				setKsm(KSM_EDEFAULT);
				return;
			case StatePackage.PAGE__ANON_EXCLUSIVE:
				setAnonExclusive(ANON_EXCLUSIVE_EDEFAULT);
				return;
			case StatePackage.PAGE__DONTCOW:
				setDontcow(DONTCOW_EDEFAULT);
				return;
			case StatePackage.PAGE__GUP:
				setGup(GUP_EDEFAULT);
				return;
			case StatePackage.PAGE__FREED:
				setFreed(FREED_EDEFAULT);
				return;
			case StatePackage.PAGE__CONTENT:
				setContent(CONTENT_EDEFAULT);
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
			case StatePackage.PAGE__PFN:
				return pfn != PFN_EDEFAULT;
			case StatePackage.PAGE__COUNT:
				return count != COUNT_EDEFAULT;
			case StatePackage.PAGE__MAPCOUNT:
				return mapcount != MAPCOUNT_EDEFAULT;
			case StatePackage.PAGE__PINS:
				return pins != PINS_EDEFAULT;
			case StatePackage.PAGE__ANON:
				return anon != ANON_EDEFAULT;
			case StatePackage.PAGE__LOCKED:
				return locked != LOCKED_EDEFAULT;
			case StatePackage.PAGE__SWAPCACHE:
				return swapcache != SWAPCACHE_EDEFAULT;
			case StatePackage.PAGE__KSM:
				return ksm != KSM_EDEFAULT;
			case StatePackage.PAGE__ANON_EXCLUSIVE:
				return anonExclusive != ANON_EXCLUSIVE_EDEFAULT;
			case StatePackage.PAGE__DONTCOW:
				return dontcow != DONTCOW_EDEFAULT;
			case StatePackage.PAGE__GUP:
				return gup != GUP_EDEFAULT;
			case StatePackage.PAGE__FREED:
				return freed != FREED_EDEFAULT;
			case StatePackage.PAGE__CONTENT:
				return CONTENT_EDEFAULT == null ? content != null : !CONTENT_EDEFAULT.equals(content);
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
		result.append(" (pfn: ");
		result.append(pfn);
		result.append(", count: ");
		result.append(count);
		result.append(", mapcount: ");
		result.append(mapcount);
		result.append(", pins: ");
		result.append(pins);
		result.append(", anon: ");
		result.append(anon);
		result.append(", locked: ");
		result.append(locked);
		result.append(", swapcache: ");
		result.append(swapcache);
		result.append(", ksm: ");
		result.append(ksm);
		result.append(", anonExclusive: ");
		result.append(anonExclusive);
		result.append(", dontcow: ");
		result.append(dontcow);
		result.append(", gup: ");
		result.append(gup);
		result.append(", freed: ");
		result.append(freed);
		result.append(", content: ");
		result.append(content);
		result.append(')');
		return result.toString();
	}

} //PageImpl
