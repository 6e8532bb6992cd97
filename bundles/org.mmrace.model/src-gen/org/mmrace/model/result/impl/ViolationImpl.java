/**
 */
package org.mmrace.model.result.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.mmrace.model.result.Oracle;
import org.mmrace.model.result.ResultPackage;
import org.mmrace.model.result.Violation;
import org.mmrace.model.result.ViolationClass;

import org.mmrace.model.state.Trace;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Violation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.result.impl.ViolationImpl#getOracle <em>Oracle</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.ViolationImpl#getViolationClass <em>Violation Class</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.ViolationImpl#getProcess <em>Process</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.ViolationImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.ViolationImpl#getExpected <em>Expected</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.ViolationImpl#getSeen <em>Seen</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.ViolationImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.ViolationImpl#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.ViolationImpl#getTrace <em>Trace</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ViolationImpl extends MinimalEObjectImpl.Container implements Violation {
	/**
	 * The default value of the '{@link #getOracle() <em>Oracle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOracle()
	 * @generated
	 * @ordered
	 */
	protected static final Oracle ORACLE_EDEFAULT = Oracle.ISOLATION;

	/**
	 * The cached value of the '{@link #getOracle() <em>Oracle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOracle()
	 * @generated
	 * @ordered
	 */
	protected Oracle oracle = ORACLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getViolationClass() <em>Violation Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getViolationClass()
	 * @generated
	 * @ordered
	 */
	protected static final ViolationClass VIOLATION_CLASS_EDEFAULT = ViolationClass.MISSED_COW;

	/**
	 * The cached value of the '{@link #getViolationClass() <em>Violation Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getViolationClass()
	 * @generated
	 * @ordered
	 */
	protected ViolationClass violationClass = VIOLATION_CLASS_EDEFAULT;

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
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpected() <em>Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpected()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPECTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpected() <em>Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpected()
	 * @generated
	 * @ordered
	 */
	protected String expected = EXPECTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeen() <em>Seen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeen()
	 * @generated
	 * @ordered
	 */
	protected static final String SEEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSeen() <em>Seen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeen()
	 * @generated
	 * @ordered
	 */
	protected String seen = SEEN_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCondition() <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected static final String CONDITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCondition() <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected String condition = CONDITION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTrace() <em>Trace</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrace()
	 * @generated
	 * @ordered
	 */
	protected Trace trace;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ViolationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResultPackage.Literals.VIOLATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Oracle getOracle() {
		return oracle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOracle(Oracle newOracle) {
		Oracle oldOracle = oracle;
		oracle = newOracle == null ? ORACLE_EDEFAULT : newOracle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.VIOLATION__ORACLE, oldOracle, oracle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ViolationClass getViolationClass() {
		return violationClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setViolationClass(ViolationClass newViolationClass) {
		ViolationClass oldViolationClass = violationClass;
		violationClass = newViolationClass == null ? VIOLATION_CLASS_EDEFAULT : newViolationClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.VIOLATION__VIOLATION_CLASS, oldViolationClass, violationClass));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.VIOLATION__PROCESS, oldProcess, process));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.VIOLATION__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExpected() {
		return expected;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpected(String newExpected) {
		String oldExpected = expected;
		expected = newExpected;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.VIOLATION__EXPECTED, oldExpected, expected));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSeen() {
		return seen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeen(String newSeen) {
		String oldSeen = seen;
		seen = newSeen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.VIOLATION__SEEN, oldSeen, seen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.VIOLATION__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCondition() {
		return condition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCondition(String newCondition) {
		String oldCondition = condition;
		condition = newCondition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.VIOLATION__CONDITION, oldCondition, condition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Trace getTrace() {
		return trace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTrace(Trace newTrace, NotificationChain msgs) {
		Trace oldTrace = trace;
		trace = newTrace;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ResultPackage.VIOLATION__TRACE, oldTrace, newTrace);
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
	public void setTrace(Trace newTrace) {
		if (newTrace != trace) {
			NotificationChain msgs = null;
			if (trace != null)
				msgs = ((InternalEObject)trace).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ResultPackage.VIOLATION__TRACE, null, msgs);
			if (newTrace != null)
				msgs = ((InternalEObject)newTrace).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ResultPackage.VIOLATION__TRACE, null, msgs);
			msgs = basicSetTrace(newTrace, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.VIOLATION__TRACE, newTrace, newTrace));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ResultPackage.VIOLATION__TRACE:
				return basicSetTrace(null, msgs);
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
			case ResultPackage.VIOLATION__ORACLE:
				return getOracle();
			case ResultPackage.VIOLATION__VIOLATION_CLASS:
				return getViolationClass();
			case ResultPackage.VIOLATION__PROCESS:
				return getProcess();
			case ResultPackage.VIOLATION__ADDRESS:
				return getAddress();
			case ResultPackage.VIOLATION__EXPECTED:
				return getExpected();
			case ResultPackage.VIOLATION__SEEN:
				return getSeen();
			case ResultPackage.VIOLATION__MESSAGE:
				return getMessage();
			case ResultPackage.VIOLATION__CONDITION:
				return getCondition();
			case ResultPackage.VIOLATION__TRACE:
				return getTrace();
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
			case ResultPackage.VIOLATION__ORACLE:
				setOracle((Oracle)newValue);
				return;
			case ResultPackage.VIOLATION__VIOLATION_CLASS:
				setViolationClass((ViolationClass)newValue);
				return;
			case ResultPackage.VIOLATION__PROCESS:
				setProcess((String)newValue);
				return;
			case ResultPackage.VIOLATION__ADDRESS:
				setAddress((String)newValue);
				return;
			case ResultPackage.VIOLATION__EXPECTED:
				setExpected((String)newValue);
				return;
			case ResultPackage.VIOLATION__SEEN:
				setSeen((String)newValue);
				return;
			case ResultPackage.VIOLATION__MESSAGE:
				setMessage((String)newValue);
				return;
			case ResultPackage.VIOLATION__CONDITION:
				setCondition((String)newValue);
				return;
			case ResultPackage.VIOLATION__TRACE:
				setTrace((Trace)newValue);
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
			case ResultPackage.VIOLATION__ORACLE:
				setOracle(ORACLE_EDEFAULT);
				return;
			case ResultPackage.VIOLATION__VIOLATION_CLASS:
				setViolationClass(VIOLATION_CLASS_EDEFAULT);
				return;
			case ResultPackage.VIOLATION__PROCESS:
				setProcess(PROCESS_EDEFAULT);
				return;
			case ResultPackage.VIOLATION__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case ResultPackage.VIOLATION__EXPECTED:
				setExpected(EXPECTED_EDEFAULT);
				return;
			case ResultPackage.VIOLATION__SEEN:
				setSeen(SEEN_EDEFAULT);
				return;
			case ResultPackage.VIOLATION__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case ResultPackage.VIOLATION__CONDITION:
				setCondition(CONDITION_EDEFAULT);
				return;
			case ResultPackage.VIOLATION__TRACE:
				setTrace((Trace)null);
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
			case ResultPackage.VIOLATION__ORACLE:
				return oracle != ORACLE_EDEFAULT;
			case ResultPackage.VIOLATION__VIOLATION_CLASS:
				return violationClass != VIOLATION_CLASS_EDEFAULT;
			case ResultPackage.VIOLATION__PROCESS:
				return PROCESS_EDEFAULT == null ? process != null : !PROCESS_EDEFAULT.equals(process);
			case ResultPackage.VIOLATION__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case ResultPackage.VIOLATION__EXPECTED:
				return EXPECTED_EDEFAULT == null ? expected != null : !EXPECTED_EDEFAULT.equals(expected);
			case ResultPackage.VIOLATION__SEEN:
				return SEEN_EDEFAULT == null ? seen != null : !SEEN_EDEFAULT.equals(seen);
			case ResultPackage.VIOLATION__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case ResultPackage.VIOLATION__CONDITION:
				return CONDITION_EDEFAULT == null ? condition != null : !CONDITION_EDEFAULT.equals(condition);
			case ResultPackage.VIOLATION__TRACE:
				return trace != null;
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
		result.append(" (oracle: ");
		result.append(oracle);
		result.append(", violationClass: ");
		result.append(violationClass);
		result.append(", process: ");
		result.append(process);
		result.append(", address: ");
		result.append(address);
		result.append(", expected: ");
		result.append(expected);
		result.append(", seen: ");
		result.append(seen);
		result.append(", message: ");
		result.append(message);
		result.append(", condition: ");
		result.append(condition);
		result.append(')');
		return result.toString();
	}

} //ViolationImpl
