/**
 */
package org.mmrace.model.result.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.mmrace.model.result.Reduction;
import org.mmrace.model.result.ResultPackage;
import org.mmrace.model.result.Statistics;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Statistics</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.result.impl.StatisticsImpl#getStates <em>States</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.StatisticsImpl#getDistinct <em>Distinct</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.StatisticsImpl#getTransitions <em>Transitions</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.StatisticsImpl#getFinalStates <em>Final States</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.StatisticsImpl#getMillis <em>Millis</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.StatisticsImpl#getMaxDepth <em>Max Depth</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.StatisticsImpl#getStateBytes <em>State Bytes</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.StatisticsImpl#getReduction <em>Reduction</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.StatisticsImpl#isCompact <em>Compact</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.StatisticsImpl#getOmissionProbability <em>Omission Probability</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StatisticsImpl extends MinimalEObjectImpl.Container implements Statistics {
	/**
	 * The default value of the '{@link #getStates() <em>States</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStates()
	 * @generated
	 * @ordered
	 */
	protected static final long STATES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStates() <em>States</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStates()
	 * @generated
	 * @ordered
	 */
	protected long states = STATES_EDEFAULT;

	/**
	 * The default value of the '{@link #getDistinct() <em>Distinct</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDistinct()
	 * @generated
	 * @ordered
	 */
	protected static final long DISTINCT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDistinct() <em>Distinct</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDistinct()
	 * @generated
	 * @ordered
	 */
	protected long distinct = DISTINCT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTransitions() <em>Transitions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransitions()
	 * @generated
	 * @ordered
	 */
	protected static final long TRANSITIONS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTransitions() <em>Transitions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransitions()
	 * @generated
	 * @ordered
	 */
	protected long transitions = TRANSITIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFinalStates() <em>Final States</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinalStates()
	 * @generated
	 * @ordered
	 */
	protected static final long FINAL_STATES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getFinalStates() <em>Final States</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinalStates()
	 * @generated
	 * @ordered
	 */
	protected long finalStates = FINAL_STATES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMillis() <em>Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMillis()
	 * @generated
	 * @ordered
	 */
	protected static final long MILLIS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMillis() <em>Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMillis()
	 * @generated
	 * @ordered
	 */
	protected long millis = MILLIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxDepth() <em>Max Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxDepth()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_DEPTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxDepth() <em>Max Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxDepth()
	 * @generated
	 * @ordered
	 */
	protected int maxDepth = MAX_DEPTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getStateBytes() <em>State Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateBytes()
	 * @generated
	 * @ordered
	 */
	protected static final int STATE_BYTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStateBytes() <em>State Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateBytes()
	 * @generated
	 * @ordered
	 */
	protected int stateBytes = STATE_BYTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReduction() <em>Reduction</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReduction()
	 * @generated
	 * @ordered
	 */
	protected Reduction reduction;

	/**
	 * The default value of the '{@link #isCompact() <em>Compact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCompact()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COMPACT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCompact() <em>Compact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCompact()
	 * @generated
	 * @ordered
	 */
	protected boolean compact = COMPACT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOmissionProbability() <em>Omission Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOmissionProbability()
	 * @generated
	 * @ordered
	 */
	protected static final double OMISSION_PROBABILITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getOmissionProbability() <em>Omission Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOmissionProbability()
	 * @generated
	 * @ordered
	 */
	protected double omissionProbability = OMISSION_PROBABILITY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StatisticsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResultPackage.Literals.STATISTICS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStates() {
		return states;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStates(long newStates) {
		long oldStates = states;
		states = newStates;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.STATISTICS__STATES, oldStates, states));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDistinct() {
		return distinct;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDistinct(long newDistinct) {
		long oldDistinct = distinct;
		distinct = newDistinct;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.STATISTICS__DISTINCT, oldDistinct, distinct));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTransitions() {
		return transitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTransitions(long newTransitions) {
		long oldTransitions = transitions;
		transitions = newTransitions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.STATISTICS__TRANSITIONS, oldTransitions, transitions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFinalStates() {
		return finalStates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinalStates(long newFinalStates) {
		long oldFinalStates = finalStates;
		finalStates = newFinalStates;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.STATISTICS__FINAL_STATES, oldFinalStates, finalStates));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMillis() {
		return millis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMillis(long newMillis) {
		long oldMillis = millis;
		millis = newMillis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.STATISTICS__MILLIS, oldMillis, millis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxDepth() {
		return maxDepth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxDepth(int newMaxDepth) {
		int oldMaxDepth = maxDepth;
		maxDepth = newMaxDepth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.STATISTICS__MAX_DEPTH, oldMaxDepth, maxDepth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStateBytes() {
		return stateBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStateBytes(int newStateBytes) {
		int oldStateBytes = stateBytes;
		stateBytes = newStateBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.STATISTICS__STATE_BYTES, oldStateBytes, stateBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Reduction getReduction() {
		return reduction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReduction(Reduction newReduction, NotificationChain msgs) {
		Reduction oldReduction = reduction;
		reduction = newReduction;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ResultPackage.STATISTICS__REDUCTION, oldReduction, newReduction);
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
	public void setReduction(Reduction newReduction) {
		if (newReduction != reduction) {
			NotificationChain msgs = null;
			if (reduction != null)
				msgs = ((InternalEObject)reduction).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ResultPackage.STATISTICS__REDUCTION, null, msgs);
			if (newReduction != null)
				msgs = ((InternalEObject)newReduction).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ResultPackage.STATISTICS__REDUCTION, null, msgs);
			msgs = basicSetReduction(newReduction, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.STATISTICS__REDUCTION, newReduction, newReduction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCompact() {
		return compact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompact(boolean newCompact) {
		boolean oldCompact = compact;
		compact = newCompact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.STATISTICS__COMPACT, oldCompact, compact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getOmissionProbability() {
		return omissionProbability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOmissionProbability(double newOmissionProbability) {
		double oldOmissionProbability = omissionProbability;
		omissionProbability = newOmissionProbability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.STATISTICS__OMISSION_PROBABILITY, oldOmissionProbability, omissionProbability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ResultPackage.STATISTICS__REDUCTION:
				return basicSetReduction(null, msgs);
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
			case ResultPackage.STATISTICS__STATES:
				return getStates();
			case ResultPackage.STATISTICS__DISTINCT:
				return getDistinct();
			case ResultPackage.STATISTICS__TRANSITIONS:
				return getTransitions();
			case ResultPackage.STATISTICS__FINAL_STATES:
				return getFinalStates();
			case ResultPackage.STATISTICS__MILLIS:
				return getMillis();
			case ResultPackage.STATISTICS__MAX_DEPTH:
				return getMaxDepth();
			case ResultPackage.STATISTICS__STATE_BYTES:
				return getStateBytes();
			case ResultPackage.STATISTICS__REDUCTION:
				return getReduction();
			case ResultPackage.STATISTICS__COMPACT:
				return isCompact();
			case ResultPackage.STATISTICS__OMISSION_PROBABILITY:
				return getOmissionProbability();
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
			case ResultPackage.STATISTICS__STATES:
				setStates((Long)newValue);
				return;
			case ResultPackage.STATISTICS__DISTINCT:
				setDistinct((Long)newValue);
				return;
			case ResultPackage.STATISTICS__TRANSITIONS:
				setTransitions((Long)newValue);
				return;
			case ResultPackage.STATISTICS__FINAL_STATES:
				setFinalStates((Long)newValue);
				return;
			case ResultPackage.STATISTICS__MILLIS:
				setMillis((Long)newValue);
				return;
			case ResultPackage.STATISTICS__MAX_DEPTH:
				setMaxDepth((Integer)newValue);
				return;
			case ResultPackage.STATISTICS__STATE_BYTES:
				setStateBytes((Integer)newValue);
				return;
			case ResultPackage.STATISTICS__REDUCTION:
				setReduction((Reduction)newValue);
				return;
			case ResultPackage.STATISTICS__COMPACT:
				setCompact((Boolean)newValue);
				return;
			case ResultPackage.STATISTICS__OMISSION_PROBABILITY:
				setOmissionProbability((Double)newValue);
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
			case ResultPackage.STATISTICS__STATES:
				setStates(STATES_EDEFAULT);
				return;
			case ResultPackage.STATISTICS__DISTINCT:
				setDistinct(DISTINCT_EDEFAULT);
				return;
			case ResultPackage.STATISTICS__TRANSITIONS:
				setTransitions(TRANSITIONS_EDEFAULT);
				return;
			case ResultPackage.STATISTICS__FINAL_STATES:
				setFinalStates(FINAL_STATES_EDEFAULT);
				return;
			case ResultPackage.STATISTICS__MILLIS:
				setMillis(MILLIS_EDEFAULT);
				return;
			case ResultPackage.STATISTICS__MAX_DEPTH:
				setMaxDepth(MAX_DEPTH_EDEFAULT);
				return;
			case ResultPackage.STATISTICS__STATE_BYTES:
				setStateBytes(STATE_BYTES_EDEFAULT);
				return;
			case ResultPackage.STATISTICS__REDUCTION:
				setReduction((Reduction)null);
				return;
			case ResultPackage.STATISTICS__COMPACT:
				setCompact(COMPACT_EDEFAULT);
				return;
			case ResultPackage.STATISTICS__OMISSION_PROBABILITY:
				setOmissionProbability(OMISSION_PROBABILITY_EDEFAULT);
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
			case ResultPackage.STATISTICS__STATES:
				return states != STATES_EDEFAULT;
			case ResultPackage.STATISTICS__DISTINCT:
				return distinct != DISTINCT_EDEFAULT;
			case ResultPackage.STATISTICS__TRANSITIONS:
				return transitions != TRANSITIONS_EDEFAULT;
			case ResultPackage.STATISTICS__FINAL_STATES:
				return finalStates != FINAL_STATES_EDEFAULT;
			case ResultPackage.STATISTICS__MILLIS:
				return millis != MILLIS_EDEFAULT;
			case ResultPackage.STATISTICS__MAX_DEPTH:
				return maxDepth != MAX_DEPTH_EDEFAULT;
			case ResultPackage.STATISTICS__STATE_BYTES:
				return stateBytes != STATE_BYTES_EDEFAULT;
			case ResultPackage.STATISTICS__REDUCTION:
				return reduction != null;
			case ResultPackage.STATISTICS__COMPACT:
				return compact != COMPACT_EDEFAULT;
			case ResultPackage.STATISTICS__OMISSION_PROBABILITY:
				return omissionProbability != OMISSION_PROBABILITY_EDEFAULT;
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
		result.append(" (states: ");
		result.append(states);
		result.append(", distinct: ");
		result.append(distinct);
		result.append(", transitions: ");
		result.append(transitions);
		result.append(", finalStates: ");
		result.append(finalStates);
		result.append(", millis: ");
		result.append(millis);
		result.append(", maxDepth: ");
		result.append(maxDepth);
		result.append(", stateBytes: ");
		result.append(stateBytes);
		result.append(", compact: ");
		result.append(compact);
		result.append(", omissionProbability: ");
		result.append(omissionProbability);
		result.append(')');
		return result.toString();
	}

} //StatisticsImpl
