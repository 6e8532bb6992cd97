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

import org.mmrace.model.state.LockHeld;
import org.mmrace.model.state.MmState;
import org.mmrace.model.state.StatePackage;
import org.mmrace.model.state.TraceStep;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Trace Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.state.impl.TraceStepImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.TraceStepImpl#getThread <em>Thread</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.TraceStepImpl#getOperation <em>Operation</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.TraceStepImpl#getOperationLine <em>Operation Line</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.TraceStepImpl#getOperationColumn <em>Operation Column</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.TraceStepImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.TraceStepImpl#getLocksHeld <em>Locks Held</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.TraceStepImpl#isDevice <em>Device</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.TraceStepImpl#getLocks <em>Locks</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.TraceStepImpl#getChanges <em>Changes</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.TraceStepImpl#getState <em>State</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TraceStepImpl extends MinimalEObjectImpl.Container implements TraceStep {
	/**
	 * The default value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected int index = INDEX_EDEFAULT;

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
	 * The default value of the '{@link #getOperation() <em>Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperation()
	 * @generated
	 * @ordered
	 */
	protected static final String OPERATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOperation() <em>Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperation()
	 * @generated
	 * @ordered
	 */
	protected String operation = OPERATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOperationLine() <em>Operation Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperationLine()
	 * @generated
	 * @ordered
	 */
	protected static final int OPERATION_LINE_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getOperationLine() <em>Operation Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperationLine()
	 * @generated
	 * @ordered
	 */
	protected int operationLine = OPERATION_LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOperationColumn() <em>Operation Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperationColumn()
	 * @generated
	 * @ordered
	 */
	protected static final int OPERATION_COLUMN_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getOperationColumn() <em>Operation Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperationColumn()
	 * @generated
	 * @ordered
	 */
	protected int operationColumn = OPERATION_COLUMN_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLocksHeld() <em>Locks Held</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocksHeld()
	 * @generated
	 * @ordered
	 */
	protected EList<LockHeld> locksHeld;

	/**
	 * The default value of the '{@link #isDevice() <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDevice()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DEVICE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDevice() <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDevice()
	 * @generated
	 * @ordered
	 */
	protected boolean device = DEVICE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLocks() <em>Locks</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocks()
	 * @generated
	 * @ordered
	 */
	protected EList<String> locks;

	/**
	 * The cached value of the '{@link #getChanges() <em>Changes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChanges()
	 * @generated
	 * @ordered
	 */
	protected EList<String> changes;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected MmState state;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TraceStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StatePackage.Literals.TRACE_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIndex() {
		return index;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndex(int newIndex) {
		int oldIndex = index;
		index = newIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.TRACE_STEP__INDEX, oldIndex, index));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.TRACE_STEP__THREAD, oldThread, thread));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOperation() {
		return operation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperation(String newOperation) {
		String oldOperation = operation;
		operation = newOperation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.TRACE_STEP__OPERATION, oldOperation, operation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOperationLine() {
		return operationLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperationLine(int newOperationLine) {
		int oldOperationLine = operationLine;
		operationLine = newOperationLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.TRACE_STEP__OPERATION_LINE, oldOperationLine, operationLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOperationColumn() {
		return operationColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperationColumn(int newOperationColumn) {
		int oldOperationColumn = operationColumn;
		operationColumn = newOperationColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.TRACE_STEP__OPERATION_COLUMN, oldOperationColumn, operationColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.TRACE_STEP__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LockHeld> getLocksHeld() {
		if (locksHeld == null) {
			locksHeld = new EObjectContainmentEList<LockHeld>(LockHeld.class, this, StatePackage.TRACE_STEP__LOCKS_HELD);
		}
		return locksHeld;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDevice() {
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevice(boolean newDevice) {
		boolean oldDevice = device;
		device = newDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.TRACE_STEP__DEVICE, oldDevice, device));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLocks() {
		if (locks == null) {
			locks = new EDataTypeEList<String>(String.class, this, StatePackage.TRACE_STEP__LOCKS);
		}
		return locks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getChanges() {
		if (changes == null) {
			changes = new EDataTypeEList<String>(String.class, this, StatePackage.TRACE_STEP__CHANGES);
		}
		return changes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MmState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetState(MmState newState, NotificationChain msgs) {
		MmState oldState = state;
		state = newState;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, StatePackage.TRACE_STEP__STATE, oldState, newState);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(MmState newState) {
		if (newState != state) {
			NotificationChain msgs = null;
			if (state != null)
				msgs = ((InternalEObject)state).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - StatePackage.TRACE_STEP__STATE, null, msgs);
			if (newState != null)
				msgs = ((InternalEObject)newState).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - StatePackage.TRACE_STEP__STATE, null, msgs);
			msgs = basicSetState(newState, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.TRACE_STEP__STATE, newState, newState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StatePackage.TRACE_STEP__LOCKS_HELD:
				return ((InternalEList<?>)getLocksHeld()).basicRemove(otherEnd, msgs);
			case StatePackage.TRACE_STEP__STATE:
				return basicSetState(null, msgs);
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
			case StatePackage.TRACE_STEP__INDEX:
				return getIndex();
			case StatePackage.TRACE_STEP__THREAD:
				return getThread();
			case StatePackage.TRACE_STEP__OPERATION:
				return getOperation();
			case StatePackage.TRACE_STEP__OPERATION_LINE:
				return getOperationLine();
			case StatePackage.TRACE_STEP__OPERATION_COLUMN:
				return getOperationColumn();
			case StatePackage.TRACE_STEP__LABEL:
				return getLabel();
			case StatePackage.TRACE_STEP__LOCKS_HELD:
				return getLocksHeld();
			case StatePackage.TRACE_STEP__DEVICE:
				return isDevice();
			case StatePackage.TRACE_STEP__LOCKS:
				return getLocks();
			case StatePackage.TRACE_STEP__CHANGES:
				return getChanges();
			case StatePackage.TRACE_STEP__STATE:
				return getState();
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
			case StatePackage.TRACE_STEP__INDEX:
				setIndex((Integer)newValue);
				return;
			case StatePackage.TRACE_STEP__THREAD:
				setThread((String)newValue);
				return;
			case StatePackage.TRACE_STEP__OPERATION:
				setOperation((String)newValue);
				return;
			case StatePackage.TRACE_STEP__OPERATION_LINE:
				setOperationLine((Integer)newValue);
				return;
			case StatePackage.TRACE_STEP__OPERATION_COLUMN:
				setOperationColumn((Integer)newValue);
				return;
			case StatePackage.TRACE_STEP__LABEL:
				setLabel((String)newValue);
				return;
			case StatePackage.TRACE_STEP__LOCKS_HELD:
				getLocksHeld().clear();
				getLocksHeld().addAll((Collection<? extends LockHeld>)newValue);
				return;
			case StatePackage.TRACE_STEP__DEVICE:
				setDevice((Boolean)newValue);
				return;
			case StatePackage.TRACE_STEP__LOCKS:
				getLocks().clear();
				getLocks().addAll((Collection<? extends String>)newValue);
				return;
			case StatePackage.TRACE_STEP__CHANGES:
				getChanges().clear();
				getChanges().addAll((Collection<? extends String>)newValue);
				return;
			case StatePackage.TRACE_STEP__STATE:
				setState((MmState)newValue);
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
			case StatePackage.TRACE_STEP__INDEX:
				setIndex(INDEX_EDEFAULT);
				return;
			case StatePackage.TRACE_STEP__THREAD:
				setThread(THREAD_EDEFAULT);
				return;
			case StatePackage.TRACE_STEP__OPERATION:
				setOperation(OPERATION_EDEFAULT);
				return;
			case StatePackage.TRACE_STEP__OPERATION_LINE:
				setOperationLine(OPERATION_LINE_EDEFAULT);
				return;
			case StatePackage.TRACE_STEP__OPERATION_COLUMN:
				setOperationColumn(OPERATION_COLUMN_EDEFAULT);
				return;
			case StatePackage.TRACE_STEP__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case StatePackage.TRACE_STEP__LOCKS_HELD:
				getLocksHeld().clear();
				return;
			case StatePackage.TRACE_STEP__DEVICE:
				setDevice(DEVICE_EDEFAULT);
				return;
			case StatePackage.TRACE_STEP__LOCKS:
				getLocks().clear();
				return;
			case StatePackage.TRACE_STEP__CHANGES:
				getChanges().clear();
				return;
			case StatePackage.TRACE_STEP__STATE:
				setState((MmState)null);
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
			case StatePackage.TRACE_STEP__INDEX:
				return index != INDEX_EDEFAULT;
			case StatePackage.TRACE_STEP__THREAD:
				return THREAD_EDEFAULT == null ? thread != null : !THREAD_EDEFAULT.equals(thread);
			case StatePackage.TRACE_STEP__OPERATION:
				return OPERATION_EDEFAULT == null ? operation != null : !OPERATION_EDEFAULT.equals(operation);
			case StatePackage.TRACE_STEP__OPERATION_LINE:
				return operationLine != OPERATION_LINE_EDEFAULT;
			case StatePackage.TRACE_STEP__OPERATION_COLUMN:
				return operationColumn != OPERATION_COLUMN_EDEFAULT;
			case StatePackage.TRACE_STEP__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case StatePackage.TRACE_STEP__LOCKS_HELD:
				return locksHeld != null && !locksHeld.isEmpty();
			case StatePackage.TRACE_STEP__DEVICE:
				return device != DEVICE_EDEFAULT;
			case StatePackage.TRACE_STEP__LOCKS:
				return locks != null && !locks.isEmpty();
			case StatePackage.TRACE_STEP__CHANGES:
				return changes != null && !changes.isEmpty();
			case StatePackage.TRACE_STEP__STATE:
				return state != null;
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
		result.append(" (index: ");
		result.append(index);
		result.append(", thread: ");
		result.append(thread);
		result.append(", operation: ");
		result.append(operation);
		result.append(", operationLine: ");
		result.append(operationLine);
		result.append(", operationColumn: ");
		result.append(operationColumn);
		result.append(", label: ");
		result.append(label);
		result.append(", device: ");
		result.append(device);
		result.append(", locks: ");
		result.append(locks);
		result.append(", changes: ");
		result.append(changes);
		result.append(')');
		return result.toString();
	}

} //TraceStepImpl
