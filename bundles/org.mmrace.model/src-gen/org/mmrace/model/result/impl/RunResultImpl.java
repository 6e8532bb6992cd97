/**
 */
package org.mmrace.model.result.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.mmrace.model.result.ConditionResult;
import org.mmrace.model.result.EngineError;
import org.mmrace.model.result.ResultPackage;
import org.mmrace.model.result.RunResult;
import org.mmrace.model.result.Statistics;
import org.mmrace.model.result.Verdict;
import org.mmrace.model.result.Violation;

import org.mmrace.model.state.Trace;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Run Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.result.impl.RunResultImpl#getScenarioName <em>Scenario Name</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.RunResultImpl#getStrategy <em>Strategy</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.RunResultImpl#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.RunResultImpl#getExpected <em>Expected</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.RunResultImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.RunResultImpl#getUnnecessaryCows <em>Unnecessary Cows</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.RunResultImpl#getError <em>Error</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.RunResultImpl#getIncompleteReason <em>Incomplete Reason</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.RunResultImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.RunResultImpl#getViolations <em>Violations</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.RunResultImpl#getStatistics <em>Statistics</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.RunResultImpl#getWitness <em>Witness</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RunResultImpl extends MinimalEObjectImpl.Container implements RunResult {
	/**
	 * The default value of the '{@link #getScenarioName() <em>Scenario Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarioName()
	 * @generated
	 * @ordered
	 */
	protected static final String SCENARIO_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScenarioName() <em>Scenario Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarioName()
	 * @generated
	 * @ordered
	 */
	protected String scenarioName = SCENARIO_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getStrategy() <em>Strategy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategy()
	 * @generated
	 * @ordered
	 */
	protected static final String STRATEGY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStrategy() <em>Strategy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategy()
	 * @generated
	 * @ordered
	 */
	protected String strategy = STRATEGY_EDEFAULT;

	/**
	 * The default value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected static final Verdict VERDICT_EDEFAULT = Verdict.HOLDS;

	/**
	 * The cached value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected Verdict verdict = VERDICT_EDEFAULT;

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
	 * The default value of the '{@link #getUnnecessaryCows() <em>Unnecessary Cows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnnecessaryCows()
	 * @generated
	 * @ordered
	 */
	protected static final long UNNECESSARY_COWS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getUnnecessaryCows() <em>Unnecessary Cows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnnecessaryCows()
	 * @generated
	 * @ordered
	 */
	protected long unnecessaryCows = UNNECESSARY_COWS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getError() <em>Error</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getError()
	 * @generated
	 * @ordered
	 */
	protected EngineError error;

	/**
	 * The default value of the '{@link #getIncompleteReason() <em>Incomplete Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncompleteReason()
	 * @generated
	 * @ordered
	 */
	protected static final String INCOMPLETE_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIncompleteReason() <em>Incomplete Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncompleteReason()
	 * @generated
	 * @ordered
	 */
	protected String incompleteReason = INCOMPLETE_REASON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<ConditionResult> conditions;

	/**
	 * The cached value of the '{@link #getViolations() <em>Violations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getViolations()
	 * @generated
	 * @ordered
	 */
	protected EList<Violation> violations;

	/**
	 * The cached value of the '{@link #getStatistics() <em>Statistics</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatistics()
	 * @generated
	 * @ordered
	 */
	protected Statistics statistics;

	/**
	 * The cached value of the '{@link #getWitness() <em>Witness</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWitness()
	 * @generated
	 * @ordered
	 */
	protected Trace witness;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RunResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResultPackage.Literals.RUN_RESULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScenarioName() {
		return scenarioName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScenarioName(String newScenarioName) {
		String oldScenarioName = scenarioName;
		scenarioName = newScenarioName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.RUN_RESULT__SCENARIO_NAME, oldScenarioName, scenarioName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStrategy() {
		return strategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStrategy(String newStrategy) {
		String oldStrategy = strategy;
		strategy = newStrategy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.RUN_RESULT__STRATEGY, oldStrategy, strategy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Verdict getVerdict() {
		return verdict;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerdict(Verdict newVerdict) {
		Verdict oldVerdict = verdict;
		verdict = newVerdict == null ? VERDICT_EDEFAULT : newVerdict;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.RUN_RESULT__VERDICT, oldVerdict, verdict));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.RUN_RESULT__EXPECTED, oldExpected, expected));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.RUN_RESULT__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getUnnecessaryCows() {
		return unnecessaryCows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnnecessaryCows(long newUnnecessaryCows) {
		long oldUnnecessaryCows = unnecessaryCows;
		unnecessaryCows = newUnnecessaryCows;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.RUN_RESULT__UNNECESSARY_COWS, oldUnnecessaryCows, unnecessaryCows));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EngineError getError() {
		return error;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetError(EngineError newError, NotificationChain msgs) {
		EngineError oldError = error;
		error = newError;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ResultPackage.RUN_RESULT__ERROR, oldError, newError);
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
	public void setError(EngineError newError) {
		if (newError != error) {
			NotificationChain msgs = null;
			if (error != null)
				msgs = ((InternalEObject)error).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ResultPackage.RUN_RESULT__ERROR, null, msgs);
			if (newError != null)
				msgs = ((InternalEObject)newError).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ResultPackage.RUN_RESULT__ERROR, null, msgs);
			msgs = basicSetError(newError, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.RUN_RESULT__ERROR, newError, newError));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIncompleteReason() {
		return incompleteReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIncompleteReason(String newIncompleteReason) {
		String oldIncompleteReason = incompleteReason;
		incompleteReason = newIncompleteReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.RUN_RESULT__INCOMPLETE_REASON, oldIncompleteReason, incompleteReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConditionResult> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<ConditionResult>(ConditionResult.class, this, ResultPackage.RUN_RESULT__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Violation> getViolations() {
		if (violations == null) {
			violations = new EObjectContainmentEList<Violation>(Violation.class, this, ResultPackage.RUN_RESULT__VIOLATIONS);
		}
		return violations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Statistics getStatistics() {
		return statistics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStatistics(Statistics newStatistics, NotificationChain msgs) {
		Statistics oldStatistics = statistics;
		statistics = newStatistics;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ResultPackage.RUN_RESULT__STATISTICS, oldStatistics, newStatistics);
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
	public void setStatistics(Statistics newStatistics) {
		if (newStatistics != statistics) {
			NotificationChain msgs = null;
			if (statistics != null)
				msgs = ((InternalEObject)statistics).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ResultPackage.RUN_RESULT__STATISTICS, null, msgs);
			if (newStatistics != null)
				msgs = ((InternalEObject)newStatistics).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ResultPackage.RUN_RESULT__STATISTICS, null, msgs);
			msgs = basicSetStatistics(newStatistics, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.RUN_RESULT__STATISTICS, newStatistics, newStatistics));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Trace getWitness() {
		return witness;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetWitness(Trace newWitness, NotificationChain msgs) {
		Trace oldWitness = witness;
		witness = newWitness;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ResultPackage.RUN_RESULT__WITNESS, oldWitness, newWitness);
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
	public void setWitness(Trace newWitness) {
		if (newWitness != witness) {
			NotificationChain msgs = null;
			if (witness != null)
				msgs = ((InternalEObject)witness).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ResultPackage.RUN_RESULT__WITNESS, null, msgs);
			if (newWitness != null)
				msgs = ((InternalEObject)newWitness).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ResultPackage.RUN_RESULT__WITNESS, null, msgs);
			msgs = basicSetWitness(newWitness, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.RUN_RESULT__WITNESS, newWitness, newWitness));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ResultPackage.RUN_RESULT__ERROR:
				return basicSetError(null, msgs);
			case ResultPackage.RUN_RESULT__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
			case ResultPackage.RUN_RESULT__VIOLATIONS:
				return ((InternalEList<?>)getViolations()).basicRemove(otherEnd, msgs);
			case ResultPackage.RUN_RESULT__STATISTICS:
				return basicSetStatistics(null, msgs);
			case ResultPackage.RUN_RESULT__WITNESS:
				return basicSetWitness(null, msgs);
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
			case ResultPackage.RUN_RESULT__SCENARIO_NAME:
				return getScenarioName();
			case ResultPackage.RUN_RESULT__STRATEGY:
				return getStrategy();
			case ResultPackage.RUN_RESULT__VERDICT:
				return getVerdict();
			case ResultPackage.RUN_RESULT__EXPECTED:
				return getExpected();
			case ResultPackage.RUN_RESULT__MESSAGE:
				return getMessage();
			case ResultPackage.RUN_RESULT__UNNECESSARY_COWS:
				return getUnnecessaryCows();
			case ResultPackage.RUN_RESULT__ERROR:
				return getError();
			case ResultPackage.RUN_RESULT__INCOMPLETE_REASON:
				return getIncompleteReason();
			case ResultPackage.RUN_RESULT__CONDITIONS:
				return getConditions();
			case ResultPackage.RUN_RESULT__VIOLATIONS:
				return getViolations();
			case ResultPackage.RUN_RESULT__STATISTICS:
				return getStatistics();
			case ResultPackage.RUN_RESULT__WITNESS:
				return getWitness();
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
			case ResultPackage.RUN_RESULT__SCENARIO_NAME:
				setScenarioName((String)newValue);
				return;
			case ResultPackage.RUN_RESULT__STRATEGY:
				setStrategy((String)newValue);
				return;
			case ResultPackage.RUN_RESULT__VERDICT:
				setVerdict((Verdict)newValue);
				return;
			case ResultPackage.RUN_RESULT__EXPECTED:
				setExpected((String)newValue);
				return;
			case ResultPackage.RUN_RESULT__MESSAGE:
				setMessage((String)newValue);
				return;
			case ResultPackage.RUN_RESULT__UNNECESSARY_COWS:
				setUnnecessaryCows((Long)newValue);
				return;
			case ResultPackage.RUN_RESULT__ERROR:
				setError((EngineError)newValue);
				return;
			case ResultPackage.RUN_RESULT__INCOMPLETE_REASON:
				setIncompleteReason((String)newValue);
				return;
			case ResultPackage.RUN_RESULT__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends ConditionResult>)newValue);
				return;
			case ResultPackage.RUN_RESULT__VIOLATIONS:
				getViolations().clear();
				getViolations().addAll((Collection<? extends Violation>)newValue);
				return;
			case ResultPackage.RUN_RESULT__STATISTICS:
				setStatistics((Statistics)newValue);
				return;
			case ResultPackage.RUN_RESULT__WITNESS:
				setWitness((Trace)newValue);
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
			case ResultPackage.RUN_RESULT__SCENARIO_NAME:
				setScenarioName(SCENARIO_NAME_EDEFAULT);
				return;
			case ResultPackage.RUN_RESULT__STRATEGY:
				setStrategy(STRATEGY_EDEFAULT);
				return;
			case ResultPackage.RUN_RESULT__VERDICT:
				setVerdict(VERDICT_EDEFAULT);
				return;
			case ResultPackage.RUN_RESULT__EXPECTED:
				setExpected(EXPECTED_EDEFAULT);
				return;
			case ResultPackage.RUN_RESULT__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case ResultPackage.RUN_RESULT__UNNECESSARY_COWS:
				setUnnecessaryCows(UNNECESSARY_COWS_EDEFAULT);
				return;
			case ResultPackage.RUN_RESULT__ERROR:
				setError((EngineError)null);
				return;
			case ResultPackage.RUN_RESULT__INCOMPLETE_REASON:
				setIncompleteReason(INCOMPLETE_REASON_EDEFAULT);
				return;
			case ResultPackage.RUN_RESULT__CONDITIONS:
				getConditions().clear();
				return;
			case ResultPackage.RUN_RESULT__VIOLATIONS:
				getViolations().clear();
				return;
			case ResultPackage.RUN_RESULT__STATISTICS:
				setStatistics((Statistics)null);
				return;
			case ResultPackage.RUN_RESULT__WITNESS:
				setWitness((Trace)null);
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
			case ResultPackage.RUN_RESULT__SCENARIO_NAME:
				return SCENARIO_NAME_EDEFAULT == null ? scenarioName != null : !SCENARIO_NAME_EDEFAULT.equals(scenarioName);
			case ResultPackage.RUN_RESULT__STRATEGY:
				return STRATEGY_EDEFAULT == null ? strategy != null : !STRATEGY_EDEFAULT.equals(strategy);
			case ResultPackage.RUN_RESULT__VERDICT:
				return verdict != VERDICT_EDEFAULT;
			case ResultPackage.RUN_RESULT__EXPECTED:
				return EXPECTED_EDEFAULT == null ? expected != null : !EXPECTED_EDEFAULT.equals(expected);
			case ResultPackage.RUN_RESULT__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case ResultPackage.RUN_RESULT__UNNECESSARY_COWS:
				return unnecessaryCows != UNNECESSARY_COWS_EDEFAULT;
			case ResultPackage.RUN_RESULT__ERROR:
				return error != null;
			case ResultPackage.RUN_RESULT__INCOMPLETE_REASON:
				return INCOMPLETE_REASON_EDEFAULT == null ? incompleteReason != null : !INCOMPLETE_REASON_EDEFAULT.equals(incompleteReason);
			case ResultPackage.RUN_RESULT__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case ResultPackage.RUN_RESULT__VIOLATIONS:
				return violations != null && !violations.isEmpty();
			case ResultPackage.RUN_RESULT__STATISTICS:
				return statistics != null;
			case ResultPackage.RUN_RESULT__WITNESS:
				return witness != null;
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
		result.append(" (scenarioName: ");
		result.append(scenarioName);
		result.append(", strategy: ");
		result.append(strategy);
		result.append(", verdict: ");
		result.append(verdict);
		result.append(", expected: ");
		result.append(expected);
		result.append(", message: ");
		result.append(message);
		result.append(", unnecessaryCows: ");
		result.append(unnecessaryCows);
		result.append(", incompleteReason: ");
		result.append(incompleteReason);
		result.append(')');
		return result.toString();
	}

} //RunResultImpl
