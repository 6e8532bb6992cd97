/**
 */
package org.mmrace.model.result.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.mmrace.model.result.Reduction;
import org.mmrace.model.result.ResultPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reduction</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.result.impl.ReductionImpl#isAsked <em>Asked</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.ReductionImpl#isOn <em>On</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.ReductionImpl#getPruned <em>Pruned</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.ReductionImpl#getPasses <em>Passes</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.ReductionImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReductionImpl extends MinimalEObjectImpl.Container implements Reduction {
	/**
	 * The default value of the '{@link #isAsked() <em>Asked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAsked()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ASKED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAsked() <em>Asked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAsked()
	 * @generated
	 * @ordered
	 */
	protected boolean asked = ASKED_EDEFAULT;

	/**
	 * The default value of the '{@link #isOn() <em>On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOn()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ON_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOn() <em>On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOn()
	 * @generated
	 * @ordered
	 */
	protected boolean on = ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getPruned() <em>Pruned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPruned()
	 * @generated
	 * @ordered
	 */
	protected static final long PRUNED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPruned() <em>Pruned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPruned()
	 * @generated
	 * @ordered
	 */
	protected long pruned = PRUNED_EDEFAULT;

	/**
	 * The default value of the '{@link #getPasses() <em>Passes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasses()
	 * @generated
	 * @ordered
	 */
	protected static final int PASSES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPasses() <em>Passes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasses()
	 * @generated
	 * @ordered
	 */
	protected int passes = PASSES_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReductionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResultPackage.Literals.REDUCTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAsked() {
		return asked;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAsked(boolean newAsked) {
		boolean oldAsked = asked;
		asked = newAsked;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.REDUCTION__ASKED, oldAsked, asked));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOn() {
		return on;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOn(boolean newOn) {
		boolean oldOn = on;
		on = newOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.REDUCTION__ON, oldOn, on));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPruned() {
		return pruned;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPruned(long newPruned) {
		long oldPruned = pruned;
		pruned = newPruned;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.REDUCTION__PRUNED, oldPruned, pruned));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPasses() {
		return passes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPasses(int newPasses) {
		int oldPasses = passes;
		passes = newPasses;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.REDUCTION__PASSES, oldPasses, passes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.REDUCTION__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ResultPackage.REDUCTION__ASKED:
				return isAsked();
			case ResultPackage.REDUCTION__ON:
				return isOn();
			case ResultPackage.REDUCTION__PRUNED:
				return getPruned();
			case ResultPackage.REDUCTION__PASSES:
				return getPasses();
			case ResultPackage.REDUCTION__NOTE:
				return getNote();
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
			case ResultPackage.REDUCTION__ASKED:
				setAsked((Boolean)newValue);
				return;
			case ResultPackage.REDUCTION__ON:
				setOn((Boolean)newValue);
				return;
			case ResultPackage.REDUCTION__PRUNED:
				setPruned((Long)newValue);
				return;
			case ResultPackage.REDUCTION__PASSES:
				setPasses((Integer)newValue);
				return;
			case ResultPackage.REDUCTION__NOTE:
				setNote((String)newValue);
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
			case ResultPackage.REDUCTION__ASKED:
				setAsked(ASKED_EDEFAULT);
				return;
			case ResultPackage.REDUCTION__ON:
				setOn(ON_EDEFAULT);
				return;
			case ResultPackage.REDUCTION__PRUNED:
				setPruned(PRUNED_EDEFAULT);
				return;
			case ResultPackage.REDUCTION__PASSES:
				setPasses(PASSES_EDEFAULT);
				return;
			case ResultPackage.REDUCTION__NOTE:
				setNote(NOTE_EDEFAULT);
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
			case ResultPackage.REDUCTION__ASKED:
				return asked != ASKED_EDEFAULT;
			case ResultPackage.REDUCTION__ON:
				return on != ON_EDEFAULT;
			case ResultPackage.REDUCTION__PRUNED:
				return pruned != PRUNED_EDEFAULT;
			case ResultPackage.REDUCTION__PASSES:
				return passes != PASSES_EDEFAULT;
			case ResultPackage.REDUCTION__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
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
		result.append(" (asked: ");
		result.append(asked);
		result.append(", on: ");
		result.append(on);
		result.append(", pruned: ");
		result.append(pruned);
		result.append(", passes: ");
		result.append(passes);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //ReductionImpl
