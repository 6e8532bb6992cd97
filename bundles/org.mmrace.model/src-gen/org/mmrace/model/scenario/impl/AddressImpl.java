/**
 */
package org.mmrace.model.scenario.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.mmrace.model.scenario.Address;
import org.mmrace.model.scenario.ScenarioPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Address</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.impl.AddressImpl#getProcess <em>Process</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.AddressImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.AddressImpl#getPage <em>Page</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.AddressImpl#getFirstSector <em>First Sector</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.AddressImpl#getLastSector <em>Last Sector</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AddressImpl extends ElementImpl implements Address {
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
	 * The default value of the '{@link #getPage() <em>Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPage()
	 * @generated
	 * @ordered
	 */
	protected static final int PAGE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPage() <em>Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPage()
	 * @generated
	 * @ordered
	 */
	protected int page = PAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstSector() <em>First Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstSector()
	 * @generated
	 * @ordered
	 */
	protected static final int FIRST_SECTOR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFirstSector() <em>First Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstSector()
	 * @generated
	 * @ordered
	 */
	protected int firstSector = FIRST_SECTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastSector() <em>Last Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastSector()
	 * @generated
	 * @ordered
	 */
	protected static final int LAST_SECTOR_EDEFAULT = 7;

	/**
	 * The cached value of the '{@link #getLastSector() <em>Last Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastSector()
	 * @generated
	 * @ordered
	 */
	protected int lastSector = LAST_SECTOR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AddressImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.ADDRESS;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ADDRESS__PROCESS, oldProcess, process));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ADDRESS__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPage() {
		return page;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPage(int newPage) {
		int oldPage = page;
		page = newPage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ADDRESS__PAGE, oldPage, page));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFirstSector() {
		return firstSector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstSector(int newFirstSector) {
		int oldFirstSector = firstSector;
		firstSector = newFirstSector;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ADDRESS__FIRST_SECTOR, oldFirstSector, firstSector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLastSector() {
		return lastSector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastSector(int newLastSector) {
		int oldLastSector = lastSector;
		lastSector = newLastSector;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ADDRESS__LAST_SECTOR, oldLastSector, lastSector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.ADDRESS__PROCESS:
				return getProcess();
			case ScenarioPackage.ADDRESS__REGION:
				return getRegion();
			case ScenarioPackage.ADDRESS__PAGE:
				return getPage();
			case ScenarioPackage.ADDRESS__FIRST_SECTOR:
				return getFirstSector();
			case ScenarioPackage.ADDRESS__LAST_SECTOR:
				return getLastSector();
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
			case ScenarioPackage.ADDRESS__PROCESS:
				setProcess((String)newValue);
				return;
			case ScenarioPackage.ADDRESS__REGION:
				setRegion((String)newValue);
				return;
			case ScenarioPackage.ADDRESS__PAGE:
				setPage((Integer)newValue);
				return;
			case ScenarioPackage.ADDRESS__FIRST_SECTOR:
				setFirstSector((Integer)newValue);
				return;
			case ScenarioPackage.ADDRESS__LAST_SECTOR:
				setLastSector((Integer)newValue);
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
			case ScenarioPackage.ADDRESS__PROCESS:
				setProcess(PROCESS_EDEFAULT);
				return;
			case ScenarioPackage.ADDRESS__REGION:
				setRegion(REGION_EDEFAULT);
				return;
			case ScenarioPackage.ADDRESS__PAGE:
				setPage(PAGE_EDEFAULT);
				return;
			case ScenarioPackage.ADDRESS__FIRST_SECTOR:
				setFirstSector(FIRST_SECTOR_EDEFAULT);
				return;
			case ScenarioPackage.ADDRESS__LAST_SECTOR:
				setLastSector(LAST_SECTOR_EDEFAULT);
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
			case ScenarioPackage.ADDRESS__PROCESS:
				return PROCESS_EDEFAULT == null ? process != null : !PROCESS_EDEFAULT.equals(process);
			case ScenarioPackage.ADDRESS__REGION:
				return REGION_EDEFAULT == null ? region != null : !REGION_EDEFAULT.equals(region);
			case ScenarioPackage.ADDRESS__PAGE:
				return page != PAGE_EDEFAULT;
			case ScenarioPackage.ADDRESS__FIRST_SECTOR:
				return firstSector != FIRST_SECTOR_EDEFAULT;
			case ScenarioPackage.ADDRESS__LAST_SECTOR:
				return lastSector != LAST_SECTOR_EDEFAULT;
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
		result.append(", page: ");
		result.append(page);
		result.append(", firstSector: ");
		result.append(firstSector);
		result.append(", lastSector: ");
		result.append(lastSector);
		result.append(')');
		return result.toString();
	}

} //AddressImpl
