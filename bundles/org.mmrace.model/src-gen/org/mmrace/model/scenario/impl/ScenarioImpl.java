/**
 */
package org.mmrace.model.scenario.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.mmrace.model.scenario.Condition;
import org.mmrace.model.scenario.Expectation;
import org.mmrace.model.scenario.Mapping;
import org.mmrace.model.scenario.PropertyKey;
import org.mmrace.model.scenario.Scenario;
import org.mmrace.model.scenario.ScenarioPackage;
import org.mmrace.model.scenario.ScenarioProcess;
import org.mmrace.model.scenario.ScenarioProperty;
import org.mmrace.model.scenario.ScenarioThread;
import org.mmrace.model.scenario.StrategyDefinition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.impl.ScenarioImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.ScenarioImpl#getProperties <em>Properties</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.ScenarioImpl#getProcesses <em>Processes</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.ScenarioImpl#getMappings <em>Mappings</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.ScenarioImpl#getThreads <em>Threads</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.ScenarioImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.ScenarioImpl#getExpectations <em>Expectations</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.ScenarioImpl#getStrategies <em>Strategies</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.ScenarioImpl#getEndComments <em>End Comments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScenarioImpl extends ElementImpl implements Scenario {
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
	 * The cached value of the '{@link #getProperties() <em>Properties</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProperties()
	 * @generated
	 * @ordered
	 */
	protected EList<ScenarioProperty> properties;

	/**
	 * The cached value of the '{@link #getProcesses() <em>Processes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcesses()
	 * @generated
	 * @ordered
	 */
	protected EList<ScenarioProcess> processes;

	/**
	 * The cached value of the '{@link #getMappings() <em>Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<Mapping> mappings;

	/**
	 * The cached value of the '{@link #getThreads() <em>Threads</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreads()
	 * @generated
	 * @ordered
	 */
	protected EList<ScenarioThread> threads;

	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<Condition> conditions;

	/**
	 * The cached value of the '{@link #getExpectations() <em>Expectations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectations()
	 * @generated
	 * @ordered
	 */
	protected EList<Expectation> expectations;

	/**
	 * The cached value of the '{@link #getStrategies() <em>Strategies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategies()
	 * @generated
	 * @ordered
	 */
	protected EList<StrategyDefinition> strategies;

	/**
	 * The cached value of the '{@link #getEndComments() <em>End Comments</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndComments()
	 * @generated
	 * @ordered
	 */
	protected EList<String> endComments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScenarioImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.SCENARIO;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScenarioProperty> getProperties() {
		if (properties == null) {
			properties = new EObjectContainmentEList<ScenarioProperty>(ScenarioProperty.class, this, ScenarioPackage.SCENARIO__PROPERTIES);
		}
		return properties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScenarioProcess> getProcesses() {
		if (processes == null) {
			processes = new EObjectContainmentEList<ScenarioProcess>(ScenarioProcess.class, this, ScenarioPackage.SCENARIO__PROCESSES);
		}
		return processes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Mapping> getMappings() {
		if (mappings == null) {
			mappings = new EObjectContainmentEList<Mapping>(Mapping.class, this, ScenarioPackage.SCENARIO__MAPPINGS);
		}
		return mappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScenarioThread> getThreads() {
		if (threads == null) {
			threads = new EObjectContainmentEList<ScenarioThread>(ScenarioThread.class, this, ScenarioPackage.SCENARIO__THREADS);
		}
		return threads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Condition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<Condition>(Condition.class, this, ScenarioPackage.SCENARIO__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Expectation> getExpectations() {
		if (expectations == null) {
			expectations = new EObjectContainmentEList<Expectation>(Expectation.class, this, ScenarioPackage.SCENARIO__EXPECTATIONS);
		}
		return expectations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StrategyDefinition> getStrategies() {
		if (strategies == null) {
			strategies = new EObjectContainmentEList<StrategyDefinition>(StrategyDefinition.class, this, ScenarioPackage.SCENARIO__STRATEGIES);
		}
		return strategies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getEndComments() {
		if (endComments == null) {
			endComments = new EDataTypeEList<String>(String.class, this, ScenarioPackage.SCENARIO__END_COMMENTS);
		}
		return endComments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String findProperty(final PropertyKey key) {
		for (ScenarioProperty property : getProperties()) {
		  if (property.getKey() == key) {
		    return property.getValue();
		  }
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ScenarioPackage.SCENARIO__PROPERTIES:
				return ((InternalEList<?>)getProperties()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.SCENARIO__PROCESSES:
				return ((InternalEList<?>)getProcesses()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.SCENARIO__MAPPINGS:
				return ((InternalEList<?>)getMappings()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.SCENARIO__THREADS:
				return ((InternalEList<?>)getThreads()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.SCENARIO__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.SCENARIO__EXPECTATIONS:
				return ((InternalEList<?>)getExpectations()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.SCENARIO__STRATEGIES:
				return ((InternalEList<?>)getStrategies()).basicRemove(otherEnd, msgs);
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
			case ScenarioPackage.SCENARIO__NAME:
				return getName();
			case ScenarioPackage.SCENARIO__PROPERTIES:
				return getProperties();
			case ScenarioPackage.SCENARIO__PROCESSES:
				return getProcesses();
			case ScenarioPackage.SCENARIO__MAPPINGS:
				return getMappings();
			case ScenarioPackage.SCENARIO__THREADS:
				return getThreads();
			case ScenarioPackage.SCENARIO__CONDITIONS:
				return getConditions();
			case ScenarioPackage.SCENARIO__EXPECTATIONS:
				return getExpectations();
			case ScenarioPackage.SCENARIO__STRATEGIES:
				return getStrategies();
			case ScenarioPackage.SCENARIO__END_COMMENTS:
				return getEndComments();
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
			case ScenarioPackage.SCENARIO__NAME:
				setName((String)newValue);
				return;
			case ScenarioPackage.SCENARIO__PROPERTIES:
				getProperties().clear();
				getProperties().addAll((Collection<? extends ScenarioProperty>)newValue);
				return;
			case ScenarioPackage.SCENARIO__PROCESSES:
				getProcesses().clear();
				getProcesses().addAll((Collection<? extends ScenarioProcess>)newValue);
				return;
			case ScenarioPackage.SCENARIO__MAPPINGS:
				getMappings().clear();
				getMappings().addAll((Collection<? extends Mapping>)newValue);
				return;
			case ScenarioPackage.SCENARIO__THREADS:
				getThreads().clear();
				getThreads().addAll((Collection<? extends ScenarioThread>)newValue);
				return;
			case ScenarioPackage.SCENARIO__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends Condition>)newValue);
				return;
			case ScenarioPackage.SCENARIO__EXPECTATIONS:
				getExpectations().clear();
				getExpectations().addAll((Collection<? extends Expectation>)newValue);
				return;
			case ScenarioPackage.SCENARIO__STRATEGIES:
				getStrategies().clear();
				getStrategies().addAll((Collection<? extends StrategyDefinition>)newValue);
				return;
			case ScenarioPackage.SCENARIO__END_COMMENTS:
				getEndComments().clear();
				getEndComments().addAll((Collection<? extends String>)newValue);
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
			case ScenarioPackage.SCENARIO__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ScenarioPackage.SCENARIO__PROPERTIES:
				getProperties().clear();
				return;
			case ScenarioPackage.SCENARIO__PROCESSES:
				getProcesses().clear();
				return;
			case ScenarioPackage.SCENARIO__MAPPINGS:
				getMappings().clear();
				return;
			case ScenarioPackage.SCENARIO__THREADS:
				getThreads().clear();
				return;
			case ScenarioPackage.SCENARIO__CONDITIONS:
				getConditions().clear();
				return;
			case ScenarioPackage.SCENARIO__EXPECTATIONS:
				getExpectations().clear();
				return;
			case ScenarioPackage.SCENARIO__STRATEGIES:
				getStrategies().clear();
				return;
			case ScenarioPackage.SCENARIO__END_COMMENTS:
				getEndComments().clear();
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
			case ScenarioPackage.SCENARIO__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ScenarioPackage.SCENARIO__PROPERTIES:
				return properties != null && !properties.isEmpty();
			case ScenarioPackage.SCENARIO__PROCESSES:
				return processes != null && !processes.isEmpty();
			case ScenarioPackage.SCENARIO__MAPPINGS:
				return mappings != null && !mappings.isEmpty();
			case ScenarioPackage.SCENARIO__THREADS:
				return threads != null && !threads.isEmpty();
			case ScenarioPackage.SCENARIO__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case ScenarioPackage.SCENARIO__EXPECTATIONS:
				return expectations != null && !expectations.isEmpty();
			case ScenarioPackage.SCENARIO__STRATEGIES:
				return strategies != null && !strategies.isEmpty();
			case ScenarioPackage.SCENARIO__END_COMMENTS:
				return endComments != null && !endComments.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case ScenarioPackage.SCENARIO___FIND_PROPERTY__PROPERTYKEY:
				return findProperty((PropertyKey)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(", endComments: ");
		result.append(endComments);
		result.append(')');
		return result.toString();
	}

} //ScenarioImpl
