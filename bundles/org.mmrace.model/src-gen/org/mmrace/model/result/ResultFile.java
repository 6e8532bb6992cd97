/**
 */
package org.mmrace.model.result;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>File</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One results file: the scenario it ran and one result per strategy.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.result.ResultFile#getVersion <em>Version</em>}</li>
 *   <li>{@link org.mmrace.model.result.ResultFile#getScenarioFile <em>Scenario File</em>}</li>
 *   <li>{@link org.mmrace.model.result.ResultFile#getScenarioName <em>Scenario Name</em>}</li>
 *   <li>{@link org.mmrace.model.result.ResultFile#getResults <em>Results</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.result.ResultPackage#getResultFile()
 * @model
 * @generated
 */
public interface ResultFile extends EObject {
	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Layout of the file: 1 = written before results were lossless (a condition's trace kept with the condition, the error and the incomplete reason in message, coarse snapshots); 2 = one feature per field of the engine's records (org.mmrace.core.emf.RecordMapping).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(int)
	 * @see org.mmrace.model.result.ResultPackage#getResultFile_Version()
	 * @model default="1"
	 * @generated
	 */
	int getVersion();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.ResultFile#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(int value);

	/**
	 * Returns the value of the '<em><b>Scenario File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scenario File</em>' attribute.
	 * @see #setScenarioFile(String)
	 * @see org.mmrace.model.result.ResultPackage#getResultFile_ScenarioFile()
	 * @model
	 * @generated
	 */
	String getScenarioFile();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.ResultFile#getScenarioFile <em>Scenario File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scenario File</em>' attribute.
	 * @see #getScenarioFile()
	 * @generated
	 */
	void setScenarioFile(String value);

	/**
	 * Returns the value of the '<em><b>Scenario Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scenario Name</em>' attribute.
	 * @see #setScenarioName(String)
	 * @see org.mmrace.model.result.ResultPackage#getResultFile_ScenarioName()
	 * @model
	 * @generated
	 */
	String getScenarioName();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.ResultFile#getScenarioName <em>Scenario Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scenario Name</em>' attribute.
	 * @see #getScenarioName()
	 * @generated
	 */
	void setScenarioName(String value);

	/**
	 * Returns the value of the '<em><b>Results</b></em>' containment reference list.
	 * The list contents are of type {@link org.mmrace.model.result.RunResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Results</em>' containment reference list.
	 * @see org.mmrace.model.result.ResultPackage#getResultFile_Results()
	 * @model containment="true"
	 * @generated
	 */
	EList<RunResult> getResults();

} // ResultFile
