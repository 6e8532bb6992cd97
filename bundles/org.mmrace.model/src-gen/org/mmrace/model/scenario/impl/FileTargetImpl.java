/**
 */
package org.mmrace.model.scenario.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.mmrace.model.scenario.FileTarget;
import org.mmrace.model.scenario.ScenarioPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>File Target</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.impl.FileTargetImpl#getFile <em>File</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.FileTargetImpl#getPage <em>Page</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.FileTargetImpl#getFirstSector <em>First Sector</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.FileTargetImpl#getLastSector <em>Last Sector</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FileTargetImpl extends TargetImpl implements FileTarget {
	/**
	 * The default value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected String file = FILE_EDEFAULT;

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
	protected FileTargetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.FILE_TARGET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFile() {
		return file;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFile(String newFile) {
		String oldFile = file;
		file = newFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.FILE_TARGET__FILE, oldFile, file));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.FILE_TARGET__PAGE, oldPage, page));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.FILE_TARGET__FIRST_SECTOR, oldFirstSector, firstSector));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.FILE_TARGET__LAST_SECTOR, oldLastSector, lastSector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.FILE_TARGET__FILE:
				return getFile();
			case ScenarioPackage.FILE_TARGET__PAGE:
				return getPage();
			case ScenarioPackage.FILE_TARGET__FIRST_SECTOR:
				return getFirstSector();
			case ScenarioPackage.FILE_TARGET__LAST_SECTOR:
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
			case ScenarioPackage.FILE_TARGET__FILE:
				setFile((String)newValue);
				return;
			case ScenarioPackage.FILE_TARGET__PAGE:
				setPage((Integer)newValue);
				return;
			case ScenarioPackage.FILE_TARGET__FIRST_SECTOR:
				setFirstSector((Integer)newValue);
				return;
			case ScenarioPackage.FILE_TARGET__LAST_SECTOR:
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
			case ScenarioPackage.FILE_TARGET__FILE:
				setFile(FILE_EDEFAULT);
				return;
			case ScenarioPackage.FILE_TARGET__PAGE:
				setPage(PAGE_EDEFAULT);
				return;
			case ScenarioPackage.FILE_TARGET__FIRST_SECTOR:
				setFirstSector(FIRST_SECTOR_EDEFAULT);
				return;
			case ScenarioPackage.FILE_TARGET__LAST_SECTOR:
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
			case ScenarioPackage.FILE_TARGET__FILE:
				return FILE_EDEFAULT == null ? file != null : !FILE_EDEFAULT.equals(file);
			case ScenarioPackage.FILE_TARGET__PAGE:
				return page != PAGE_EDEFAULT;
			case ScenarioPackage.FILE_TARGET__FIRST_SECTOR:
				return firstSector != FIRST_SECTOR_EDEFAULT;
			case ScenarioPackage.FILE_TARGET__LAST_SECTOR:
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
		result.append(" (file: ");
		result.append(file);
		result.append(", page: ");
		result.append(page);
		result.append(", firstSector: ");
		result.append(firstSector);
		result.append(", lastSector: ");
		result.append(lastSector);
		result.append(')');
		return result.toString();
	}

} //FileTargetImpl
