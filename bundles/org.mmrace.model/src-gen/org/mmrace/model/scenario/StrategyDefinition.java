/**
 */
package org.mmrace.model.scenario;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Strategy Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 'strategy NAME = BASE with knob=value ...': a built-in strategy plus knob settings.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.StrategyDefinition#getName <em>Name</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.StrategyDefinition#getBase <em>Base</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.StrategyDefinition#getKnobs <em>Knobs</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.scenario.ScenarioPackage#getStrategyDefinition()
 * @model
 * @generated
 */
public interface StrategyDefinition extends Element {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getStrategyDefinition_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.StrategyDefinition#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Base</em>' attribute.
	 * @see #setBase(String)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getStrategyDefinition_Base()
	 * @model
	 * @generated
	 */
	String getBase();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.StrategyDefinition#getBase <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base</em>' attribute.
	 * @see #getBase()
	 * @generated
	 */
	void setBase(String value);

	/**
	 * Returns the value of the '<em><b>Knobs</b></em>' containment reference list.
	 * The list contents are of type {@link org.mmrace.model.scenario.KnobSetting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Knobs</em>' containment reference list.
	 * @see org.mmrace.model.scenario.ScenarioPackage#getStrategyDefinition_Knobs()
	 * @model containment="true"
	 * @generated
	 */
	EList<KnobSetting> getKnobs();

} // StrategyDefinition
