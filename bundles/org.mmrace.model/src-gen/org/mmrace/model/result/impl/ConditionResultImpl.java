/**
 */
package org.mmrace.model.result.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.mmrace.model.result.ConditionResult;
import org.mmrace.model.result.Observation;
import org.mmrace.model.result.ResultPackage;

import org.mmrace.model.scenario.ConditionKind;

import org.mmrace.model.state.Trace;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Condition Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.result.impl.ConditionResultImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.ConditionResultImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.ConditionResultImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.ConditionResultImpl#getLine <em>Line</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.ConditionResultImpl#getColumn <em>Column</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.ConditionResultImpl#getObservation <em>Observation</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.ConditionResultImpl#getPositive <em>Positive</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.ConditionResultImpl#getNegative <em>Negative</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.ConditionResultImpl#isSatisfied <em>Satisfied</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.ConditionResultImpl#getTrace <em>Trace</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConditionResultImpl extends MinimalEObjectImpl.Container implements ConditionResult {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ConditionKind KIND_EDEFAULT = ConditionKind.REQUIRE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ConditionKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLine() <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected static final int LINE_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getLine() <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected int line = LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getColumn() <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumn()
	 * @generated
	 * @ordered
	 */
	protected static final int COLUMN_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getColumn() <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumn()
	 * @generated
	 * @ordered
	 */
	protected int column = COLUMN_EDEFAULT;

	/**
	 * The default value of the '{@link #getObservation() <em>Observation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservation()
	 * @generated
	 * @ordered
	 */
	protected static final Observation OBSERVATION_EDEFAULT = Observation.ALWAYS;

	/**
	 * The cached value of the '{@link #getObservation() <em>Observation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservation()
	 * @generated
	 * @ordered
	 */
	protected Observation observation = OBSERVATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPositive() <em>Positive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPositive()
	 * @generated
	 * @ordered
	 */
	protected static final long POSITIVE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPositive() <em>Positive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPositive()
	 * @generated
	 * @ordered
	 */
	protected long positive = POSITIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNegative() <em>Negative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNegative()
	 * @generated
	 * @ordered
	 */
	protected static final long NEGATIVE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getNegative() <em>Negative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNegative()
	 * @generated
	 * @ordered
	 */
	protected long negative = NEGATIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #isSatisfied() <em>Satisfied</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSatisfied()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SATISFIED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSatisfied() <em>Satisfied</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSatisfied()
	 * @generated
	 * @ordered
	 */
	protected boolean satisfied = SATISFIED_EDEFAULT;

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
	protected ConditionResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResultPackage.Literals.CONDITION_RESULT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.CONDITION_RESULT__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConditionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ConditionKind newKind) {
		ConditionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.CONDITION_RESULT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.CONDITION_RESULT__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLine() {
		return line;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLine(int newLine) {
		int oldLine = line;
		line = newLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.CONDITION_RESULT__LINE, oldLine, line));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getColumn() {
		return column;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColumn(int newColumn) {
		int oldColumn = column;
		column = newColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.CONDITION_RESULT__COLUMN, oldColumn, column));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Observation getObservation() {
		return observation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObservation(Observation newObservation) {
		Observation oldObservation = observation;
		observation = newObservation == null ? OBSERVATION_EDEFAULT : newObservation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.CONDITION_RESULT__OBSERVATION, oldObservation, observation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPositive() {
		return positive;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPositive(long newPositive) {
		long oldPositive = positive;
		positive = newPositive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.CONDITION_RESULT__POSITIVE, oldPositive, positive));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getNegative() {
		return negative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNegative(long newNegative) {
		long oldNegative = negative;
		negative = newNegative;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.CONDITION_RESULT__NEGATIVE, oldNegative, negative));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSatisfied() {
		return satisfied;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSatisfied(boolean newSatisfied) {
		boolean oldSatisfied = satisfied;
		satisfied = newSatisfied;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.CONDITION_RESULT__SATISFIED, oldSatisfied, satisfied));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ResultPackage.CONDITION_RESULT__TRACE, oldTrace, newTrace);
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
				msgs = ((InternalEObject)trace).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ResultPackage.CONDITION_RESULT__TRACE, null, msgs);
			if (newTrace != null)
				msgs = ((InternalEObject)newTrace).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ResultPackage.CONDITION_RESULT__TRACE, null, msgs);
			msgs = basicSetTrace(newTrace, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.CONDITION_RESULT__TRACE, newTrace, newTrace));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ResultPackage.CONDITION_RESULT__TRACE:
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
			case ResultPackage.CONDITION_RESULT__LABEL:
				return getLabel();
			case ResultPackage.CONDITION_RESULT__KIND:
				return getKind();
			case ResultPackage.CONDITION_RESULT__TEXT:
				return getText();
			case ResultPackage.CONDITION_RESULT__LINE:
				return getLine();
			case ResultPackage.CONDITION_RESULT__COLUMN:
				return getColumn();
			case ResultPackage.CONDITION_RESULT__OBSERVATION:
				return getObservation();
			case ResultPackage.CONDITION_RESULT__POSITIVE:
				return getPositive();
			case ResultPackage.CONDITION_RESULT__NEGATIVE:
				return getNegative();
			case ResultPackage.CONDITION_RESULT__SATISFIED:
				return isSatisfied();
			case ResultPackage.CONDITION_RESULT__TRACE:
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
			case ResultPackage.CONDITION_RESULT__LABEL:
				setLabel((String)newValue);
				return;
			case ResultPackage.CONDITION_RESULT__KIND:
				setKind((ConditionKind)newValue);
				return;
			case ResultPackage.CONDITION_RESULT__TEXT:
				setText((String)newValue);
				return;
			case ResultPackage.CONDITION_RESULT__LINE:
				setLine((Integer)newValue);
				return;
			case ResultPackage.CONDITION_RESULT__COLUMN:
				setColumn((Integer)newValue);
				return;
			case ResultPackage.CONDITION_RESULT__OBSERVATION:
				setObservation((Observation)newValue);
				return;
			case ResultPackage.CONDITION_RESULT__POSITIVE:
				setPositive((Long)newValue);
				return;
			case ResultPackage.CONDITION_RESULT__NEGATIVE:
				setNegative((Long)newValue);
				return;
			case ResultPackage.CONDITION_RESULT__SATISFIED:
				setSatisfied((Boolean)newValue);
				return;
			case ResultPackage.CONDITION_RESULT__TRACE:
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
			case ResultPackage.CONDITION_RESULT__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case ResultPackage.CONDITION_RESULT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ResultPackage.CONDITION_RESULT__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case ResultPackage.CONDITION_RESULT__LINE:
				setLine(LINE_EDEFAULT);
				return;
			case ResultPackage.CONDITION_RESULT__COLUMN:
				setColumn(COLUMN_EDEFAULT);
				return;
			case ResultPackage.CONDITION_RESULT__OBSERVATION:
				setObservation(OBSERVATION_EDEFAULT);
				return;
			case ResultPackage.CONDITION_RESULT__POSITIVE:
				setPositive(POSITIVE_EDEFAULT);
				return;
			case ResultPackage.CONDITION_RESULT__NEGATIVE:
				setNegative(NEGATIVE_EDEFAULT);
				return;
			case ResultPackage.CONDITION_RESULT__SATISFIED:
				setSatisfied(SATISFIED_EDEFAULT);
				return;
			case ResultPackage.CONDITION_RESULT__TRACE:
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
			case ResultPackage.CONDITION_RESULT__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case ResultPackage.CONDITION_RESULT__KIND:
				return kind != KIND_EDEFAULT;
			case ResultPackage.CONDITION_RESULT__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case ResultPackage.CONDITION_RESULT__LINE:
				return line != LINE_EDEFAULT;
			case ResultPackage.CONDITION_RESULT__COLUMN:
				return column != COLUMN_EDEFAULT;
			case ResultPackage.CONDITION_RESULT__OBSERVATION:
				return observation != OBSERVATION_EDEFAULT;
			case ResultPackage.CONDITION_RESULT__POSITIVE:
				return positive != POSITIVE_EDEFAULT;
			case ResultPackage.CONDITION_RESULT__NEGATIVE:
				return negative != NEGATIVE_EDEFAULT;
			case ResultPackage.CONDITION_RESULT__SATISFIED:
				return satisfied != SATISFIED_EDEFAULT;
			case ResultPackage.CONDITION_RESULT__TRACE:
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
		result.append(" (label: ");
		result.append(label);
		result.append(", kind: ");
		result.append(kind);
		result.append(", text: ");
		result.append(text);
		result.append(", line: ");
		result.append(line);
		result.append(", column: ");
		result.append(column);
		result.append(", observation: ");
		result.append(observation);
		result.append(", positive: ");
		result.append(positive);
		result.append(", negative: ");
		result.append(negative);
		result.append(", satisfied: ");
		result.append(satisfied);
		result.append(')');
		return result.toString();
	}

} //ConditionResultImpl
