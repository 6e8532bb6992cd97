/**
 */
package org.mmrace.model.scenario.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.mmrace.model.scenario.PipeRead;
import org.mmrace.model.scenario.ScenarioPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pipe Read</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.impl.PipeReadImpl#getPipe <em>Pipe</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.PipeReadImpl#getRegister <em>Register</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PipeReadImpl extends OperationImpl implements PipeRead {
	/**
	 * The default value of the '{@link #getPipe() <em>Pipe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPipe()
	 * @generated
	 * @ordered
	 */
	protected static final String PIPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPipe() <em>Pipe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPipe()
	 * @generated
	 * @ordered
	 */
	protected String pipe = PIPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegister() <em>Register</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegister()
	 * @generated
	 * @ordered
	 */
	protected static final String REGISTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegister() <em>Register</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegister()
	 * @generated
	 * @ordered
	 */
	protected String register = REGISTER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PipeReadImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.PIPE_READ;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPipe() {
		return pipe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPipe(String newPipe) {
		String oldPipe = pipe;
		pipe = newPipe;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.PIPE_READ__PIPE, oldPipe, pipe));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegister() {
		return register;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegister(String newRegister) {
		String oldRegister = register;
		register = newRegister;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.PIPE_READ__REGISTER, oldRegister, register));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.PIPE_READ__PIPE:
				return getPipe();
			case ScenarioPackage.PIPE_READ__REGISTER:
				return getRegister();
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
			case ScenarioPackage.PIPE_READ__PIPE:
				setPipe((String)newValue);
				return;
			case ScenarioPackage.PIPE_READ__REGISTER:
				setRegister((String)newValue);
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
			case ScenarioPackage.PIPE_READ__PIPE:
				setPipe(PIPE_EDEFAULT);
				return;
			case ScenarioPackage.PIPE_READ__REGISTER:
				setRegister(REGISTER_EDEFAULT);
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
			case ScenarioPackage.PIPE_READ__PIPE:
				return PIPE_EDEFAULT == null ? pipe != null : !PIPE_EDEFAULT.equals(pipe);
			case ScenarioPackage.PIPE_READ__REGISTER:
				return REGISTER_EDEFAULT == null ? register != null : !REGISTER_EDEFAULT.equals(register);
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
		result.append(" (pipe: ");
		result.append(pipe);
		result.append(", register: ");
		result.append(register);
		result.append(')');
		return result.toString();
	}

} //PipeReadImpl
