/**
 */
package org.mmrace.model.state.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.mmrace.model.state.StatePackage;
import org.mmrace.model.state.ThreadState;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Thread State</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.state.impl.ThreadStateImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.ThreadStateImpl#getOperation <em>Operation</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.ThreadStateImpl#getOperationText <em>Operation Text</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.ThreadStateImpl#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.ThreadStateImpl#isDone <em>Done</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.ThreadStateImpl#getRegisters <em>Registers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ThreadStateImpl extends MinimalEObjectImpl.Container implements ThreadState {
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
	 * The default value of the '{@link #getOperation() <em>Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperation()
	 * @generated
	 * @ordered
	 */
	protected static final int OPERATION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOperation() <em>Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperation()
	 * @generated
	 * @ordered
	 */
	protected int operation = OPERATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOperationText() <em>Operation Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperationText()
	 * @generated
	 * @ordered
	 */
	protected static final String OPERATION_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOperationText() <em>Operation Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperationText()
	 * @generated
	 * @ordered
	 */
	protected String operationText = OPERATION_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected static final String PHASE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected String phase = PHASE_EDEFAULT;

	/**
	 * The default value of the '{@link #isDone() <em>Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDone()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DONE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDone() <em>Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDone()
	 * @generated
	 * @ordered
	 */
	protected boolean done = DONE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRegisters() <em>Registers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegisters()
	 * @generated
	 * @ordered
	 */
	protected EList<String> registers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ThreadStateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StatePackage.Literals.THREAD_STATE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.THREAD_STATE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOperation() {
		return operation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperation(int newOperation) {
		int oldOperation = operation;
		operation = newOperation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.THREAD_STATE__OPERATION, oldOperation, operation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOperationText() {
		return operationText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperationText(String newOperationText) {
		String oldOperationText = operationText;
		operationText = newOperationText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.THREAD_STATE__OPERATION_TEXT, oldOperationText, operationText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhase() {
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhase(String newPhase) {
		String oldPhase = phase;
		phase = newPhase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.THREAD_STATE__PHASE, oldPhase, phase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDone() {
		return done;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDone(boolean newDone) {
		boolean oldDone = done;
		done = newDone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.THREAD_STATE__DONE, oldDone, done));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRegisters() {
		if (registers == null) {
			registers = new EDataTypeEList<String>(String.class, this, StatePackage.THREAD_STATE__REGISTERS);
		}
		return registers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StatePackage.THREAD_STATE__NAME:
				return getName();
			case StatePackage.THREAD_STATE__OPERATION:
				return getOperation();
			case StatePackage.THREAD_STATE__OPERATION_TEXT:
				return getOperationText();
			case StatePackage.THREAD_STATE__PHASE:
				return getPhase();
			case StatePackage.THREAD_STATE__DONE:
				return isDone();
			case StatePackage.THREAD_STATE__REGISTERS:
				return getRegisters();
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
			case StatePackage.THREAD_STATE__NAME:
				setName((String)newValue);
				return;
			case StatePackage.THREAD_STATE__OPERATION:
				setOperation((Integer)newValue);
				return;
			case StatePackage.THREAD_STATE__OPERATION_TEXT:
				setOperationText((String)newValue);
				return;
			case StatePackage.THREAD_STATE__PHASE:
				setPhase((String)newValue);
				return;
			case StatePackage.THREAD_STATE__DONE:
				setDone((Boolean)newValue);
				return;
			case StatePackage.THREAD_STATE__REGISTERS:
				getRegisters().clear();
				getRegisters().addAll((Collection<? extends String>)newValue);
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
			case StatePackage.THREAD_STATE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case StatePackage.THREAD_STATE__OPERATION:
				setOperation(OPERATION_EDEFAULT);
				return;
			case StatePackage.THREAD_STATE__OPERATION_TEXT:
				setOperationText(OPERATION_TEXT_EDEFAULT);
				return;
			case StatePackage.THREAD_STATE__PHASE:
				setPhase(PHASE_EDEFAULT);
				return;
			case StatePackage.THREAD_STATE__DONE:
				setDone(DONE_EDEFAULT);
				return;
			case StatePackage.THREAD_STATE__REGISTERS:
				getRegisters().clear();
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
			case StatePackage.THREAD_STATE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case StatePackage.THREAD_STATE__OPERATION:
				return operation != OPERATION_EDEFAULT;
			case StatePackage.THREAD_STATE__OPERATION_TEXT:
				return OPERATION_TEXT_EDEFAULT == null ? operationText != null : !OPERATION_TEXT_EDEFAULT.equals(operationText);
			case StatePackage.THREAD_STATE__PHASE:
				return PHASE_EDEFAULT == null ? phase != null : !PHASE_EDEFAULT.equals(phase);
			case StatePackage.THREAD_STATE__DONE:
				return done != DONE_EDEFAULT;
			case StatePackage.THREAD_STATE__REGISTERS:
				return registers != null && !registers.isEmpty();
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
		result.append(", operation: ");
		result.append(operation);
		result.append(", operationText: ");
		result.append(operationText);
		result.append(", phase: ");
		result.append(phase);
		result.append(", done: ");
		result.append(done);
		result.append(", registers: ");
		result.append(registers);
		result.append(')');
		return result.toString();
	}

} //ThreadStateImpl
