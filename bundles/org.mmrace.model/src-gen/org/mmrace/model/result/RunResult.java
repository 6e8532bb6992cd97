/**
 */
package org.mmrace.model.result;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.mmrace.model.state.Trace;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Run Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.result.RunResult#getScenarioName <em>Scenario Name</em>}</li>
 *   <li>{@link org.mmrace.model.result.RunResult#getStrategy <em>Strategy</em>}</li>
 *   <li>{@link org.mmrace.model.result.RunResult#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.mmrace.model.result.RunResult#getExpected <em>Expected</em>}</li>
 *   <li>{@link org.mmrace.model.result.RunResult#getMessage <em>Message</em>}</li>
 *   <li>{@link org.mmrace.model.result.RunResult#getUnnecessaryCows <em>Unnecessary Cows</em>}</li>
 *   <li>{@link org.mmrace.model.result.RunResult#getError <em>Error</em>}</li>
 *   <li>{@link org.mmrace.model.result.RunResult#getIncompleteReason <em>Incomplete Reason</em>}</li>
 *   <li>{@link org.mmrace.model.result.RunResult#getConditions <em>Conditions</em>}</li>
 *   <li>{@link org.mmrace.model.result.RunResult#getViolations <em>Violations</em>}</li>
 *   <li>{@link org.mmrace.model.result.RunResult#getStatistics <em>Statistics</em>}</li>
 *   <li>{@link org.mmrace.model.result.RunResult#getWitness <em>Witness</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.result.ResultPackage#getRunResult()
 * @model
 * @generated
 */
public interface RunResult extends EObject {
	/**
	 * Returns the value of the '<em><b>Scenario Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scenario Name</em>' attribute.
	 * @see #setScenarioName(String)
	 * @see org.mmrace.model.result.ResultPackage#getRunResult_ScenarioName()
	 * @model
	 * @generated
	 */
	String getScenarioName();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.RunResult#getScenarioName <em>Scenario Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scenario Name</em>' attribute.
	 * @see #getScenarioName()
	 * @generated
	 */
	void setScenarioName(String value);

	/**
	 * Returns the value of the '<em><b>Strategy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strategy</em>' attribute.
	 * @see #setStrategy(String)
	 * @see org.mmrace.model.result.ResultPackage#getRunResult_Strategy()
	 * @model
	 * @generated
	 */
	String getStrategy();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.RunResult#getStrategy <em>Strategy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strategy</em>' attribute.
	 * @see #getStrategy()
	 * @generated
	 */
	void setStrategy(String value);

	/**
	 * Returns the value of the '<em><b>Verdict</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mmrace.model.result.Verdict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verdict</em>' attribute.
	 * @see org.mmrace.model.result.Verdict
	 * @see #setVerdict(Verdict)
	 * @see org.mmrace.model.result.ResultPackage#getRunResult_Verdict()
	 * @model
	 * @generated
	 */
	Verdict getVerdict();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.RunResult#getVerdict <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verdict</em>' attribute.
	 * @see org.mmrace.model.result.Verdict
	 * @see #getVerdict()
	 * @generated
	 */
	void setVerdict(Verdict value);

	/**
	 * Returns the value of the '<em><b>Expected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expected</em>' attribute.
	 * @see #setExpected(String)
	 * @see org.mmrace.model.result.ResultPackage#getRunResult_Expected()
	 * @model
	 * @generated
	 */
	String getExpected();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.RunResult#getExpected <em>Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected</em>' attribute.
	 * @see #getExpected()
	 * @generated
	 */
	void setExpected(String value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version 1 files only: the error or the incomplete reason.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.mmrace.model.result.ResultPackage#getRunResult_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.RunResult#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Unnecessary Cows</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unnecessary Cows</em>' attribute.
	 * @see #setUnnecessaryCows(long)
	 * @see org.mmrace.model.result.ResultPackage#getRunResult_UnnecessaryCows()
	 * @model
	 * @generated
	 */
	long getUnnecessaryCows();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.RunResult#getUnnecessaryCows <em>Unnecessary Cows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unnecessary Cows</em>' attribute.
	 * @see #getUnnecessaryCows()
	 * @generated
	 */
	void setUnnecessaryCows(long value);

	/**
	 * Returns the value of the '<em><b>Error</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Error</em>' containment reference.
	 * @see #setError(EngineError)
	 * @see org.mmrace.model.result.ResultPackage#getRunResult_Error()
	 * @model containment="true"
	 * @generated
	 */
	EngineError getError();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.RunResult#getError <em>Error</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error</em>' containment reference.
	 * @see #getError()
	 * @generated
	 */
	void setError(EngineError value);

	/**
	 * Returns the value of the '<em><b>Incomplete Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Incomplete Reason</em>' attribute.
	 * @see #setIncompleteReason(String)
	 * @see org.mmrace.model.result.ResultPackage#getRunResult_IncompleteReason()
	 * @model
	 * @generated
	 */
	String getIncompleteReason();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.RunResult#getIncompleteReason <em>Incomplete Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Incomplete Reason</em>' attribute.
	 * @see #getIncompleteReason()
	 * @generated
	 */
	void setIncompleteReason(String value);

	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link org.mmrace.model.result.ConditionResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see org.mmrace.model.result.ResultPackage#getRunResult_Conditions()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConditionResult> getConditions();

	/**
	 * Returns the value of the '<em><b>Violations</b></em>' containment reference list.
	 * The list contents are of type {@link org.mmrace.model.result.Violation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Violations</em>' containment reference list.
	 * @see org.mmrace.model.result.ResultPackage#getRunResult_Violations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Violation> getViolations();

	/**
	 * Returns the value of the '<em><b>Statistics</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statistics</em>' containment reference.
	 * @see #setStatistics(Statistics)
	 * @see org.mmrace.model.result.ResultPackage#getRunResult_Statistics()
	 * @model containment="true"
	 * @generated
	 */
	Statistics getStatistics();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.RunResult#getStatistics <em>Statistics</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statistics</em>' containment reference.
	 * @see #getStatistics()
	 * @generated
	 */
	void setStatistics(Statistics value);

	/**
	 * Returns the value of the '<em><b>Witness</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Witness</em>' containment reference.
	 * @see #setWitness(Trace)
	 * @see org.mmrace.model.result.ResultPackage#getRunResult_Witness()
	 * @model containment="true"
	 * @generated
	 */
	Trace getWitness();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.RunResult#getWitness <em>Witness</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Witness</em>' containment reference.
	 * @see #getWitness()
	 * @generated
	 */
	void setWitness(Trace value);

} // RunResult
