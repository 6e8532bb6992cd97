/**
 */
package org.mmrace.model.state.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.mmrace.model.state.IoInFlight;
import org.mmrace.model.state.IoKind;
import org.mmrace.model.state.StatePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Io In Flight</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.state.impl.IoInFlightImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.IoInFlightImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.IoInFlightImpl#getPfn <em>Pfn</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.IoInFlightImpl#getFirstSector <em>First Sector</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.IoInFlightImpl#getLastSector <em>Last Sector</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.IoInFlightImpl#getData <em>Data</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.IoInFlightImpl#getFile <em>File</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.IoInFlightImpl#getThread <em>Thread</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IoInFlightImpl extends MinimalEObjectImpl.Container implements IoInFlight {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final IoKind KIND_EDEFAULT = IoKind.READ;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected IoKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #getData() <em>Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getData()
	 * @generated
	 * @ordered
	 */
	protected static final String DATA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getData() <em>Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getData()
	 * @generated
	 * @ordered
	 */
	protected String data = DATA_EDEFAULT;

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
	 * The default value of the '{@link #getThread() <em>Thread</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThread()
	 * @generated
	 * @ordered
	 */
	protected static final String THREAD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getThread() <em>Thread</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThread()
	 * @generated
	 * @ordered
	 */
	protected String thread = THREAD_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IoInFlightImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StatePackage.Literals.IO_IN_FLIGHT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.IO_IN_FLIGHT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IoKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(IoKind newKind) {
		IoKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.IO_IN_FLIGHT__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.IO_IN_FLIGHT__PFN, oldPfn, pfn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.IO_IN_FLIGHT__FIRST_SECTOR, oldFirstSector, firstSector));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.IO_IN_FLIGHT__LAST_SECTOR, oldLastSector, lastSector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getData() {
		return data;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setData(String newData) {
		String oldData = data;
		data = newData;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.IO_IN_FLIGHT__DATA, oldData, data));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.IO_IN_FLIGHT__FILE, oldFile, file));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getThread() {
		return thread;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThread(String newThread) {
		String oldThread = thread;
		thread = newThread;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.IO_IN_FLIGHT__THREAD, oldThread, thread));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StatePackage.IO_IN_FLIGHT__ID:
				return getId();
			case StatePackage.IO_IN_FLIGHT__KIND:
				return getKind();
			case StatePackage.IO_IN_FLIGHT__PFN:
				return getPfn();
			case StatePackage.IO_IN_FLIGHT__FIRST_SECTOR:
				return getFirstSector();
			case StatePackage.IO_IN_FLIGHT__LAST_SECTOR:
				return getLastSector();
			case StatePackage.IO_IN_FLIGHT__DATA:
				return getData();
			case StatePackage.IO_IN_FLIGHT__FILE:
				return getFile();
			case StatePackage.IO_IN_FLIGHT__THREAD:
				return getThread();
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
			case StatePackage.IO_IN_FLIGHT__ID:
				setId((String)newValue);
				return;
			case StatePackage.IO_IN_FLIGHT__KIND:
				setKind((IoKind)newValue);
				return;
			case StatePackage.IO_IN_FLIGHT__PFN:
				setPfn((Integer)newValue);
				return;
			case StatePackage.IO_IN_FLIGHT__FIRST_SECTOR:
				setFirstSector((Integer)newValue);
				return;
			case StatePackage.IO_IN_FLIGHT__LAST_SECTOR:
				setLastSector((Integer)newValue);
				return;
			case StatePackage.IO_IN_FLIGHT__DATA:
				setData((String)newValue);
				return;
			case StatePackage.IO_IN_FLIGHT__FILE:
				setFile((String)newValue);
				return;
			case StatePackage.IO_IN_FLIGHT__THREAD:
				setThread((String)newValue);
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
			case StatePackage.IO_IN_FLIGHT__ID:
				setId(ID_EDEFAULT);
				return;
			case StatePackage.IO_IN_FLIGHT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case StatePackage.IO_IN_FLIGHT__PFN:
				setPfn(PFN_EDEFAULT);
				return;
			case StatePackage.IO_IN_FLIGHT__FIRST_SECTOR:
				setFirstSector(FIRST_SECTOR_EDEFAULT);
				return;
			case StatePackage.IO_IN_FLIGHT__LAST_SECTOR:
				setLastSector(LAST_SECTOR_EDEFAULT);
				return;
			case StatePackage.IO_IN_FLIGHT__DATA:
				setData(DATA_EDEFAULT);
				return;
			case StatePackage.IO_IN_FLIGHT__FILE:
				setFile(FILE_EDEFAULT);
				return;
			case StatePackage.IO_IN_FLIGHT__THREAD:
				setThread(THREAD_EDEFAULT);
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
			case StatePackage.IO_IN_FLIGHT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case StatePackage.IO_IN_FLIGHT__KIND:
				return kind != KIND_EDEFAULT;
			case StatePackage.IO_IN_FLIGHT__PFN:
				return pfn != PFN_EDEFAULT;
			case StatePackage.IO_IN_FLIGHT__FIRST_SECTOR:
				return firstSector != FIRST_SECTOR_EDEFAULT;
			case StatePackage.IO_IN_FLIGHT__LAST_SECTOR:
				return lastSector != LAST_SECTOR_EDEFAULT;
			case StatePackage.IO_IN_FLIGHT__DATA:
				return DATA_EDEFAULT == null ? data != null : !DATA_EDEFAULT.equals(data);
			case StatePackage.IO_IN_FLIGHT__FILE:
				return FILE_EDEFAULT == null ? file != null : !FILE_EDEFAULT.equals(file);
			case StatePackage.IO_IN_FLIGHT__THREAD:
				return THREAD_EDEFAULT == null ? thread != null : !THREAD_EDEFAULT.equals(thread);
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
		result.append(" (id: ");
		result.append(id);
		result.append(", kind: ");
		result.append(kind);
		result.append(", pfn: ");
		result.append(pfn);
		result.append(", firstSector: ");
		result.append(firstSector);
		result.append(", lastSector: ");
		result.append(lastSector);
		result.append(", data: ");
		result.append(data);
		result.append(", file: ");
		result.append(file);
		result.append(", thread: ");
		result.append(thread);
		result.append(')');
		return result.toString();
	}

} //IoInFlightImpl
