/**
 */
package org.mmrace.model.scenario;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.Scenario#getName <em>Name</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Scenario#getProperties <em>Properties</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Scenario#getProcesses <em>Processes</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Scenario#getMappings <em>Mappings</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Scenario#getThreads <em>Threads</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Scenario#getConditions <em>Conditions</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Scenario#getExpectations <em>Expectations</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Scenario#getStrategies <em>Strategies</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Scenario#getEndComments <em>End Comments</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.scenario.ScenarioPackage#getScenario()
 * @model
 * @generated
 */
public interface Scenario extends Element {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getScenario_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Scenario#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Properties</b></em>' containment reference list.
	 * The list contents are of type {@link org.mmrace.model.scenario.ScenarioProperty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Properties</em>' containment reference list.
	 * @see org.mmrace.model.scenario.ScenarioPackage#getScenario_Properties()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScenarioProperty> getProperties();

	/**
	 * Returns the value of the '<em><b>Processes</b></em>' containment reference list.
	 * The list contents are of type {@link org.mmrace.model.scenario.ScenarioProcess}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Processes</em>' containment reference list.
	 * @see org.mmrace.model.scenario.ScenarioPackage#getScenario_Processes()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScenarioProcess> getProcesses();

	/**
	 * Returns the value of the '<em><b>Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.mmrace.model.scenario.Mapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mappings</em>' containment reference list.
	 * @see org.mmrace.model.scenario.ScenarioPackage#getScenario_Mappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Mapping> getMappings();

	/**
	 * Returns the value of the '<em><b>Threads</b></em>' containment reference list.
	 * The list contents are of type {@link org.mmrace.model.scenario.ScenarioThread}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Threads</em>' containment reference list.
	 * @see org.mmrace.model.scenario.ScenarioPackage#getScenario_Threads()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScenarioThread> getThreads();

	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link org.mmrace.model.scenario.Condition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see org.mmrace.model.scenario.ScenarioPackage#getScenario_Conditions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Condition> getConditions();

	/**
	 * Returns the value of the '<em><b>Expectations</b></em>' containment reference list.
	 * The list contents are of type {@link org.mmrace.model.scenario.Expectation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expectations</em>' containment reference list.
	 * @see org.mmrace.model.scenario.ScenarioPackage#getScenario_Expectations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Expectation> getExpectations();

	/**
	 * Returns the value of the '<em><b>Strategies</b></em>' containment reference list.
	 * The list contents are of type {@link org.mmrace.model.scenario.StrategyDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strategies</em>' containment reference list.
	 * @see org.mmrace.model.scenario.ScenarioPackage#getScenario_Strategies()
	 * @model containment="true"
	 * @generated
	 */
	EList<StrategyDefinition> getStrategies();

	/**
	 * Returns the value of the '<em><b>End Comments</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Comments after the last statement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Comments</em>' attribute list.
	 * @see org.mmrace.model.scenario.ScenarioPackage#getScenario_EndComments()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getEndComments();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value of the title, source or about line, or null when the file has none.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String findProperty(PropertyKey key);

} // Scenario
