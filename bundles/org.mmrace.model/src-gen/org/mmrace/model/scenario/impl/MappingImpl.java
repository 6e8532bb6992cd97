/**
 */
package org.mmrace.model.scenario.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.mmrace.model.scenario.Mapping;
import org.mmrace.model.scenario.Protection;
import org.mmrace.model.scenario.RegionKind;
import org.mmrace.model.scenario.ScenarioPackage;
import org.mmrace.model.scenario.Sharing;
import org.mmrace.model.scenario.ThpMode;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.impl.MappingImpl#getProcess <em>Process</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.MappingImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.MappingImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.MappingImpl#getSharing <em>Sharing</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.MappingImpl#getProtection <em>Protection</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.MappingImpl#getPages <em>Pages</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.MappingImpl#getFill <em>Fill</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.MappingImpl#getThp <em>Thp</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MappingImpl extends ElementImpl implements Mapping {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final RegionKind KIND_EDEFAULT = RegionKind.ANON;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected RegionKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getSharing() <em>Sharing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSharing()
	 * @generated
	 * @ordered
	 */
	protected static final Sharing SHARING_EDEFAULT = Sharing.PRIVATE;

	/**
	 * The cached value of the '{@link #getSharing() <em>Sharing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSharing()
	 * @generated
	 * @ordered
	 */
	protected Sharing sharing = SHARING_EDEFAULT;

	/**
	 * The default value of the '{@link #getProtection() <em>Protection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtection()
	 * @generated
	 * @ordered
	 */
	protected static final Protection PROTECTION_EDEFAULT = Protection.RW;

	/**
	 * The cached value of the '{@link #getProtection() <em>Protection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtection()
	 * @generated
	 * @ordered
	 */
	protected Protection protection = PROTECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPages() <em>Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPages()
	 * @generated
	 * @ordered
	 */
	protected static final int PAGES_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getPages() <em>Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPages()
	 * @generated
	 * @ordered
	 */
	protected int pages = PAGES_EDEFAULT;

	/**
	 * The default value of the '{@link #getFill() <em>Fill</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFill()
	 * @generated
	 * @ordered
	 */
	protected static final String FILL_EDEFAULT = ".";

	/**
	 * The cached value of the '{@link #getFill() <em>Fill</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFill()
	 * @generated
	 * @ordered
	 */
	protected String fill = FILL_EDEFAULT;

	/**
	 * The default value of the '{@link #getThp() <em>Thp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThp()
	 * @generated
	 * @ordered
	 */
	protected static final ThpMode THP_EDEFAULT = ThpMode.NONE;

	/**
	 * The cached value of the '{@link #getThp() <em>Thp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThp()
	 * @generated
	 * @ordered
	 */
	protected ThpMode thp = THP_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.MAPPING;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.MAPPING__PROCESS, oldProcess, process));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.MAPPING__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(RegionKind newKind) {
		RegionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.MAPPING__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sharing getSharing() {
		return sharing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSharing(Sharing newSharing) {
		Sharing oldSharing = sharing;
		sharing = newSharing == null ? SHARING_EDEFAULT : newSharing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.MAPPING__SHARING, oldSharing, sharing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Protection getProtection() {
		return protection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtection(Protection newProtection) {
		Protection oldProtection = protection;
		protection = newProtection == null ? PROTECTION_EDEFAULT : newProtection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.MAPPING__PROTECTION, oldProtection, protection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPages() {
		return pages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPages(int newPages) {
		int oldPages = pages;
		pages = newPages;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.MAPPING__PAGES, oldPages, pages));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFill() {
		return fill;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFill(String newFill) {
		String oldFill = fill;
		fill = newFill;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.MAPPING__FILL, oldFill, fill));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ThpMode getThp() {
		return thp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThp(ThpMode newThp) {
		ThpMode oldThp = thp;
		thp = newThp == null ? THP_EDEFAULT : newThp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.MAPPING__THP, oldThp, thp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.MAPPING__PROCESS:
				return getProcess();
			case ScenarioPackage.MAPPING__REGION:
				return getRegion();
			case ScenarioPackage.MAPPING__KIND:
				return getKind();
			case ScenarioPackage.MAPPING__SHARING:
				return getSharing();
			case ScenarioPackage.MAPPING__PROTECTION:
				return getProtection();
			case ScenarioPackage.MAPPING__PAGES:
				return getPages();
			case ScenarioPackage.MAPPING__FILL:
				return getFill();
			case ScenarioPackage.MAPPING__THP:
				return getThp();
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
			case ScenarioPackage.MAPPING__PROCESS:
				setProcess((String)newValue);
				return;
			case ScenarioPackage.MAPPING__REGION:
				setRegion((String)newValue);
				return;
			case ScenarioPackage.MAPPING__KIND:
				setKind((RegionKind)newValue);
				return;
			case ScenarioPackage.MAPPING__SHARING:
				setSharing((Sharing)newValue);
				return;
			case ScenarioPackage.MAPPING__PROTECTION:
				setProtection((Protection)newValue);
				return;
			case ScenarioPackage.MAPPING__PAGES:
				setPages((Integer)newValue);
				return;
			case ScenarioPackage.MAPPING__FILL:
				setFill((String)newValue);
				return;
			case ScenarioPackage.MAPPING__THP:
				setThp((ThpMode)newValue);
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
			case ScenarioPackage.MAPPING__PROCESS:
				setProcess(PROCESS_EDEFAULT);
				return;
			case ScenarioPackage.MAPPING__REGION:
				setRegion(REGION_EDEFAULT);
				return;
			case ScenarioPackage.MAPPING__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ScenarioPackage.MAPPING__SHARING:
				setSharing(SHARING_EDEFAULT);
				return;
			case ScenarioPackage.MAPPING__PROTECTION:
				setProtection(PROTECTION_EDEFAULT);
				return;
			case ScenarioPackage.MAPPING__PAGES:
				setPages(PAGES_EDEFAULT);
				return;
			case ScenarioPackage.MAPPING__FILL:
				setFill(FILL_EDEFAULT);
				return;
			case ScenarioPackage.MAPPING__THP:
				setThp(THP_EDEFAULT);
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
			case ScenarioPackage.MAPPING__PROCESS:
				return PROCESS_EDEFAULT == null ? process != null : !PROCESS_EDEFAULT.equals(process);
			case ScenarioPackage.MAPPING__REGION:
				return REGION_EDEFAULT == null ? region != null : !REGION_EDEFAULT.equals(region);
			case ScenarioPackage.MAPPING__KIND:
				return kind != KIND_EDEFAULT;
			case ScenarioPackage.MAPPING__SHARING:
				return sharing != SHARING_EDEFAULT;
			case ScenarioPackage.MAPPING__PROTECTION:
				return protection != PROTECTION_EDEFAULT;
			case ScenarioPackage.MAPPING__PAGES:
				return pages != PAGES_EDEFAULT;
			case ScenarioPackage.MAPPING__FILL:
				return FILL_EDEFAULT == null ? fill != null : !FILL_EDEFAULT.equals(fill);
			case ScenarioPackage.MAPPING__THP:
				return thp != THP_EDEFAULT;
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
		result.append(", region: ");
		result.append(region);
		result.append(", kind: ");
		result.append(kind);
		result.append(", sharing: ");
		result.append(sharing);
		result.append(", protection: ");
		result.append(protection);
		result.append(", pages: ");
		result.append(pages);
		result.append(", fill: ");
		result.append(fill);
		result.append(", thp: ");
		result.append(thp);
		result.append(')');
		return result.toString();
	}

} //MappingImpl
