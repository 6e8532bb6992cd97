/**
 */
package org.mmrace.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Expectation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.Expectation#getStrategy <em>Strategy</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Expectation#getOutcome <em>Outcome</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.scenario.ScenarioPackage#getExpectation()
 * @model
 * @generated
 */
public interface Expectation extends Element {
	/**
	 * Returns the value of the '<em><b>Strategy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strategy</em>' attribute.
	 * @see #setStrategy(String)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getExpectation_Strategy()
	 * @model
	 * @generated
	 */
	String getStrategy();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Expectation#getStrategy <em>Strategy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strategy</em>' attribute.
	 * @see #getStrategy()
	 * @generated
	 */
	void setStrategy(String value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mmrace.model.scenario.ExpectedOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see org.mmrace.model.scenario.ExpectedOutcome
	 * @see #setOutcome(ExpectedOutcome)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getExpectation_Outcome()
	 * @model
	 * @generated
	 */
	ExpectedOutcome getOutcome();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Expectation#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see org.mmrace.model.scenario.ExpectedOutcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(ExpectedOutcome value);

} // Expectation
