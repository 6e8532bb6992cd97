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

import org.mmrace.model.result.ResultFile;
import org.mmrace.model.result.ResultPackage;
import org.mmrace.model.result.RunResult;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>File</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.result.impl.ResultFileImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.ResultFileImpl#getScenarioFile <em>Scenario File</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.ResultFileImpl#getScenarioName <em>Scenario Name</em>}</li>
 *   <li>{@link org.mmrace.model.result.impl.ResultFileImpl#getResults <em>Results</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResultFileImpl extends MinimalEObjectImpl.Container implements ResultFile {
	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected int version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getScenarioFile() <em>Scenario File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarioFile()
	 * @generated
	 * @ordered
	 */
	protected static final String SCENARIO_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScenarioFile() <em>Scenario File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarioFile()
	 * @generated
	 * @ordered
	 */
	protected String scenarioFile = SCENARIO_FILE_EDEFAULT;

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
	 * The cached value of the '{@link #getResults() <em>Results</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResults()
	 * @generated
	 * @ordered
	 */
	protected EList<RunResult> results;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResultFileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResultPackage.Literals.RESULT_FILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(int newVersion) {
		int oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.RESULT_FILE__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScenarioFile() {
		return scenarioFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScenarioFile(String newScenarioFile) {
		String oldScenarioFile = scenarioFile;
		scenarioFile = newScenarioFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.RESULT_FILE__SCENARIO_FILE, oldScenarioFile, scenarioFile));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ResultPackage.RESULT_FILE__SCENARIO_NAME, oldScenarioName, scenarioName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RunResult> getResults() {
		if (results == null) {
			results = new EObjectContainmentEList<RunResult>(RunResult.class, this, ResultPackage.RESULT_FILE__RESULTS);
		}
		return results;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ResultPackage.RESULT_FILE__RESULTS:
				return ((InternalEList<?>)getResults()).basicRemove(otherEnd, msgs);
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
			case ResultPackage.RESULT_FILE__VERSION:
				return getVersion();
			case ResultPackage.RESULT_FILE__SCENARIO_FILE:
				return getScenarioFile();
			case ResultPackage.RESULT_FILE__SCENARIO_NAME:
				return getScenarioName();
			case ResultPackage.RESULT_FILE__RESULTS:
				return getResults();
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
			case ResultPackage.RESULT_FILE__VERSION:
				setVersion((Integer)newValue);
				return;
			case ResultPackage.RESULT_FILE__SCENARIO_FILE:
				setScenarioFile((String)newValue);
				return;
			case ResultPackage.RESULT_FILE__SCENARIO_NAME:
				setScenarioName((String)newValue);
				return;
			case ResultPackage.RESULT_FILE__RESULTS:
				getResults().clear();
				getResults().addAll((Collection<? extends RunResult>)newValue);
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
			case ResultPackage.RESULT_FILE__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case ResultPackage.RESULT_FILE__SCENARIO_FILE:
				setScenarioFile(SCENARIO_FILE_EDEFAULT);
				return;
			case ResultPackage.RESULT_FILE__SCENARIO_NAME:
				setScenarioName(SCENARIO_NAME_EDEFAULT);
				return;
			case ResultPackage.RESULT_FILE__RESULTS:
				getResults().clear();
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
			case ResultPackage.RESULT_FILE__VERSION:
				return version != VERSION_EDEFAULT;
			case ResultPackage.RESULT_FILE__SCENARIO_FILE:
				return SCENARIO_FILE_EDEFAULT == null ? scenarioFile != null : !SCENARIO_FILE_EDEFAULT.equals(scenarioFile);
			case ResultPackage.RESULT_FILE__SCENARIO_NAME:
				return SCENARIO_NAME_EDEFAULT == null ? scenarioName != null : !SCENARIO_NAME_EDEFAULT.equals(scenarioName);
			case ResultPackage.RESULT_FILE__RESULTS:
				return results != null && !results.isEmpty();
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
		result.append(" (version: ");
		result.append(version);
		result.append(", scenarioFile: ");
		result.append(scenarioFile);
		result.append(", scenarioName: ");
		result.append(scenarioName);
		result.append(')');
		return result.toString();
	}

} //ResultFileImpl
