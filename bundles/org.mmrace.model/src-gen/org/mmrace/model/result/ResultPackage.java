/**
 */
package org.mmrace.model.result;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Results of running a scenario under strategies, saved and reopened as XMI.
 * <!-- end-model-doc -->
 * @see org.mmrace.model.result.ResultFactory
 * @model kind="package"
 * @generated
 */
public interface ResultPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "result";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.mmrace.org/model/result/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "result";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ResultPackage eINSTANCE = org.mmrace.model.result.impl.ResultPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.mmrace.model.result.impl.ResultFileImpl <em>File</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.result.impl.ResultFileImpl
	 * @see org.mmrace.model.result.impl.ResultPackageImpl#getResultFile()
	 * @generated
	 */
	int RESULT_FILE = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_FILE__VERSION = 0;

	/**
	 * The feature id for the '<em><b>Scenario File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_FILE__SCENARIO_FILE = 1;

	/**
	 * The feature id for the '<em><b>Scenario Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_FILE__SCENARIO_NAME = 2;

	/**
	 * The feature id for the '<em><b>Results</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_FILE__RESULTS = 3;

	/**
	 * The number of structural features of the '<em>File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_FILE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_FILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.result.impl.RunResultImpl <em>Run Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.result.impl.RunResultImpl
	 * @see org.mmrace.model.result.impl.ResultPackageImpl#getRunResult()
	 * @generated
	 */
	int RUN_RESULT = 1;

	/**
	 * The feature id for the '<em><b>Scenario Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__SCENARIO_NAME = 0;

	/**
	 * The feature id for the '<em><b>Strategy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__STRATEGY = 1;

	/**
	 * The feature id for the '<em><b>Verdict</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__VERDICT = 2;

	/**
	 * The feature id for the '<em><b>Expected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__EXPECTED = 3;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__MESSAGE = 4;

	/**
	 * The feature id for the '<em><b>Unnecessary Cows</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__UNNECESSARY_COWS = 5;

	/**
	 * The feature id for the '<em><b>Error</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__ERROR = 6;

	/**
	 * The feature id for the '<em><b>Incomplete Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__INCOMPLETE_REASON = 7;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__CONDITIONS = 8;

	/**
	 * The feature id for the '<em><b>Violations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__VIOLATIONS = 9;

	/**
	 * The feature id for the '<em><b>Statistics</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__STATISTICS = 10;

	/**
	 * The feature id for the '<em><b>Witness</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__WITNESS = 11;

	/**
	 * The number of structural features of the '<em>Run Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Run Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.result.impl.ConditionResultImpl <em>Condition Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.result.impl.ConditionResultImpl
	 * @see org.mmrace.model.result.impl.ResultPackageImpl#getConditionResult()
	 * @generated
	 */
	int CONDITION_RESULT = 2;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_RESULT__LABEL = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_RESULT__KIND = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_RESULT__TEXT = 2;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_RESULT__LINE = 3;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_RESULT__COLUMN = 4;

	/**
	 * The feature id for the '<em><b>Observation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_RESULT__OBSERVATION = 5;

	/**
	 * The feature id for the '<em><b>Positive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_RESULT__POSITIVE = 6;

	/**
	 * The feature id for the '<em><b>Negative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_RESULT__NEGATIVE = 7;

	/**
	 * The feature id for the '<em><b>Satisfied</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_RESULT__SATISFIED = 8;

	/**
	 * The feature id for the '<em><b>Trace</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_RESULT__TRACE = 9;

	/**
	 * The number of structural features of the '<em>Condition Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_RESULT_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Condition Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_RESULT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.result.impl.ViolationImpl <em>Violation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.result.impl.ViolationImpl
	 * @see org.mmrace.model.result.impl.ResultPackageImpl#getViolation()
	 * @generated
	 */
	int VIOLATION = 3;

	/**
	 * The feature id for the '<em><b>Oracle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION__ORACLE = 0;

	/**
	 * The feature id for the '<em><b>Violation Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION__VIOLATION_CLASS = 1;

	/**
	 * The feature id for the '<em><b>Process</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION__PROCESS = 2;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION__ADDRESS = 3;

	/**
	 * The feature id for the '<em><b>Expected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION__EXPECTED = 4;

	/**
	 * The feature id for the '<em><b>Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION__SEEN = 5;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION__MESSAGE = 6;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION__CONDITION = 7;

	/**
	 * The feature id for the '<em><b>Trace</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION__TRACE = 8;

	/**
	 * The number of structural features of the '<em>Violation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Violation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.result.impl.StatisticsImpl <em>Statistics</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.result.impl.StatisticsImpl
	 * @see org.mmrace.model.result.impl.ResultPackageImpl#getStatistics()
	 * @generated
	 */
	int STATISTICS = 4;

	/**
	 * The feature id for the '<em><b>States</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTICS__STATES = 0;

	/**
	 * The feature id for the '<em><b>Distinct</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTICS__DISTINCT = 1;

	/**
	 * The feature id for the '<em><b>Transitions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTICS__TRANSITIONS = 2;

	/**
	 * The feature id for the '<em><b>Final States</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTICS__FINAL_STATES = 3;

	/**
	 * The feature id for the '<em><b>Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTICS__MILLIS = 4;

	/**
	 * The feature id for the '<em><b>Max Depth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTICS__MAX_DEPTH = 5;

	/**
	 * The feature id for the '<em><b>State Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTICS__STATE_BYTES = 6;

	/**
	 * The feature id for the '<em><b>Reduction</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTICS__REDUCTION = 7;

	/**
	 * The feature id for the '<em><b>Compact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTICS__COMPACT = 8;

	/**
	 * The feature id for the '<em><b>Omission Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTICS__OMISSION_PROBABILITY = 9;

	/**
	 * The number of structural features of the '<em>Statistics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTICS_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Statistics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTICS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.result.impl.ReductionImpl <em>Reduction</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.result.impl.ReductionImpl
	 * @see org.mmrace.model.result.impl.ResultPackageImpl#getReduction()
	 * @generated
	 */
	int REDUCTION = 5;

	/**
	 * The feature id for the '<em><b>Asked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REDUCTION__ASKED = 0;

	/**
	 * The feature id for the '<em><b>On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REDUCTION__ON = 1;

	/**
	 * The feature id for the '<em><b>Pruned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REDUCTION__PRUNED = 2;

	/**
	 * The feature id for the '<em><b>Passes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REDUCTION__PASSES = 3;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REDUCTION__NOTE = 4;

	/**
	 * The number of structural features of the '<em>Reduction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REDUCTION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Reduction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REDUCTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.result.impl.EngineErrorImpl <em>Engine Error</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.result.impl.EngineErrorImpl
	 * @see org.mmrace.model.result.impl.ResultPackageImpl#getEngineError()
	 * @generated
	 */
	int ENGINE_ERROR = 6;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_ERROR__MESSAGE = 0;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_ERROR__LINE = 1;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_ERROR__COLUMN = 2;

	/**
	 * The number of structural features of the '<em>Engine Error</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_ERROR_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Engine Error</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_ERROR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.result.Verdict <em>Verdict</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.result.Verdict
	 * @see org.mmrace.model.result.impl.ResultPackageImpl#getVerdict()
	 * @generated
	 */
	int VERDICT = 7;

	/**
	 * The meta object id for the '{@link org.mmrace.model.result.Observation <em>Observation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.result.Observation
	 * @see org.mmrace.model.result.impl.ResultPackageImpl#getObservation()
	 * @generated
	 */
	int OBSERVATION = 8;

	/**
	 * The meta object id for the '{@link org.mmrace.model.result.Oracle <em>Oracle</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.result.Oracle
	 * @see org.mmrace.model.result.impl.ResultPackageImpl#getOracle()
	 * @generated
	 */
	int ORACLE = 9;

	/**
	 * The meta object id for the '{@link org.mmrace.model.result.ViolationClass <em>Violation Class</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.result.ViolationClass
	 * @see org.mmrace.model.result.impl.ResultPackageImpl#getViolationClass()
	 * @generated
	 */
	int VIOLATION_CLASS = 10;


	/**
	 * Returns the meta object for class '{@link org.mmrace.model.result.ResultFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>File</em>'.
	 * @see org.mmrace.model.result.ResultFile
	 * @generated
	 */
	EClass getResultFile();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.ResultFile#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.mmrace.model.result.ResultFile#getVersion()
	 * @see #getResultFile()
	 * @generated
	 */
	EAttribute getResultFile_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.ResultFile#getScenarioFile <em>Scenario File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scenario File</em>'.
	 * @see org.mmrace.model.result.ResultFile#getScenarioFile()
	 * @see #getResultFile()
	 * @generated
	 */
	EAttribute getResultFile_ScenarioFile();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.ResultFile#getScenarioName <em>Scenario Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scenario Name</em>'.
	 * @see org.mmrace.model.result.ResultFile#getScenarioName()
	 * @see #getResultFile()
	 * @generated
	 */
	EAttribute getResultFile_ScenarioName();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.result.ResultFile#getResults <em>Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Results</em>'.
	 * @see org.mmrace.model.result.ResultFile#getResults()
	 * @see #getResultFile()
	 * @generated
	 */
	EReference getResultFile_Results();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.result.RunResult <em>Run Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Run Result</em>'.
	 * @see org.mmrace.model.result.RunResult
	 * @generated
	 */
	EClass getRunResult();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.RunResult#getScenarioName <em>Scenario Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scenario Name</em>'.
	 * @see org.mmrace.model.result.RunResult#getScenarioName()
	 * @see #getRunResult()
	 * @generated
	 */
	EAttribute getRunResult_ScenarioName();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.RunResult#getStrategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strategy</em>'.
	 * @see org.mmrace.model.result.RunResult#getStrategy()
	 * @see #getRunResult()
	 * @generated
	 */
	EAttribute getRunResult_Strategy();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.RunResult#getVerdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verdict</em>'.
	 * @see org.mmrace.model.result.RunResult#getVerdict()
	 * @see #getRunResult()
	 * @generated
	 */
	EAttribute getRunResult_Verdict();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.RunResult#getExpected <em>Expected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected</em>'.
	 * @see org.mmrace.model.result.RunResult#getExpected()
	 * @see #getRunResult()
	 * @generated
	 */
	EAttribute getRunResult_Expected();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.RunResult#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.mmrace.model.result.RunResult#getMessage()
	 * @see #getRunResult()
	 * @generated
	 */
	EAttribute getRunResult_Message();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.RunResult#getUnnecessaryCows <em>Unnecessary Cows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unnecessary Cows</em>'.
	 * @see org.mmrace.model.result.RunResult#getUnnecessaryCows()
	 * @see #getRunResult()
	 * @generated
	 */
	EAttribute getRunResult_UnnecessaryCows();

	/**
	 * Returns the meta object for the containment reference '{@link org.mmrace.model.result.RunResult#getError <em>Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Error</em>'.
	 * @see org.mmrace.model.result.RunResult#getError()
	 * @see #getRunResult()
	 * @generated
	 */
	EReference getRunResult_Error();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.RunResult#getIncompleteReason <em>Incomplete Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Incomplete Reason</em>'.
	 * @see org.mmrace.model.result.RunResult#getIncompleteReason()
	 * @see #getRunResult()
	 * @generated
	 */
	EAttribute getRunResult_IncompleteReason();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.result.RunResult#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see org.mmrace.model.result.RunResult#getConditions()
	 * @see #getRunResult()
	 * @generated
	 */
	EReference getRunResult_Conditions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.result.RunResult#getViolations <em>Violations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Violations</em>'.
	 * @see org.mmrace.model.result.RunResult#getViolations()
	 * @see #getRunResult()
	 * @generated
	 */
	EReference getRunResult_Violations();

	/**
	 * Returns the meta object for the containment reference '{@link org.mmrace.model.result.RunResult#getStatistics <em>Statistics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Statistics</em>'.
	 * @see org.mmrace.model.result.RunResult#getStatistics()
	 * @see #getRunResult()
	 * @generated
	 */
	EReference getRunResult_Statistics();

	/**
	 * Returns the meta object for the containment reference '{@link org.mmrace.model.result.RunResult#getWitness <em>Witness</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Witness</em>'.
	 * @see org.mmrace.model.result.RunResult#getWitness()
	 * @see #getRunResult()
	 * @generated
	 */
	EReference getRunResult_Witness();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.result.ConditionResult <em>Condition Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Condition Result</em>'.
	 * @see org.mmrace.model.result.ConditionResult
	 * @generated
	 */
	EClass getConditionResult();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.ConditionResult#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.mmrace.model.result.ConditionResult#getLabel()
	 * @see #getConditionResult()
	 * @generated
	 */
	EAttribute getConditionResult_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.ConditionResult#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.mmrace.model.result.ConditionResult#getKind()
	 * @see #getConditionResult()
	 * @generated
	 */
	EAttribute getConditionResult_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.ConditionResult#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.mmrace.model.result.ConditionResult#getText()
	 * @see #getConditionResult()
	 * @generated
	 */
	EAttribute getConditionResult_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.ConditionResult#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.mmrace.model.result.ConditionResult#getLine()
	 * @see #getConditionResult()
	 * @generated
	 */
	EAttribute getConditionResult_Line();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.ConditionResult#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see org.mmrace.model.result.ConditionResult#getColumn()
	 * @see #getConditionResult()
	 * @generated
	 */
	EAttribute getConditionResult_Column();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.ConditionResult#getObservation <em>Observation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observation</em>'.
	 * @see org.mmrace.model.result.ConditionResult#getObservation()
	 * @see #getConditionResult()
	 * @generated
	 */
	EAttribute getConditionResult_Observation();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.ConditionResult#getPositive <em>Positive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Positive</em>'.
	 * @see org.mmrace.model.result.ConditionResult#getPositive()
	 * @see #getConditionResult()
	 * @generated
	 */
	EAttribute getConditionResult_Positive();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.ConditionResult#getNegative <em>Negative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Negative</em>'.
	 * @see org.mmrace.model.result.ConditionResult#getNegative()
	 * @see #getConditionResult()
	 * @generated
	 */
	EAttribute getConditionResult_Negative();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.ConditionResult#isSatisfied <em>Satisfied</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Satisfied</em>'.
	 * @see org.mmrace.model.result.ConditionResult#isSatisfied()
	 * @see #getConditionResult()
	 * @generated
	 */
	EAttribute getConditionResult_Satisfied();

	/**
	 * Returns the meta object for the containment reference '{@link org.mmrace.model.result.ConditionResult#getTrace <em>Trace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Trace</em>'.
	 * @see org.mmrace.model.result.ConditionResult#getTrace()
	 * @see #getConditionResult()
	 * @generated
	 */
	EReference getConditionResult_Trace();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.result.Violation <em>Violation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Violation</em>'.
	 * @see org.mmrace.model.result.Violation
	 * @generated
	 */
	EClass getViolation();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.Violation#getOracle <em>Oracle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Oracle</em>'.
	 * @see org.mmrace.model.result.Violation#getOracle()
	 * @see #getViolation()
	 * @generated
	 */
	EAttribute getViolation_Oracle();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.Violation#getViolationClass <em>Violation Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Violation Class</em>'.
	 * @see org.mmrace.model.result.Violation#getViolationClass()
	 * @see #getViolation()
	 * @generated
	 */
	EAttribute getViolation_ViolationClass();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.Violation#getProcess <em>Process</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Process</em>'.
	 * @see org.mmrace.model.result.Violation#getProcess()
	 * @see #getViolation()
	 * @generated
	 */
	EAttribute getViolation_Process();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.Violation#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.mmrace.model.result.Violation#getAddress()
	 * @see #getViolation()
	 * @generated
	 */
	EAttribute getViolation_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.Violation#getExpected <em>Expected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected</em>'.
	 * @see org.mmrace.model.result.Violation#getExpected()
	 * @see #getViolation()
	 * @generated
	 */
	EAttribute getViolation_Expected();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.Violation#getSeen <em>Seen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seen</em>'.
	 * @see org.mmrace.model.result.Violation#getSeen()
	 * @see #getViolation()
	 * @generated
	 */
	EAttribute getViolation_Seen();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.Violation#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.mmrace.model.result.Violation#getMessage()
	 * @see #getViolation()
	 * @generated
	 */
	EAttribute getViolation_Message();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.Violation#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.mmrace.model.result.Violation#getCondition()
	 * @see #getViolation()
	 * @generated
	 */
	EAttribute getViolation_Condition();

	/**
	 * Returns the meta object for the containment reference '{@link org.mmrace.model.result.Violation#getTrace <em>Trace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Trace</em>'.
	 * @see org.mmrace.model.result.Violation#getTrace()
	 * @see #getViolation()
	 * @generated
	 */
	EReference getViolation_Trace();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.result.Statistics <em>Statistics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Statistics</em>'.
	 * @see org.mmrace.model.result.Statistics
	 * @generated
	 */
	EClass getStatistics();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.Statistics#getStates <em>States</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>States</em>'.
	 * @see org.mmrace.model.result.Statistics#getStates()
	 * @see #getStatistics()
	 * @generated
	 */
	EAttribute getStatistics_States();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.Statistics#getDistinct <em>Distinct</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Distinct</em>'.
	 * @see org.mmrace.model.result.Statistics#getDistinct()
	 * @see #getStatistics()
	 * @generated
	 */
	EAttribute getStatistics_Distinct();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.Statistics#getTransitions <em>Transitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Transitions</em>'.
	 * @see org.mmrace.model.result.Statistics#getTransitions()
	 * @see #getStatistics()
	 * @generated
	 */
	EAttribute getStatistics_Transitions();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.Statistics#getFinalStates <em>Final States</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Final States</em>'.
	 * @see org.mmrace.model.result.Statistics#getFinalStates()
	 * @see #getStatistics()
	 * @generated
	 */
	EAttribute getStatistics_FinalStates();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.Statistics#getMillis <em>Millis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Millis</em>'.
	 * @see org.mmrace.model.result.Statistics#getMillis()
	 * @see #getStatistics()
	 * @generated
	 */
	EAttribute getStatistics_Millis();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.Statistics#getMaxDepth <em>Max Depth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Depth</em>'.
	 * @see org.mmrace.model.result.Statistics#getMaxDepth()
	 * @see #getStatistics()
	 * @generated
	 */
	EAttribute getStatistics_MaxDepth();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.Statistics#getStateBytes <em>State Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State Bytes</em>'.
	 * @see org.mmrace.model.result.Statistics#getStateBytes()
	 * @see #getStatistics()
	 * @generated
	 */
	EAttribute getStatistics_StateBytes();

	/**
	 * Returns the meta object for the containment reference '{@link org.mmrace.model.result.Statistics#getReduction <em>Reduction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Reduction</em>'.
	 * @see org.mmrace.model.result.Statistics#getReduction()
	 * @see #getStatistics()
	 * @generated
	 */
	EReference getStatistics_Reduction();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.Statistics#isCompact <em>Compact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Compact</em>'.
	 * @see org.mmrace.model.result.Statistics#isCompact()
	 * @see #getStatistics()
	 * @generated
	 */
	EAttribute getStatistics_Compact();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.Statistics#getOmissionProbability <em>Omission Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Omission Probability</em>'.
	 * @see org.mmrace.model.result.Statistics#getOmissionProbability()
	 * @see #getStatistics()
	 * @generated
	 */
	EAttribute getStatistics_OmissionProbability();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.result.Reduction <em>Reduction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reduction</em>'.
	 * @see org.mmrace.model.result.Reduction
	 * @generated
	 */
	EClass getReduction();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.Reduction#isAsked <em>Asked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Asked</em>'.
	 * @see org.mmrace.model.result.Reduction#isAsked()
	 * @see #getReduction()
	 * @generated
	 */
	EAttribute getReduction_Asked();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.Reduction#isOn <em>On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>On</em>'.
	 * @see org.mmrace.model.result.Reduction#isOn()
	 * @see #getReduction()
	 * @generated
	 */
	EAttribute getReduction_On();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.Reduction#getPruned <em>Pruned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pruned</em>'.
	 * @see org.mmrace.model.result.Reduction#getPruned()
	 * @see #getReduction()
	 * @generated
	 */
	EAttribute getReduction_Pruned();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.Reduction#getPasses <em>Passes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Passes</em>'.
	 * @see org.mmrace.model.result.Reduction#getPasses()
	 * @see #getReduction()
	 * @generated
	 */
	EAttribute getReduction_Passes();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.Reduction#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.mmrace.model.result.Reduction#getNote()
	 * @see #getReduction()
	 * @generated
	 */
	EAttribute getReduction_Note();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.result.EngineError <em>Engine Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Engine Error</em>'.
	 * @see org.mmrace.model.result.EngineError
	 * @generated
	 */
	EClass getEngineError();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.EngineError#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.mmrace.model.result.EngineError#getMessage()
	 * @see #getEngineError()
	 * @generated
	 */
	EAttribute getEngineError_Message();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.EngineError#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.mmrace.model.result.EngineError#getLine()
	 * @see #getEngineError()
	 * @generated
	 */
	EAttribute getEngineError_Line();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.result.EngineError#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see org.mmrace.model.result.EngineError#getColumn()
	 * @see #getEngineError()
	 * @generated
	 */
	EAttribute getEngineError_Column();

	/**
	 * Returns the meta object for enum '{@link org.mmrace.model.result.Verdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Verdict</em>'.
	 * @see org.mmrace.model.result.Verdict
	 * @generated
	 */
	EEnum getVerdict();

	/**
	 * Returns the meta object for enum '{@link org.mmrace.model.result.Observation <em>Observation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Observation</em>'.
	 * @see org.mmrace.model.result.Observation
	 * @generated
	 */
	EEnum getObservation();

	/**
	 * Returns the meta object for enum '{@link org.mmrace.model.result.Oracle <em>Oracle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Oracle</em>'.
	 * @see org.mmrace.model.result.Oracle
	 * @generated
	 */
	EEnum getOracle();

	/**
	 * Returns the meta object for enum '{@link org.mmrace.model.result.ViolationClass <em>Violation Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Violation Class</em>'.
	 * @see org.mmrace.model.result.ViolationClass
	 * @generated
	 */
	EEnum getViolationClass();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ResultFactory getResultFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.mmrace.model.result.impl.ResultFileImpl <em>File</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.result.impl.ResultFileImpl
		 * @see org.mmrace.model.result.impl.ResultPackageImpl#getResultFile()
		 * @generated
		 */
		EClass RESULT_FILE = eINSTANCE.getResultFile();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT_FILE__VERSION = eINSTANCE.getResultFile_Version();

		/**
		 * The meta object literal for the '<em><b>Scenario File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT_FILE__SCENARIO_FILE = eINSTANCE.getResultFile_ScenarioFile();

		/**
		 * The meta object literal for the '<em><b>Scenario Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT_FILE__SCENARIO_NAME = eINSTANCE.getResultFile_ScenarioName();

		/**
		 * The meta object literal for the '<em><b>Results</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESULT_FILE__RESULTS = eINSTANCE.getResultFile_Results();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.result.impl.RunResultImpl <em>Run Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.result.impl.RunResultImpl
		 * @see org.mmrace.model.result.impl.ResultPackageImpl#getRunResult()
		 * @generated
		 */
		EClass RUN_RESULT = eINSTANCE.getRunResult();

		/**
		 * The meta object literal for the '<em><b>Scenario Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULT__SCENARIO_NAME = eINSTANCE.getRunResult_ScenarioName();

		/**
		 * The meta object literal for the '<em><b>Strategy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULT__STRATEGY = eINSTANCE.getRunResult_Strategy();

		/**
		 * The meta object literal for the '<em><b>Verdict</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULT__VERDICT = eINSTANCE.getRunResult_Verdict();

		/**
		 * The meta object literal for the '<em><b>Expected</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULT__EXPECTED = eINSTANCE.getRunResult_Expected();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULT__MESSAGE = eINSTANCE.getRunResult_Message();

		/**
		 * The meta object literal for the '<em><b>Unnecessary Cows</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULT__UNNECESSARY_COWS = eINSTANCE.getRunResult_UnnecessaryCows();

		/**
		 * The meta object literal for the '<em><b>Error</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN_RESULT__ERROR = eINSTANCE.getRunResult_Error();

		/**
		 * The meta object literal for the '<em><b>Incomplete Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULT__INCOMPLETE_REASON = eINSTANCE.getRunResult_IncompleteReason();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN_RESULT__CONDITIONS = eINSTANCE.getRunResult_Conditions();

		/**
		 * The meta object literal for the '<em><b>Violations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN_RESULT__VIOLATIONS = eINSTANCE.getRunResult_Violations();

		/**
		 * The meta object literal for the '<em><b>Statistics</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN_RESULT__STATISTICS = eINSTANCE.getRunResult_Statistics();

		/**
		 * The meta object literal for the '<em><b>Witness</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN_RESULT__WITNESS = eINSTANCE.getRunResult_Witness();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.result.impl.ConditionResultImpl <em>Condition Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.result.impl.ConditionResultImpl
		 * @see org.mmrace.model.result.impl.ResultPackageImpl#getConditionResult()
		 * @generated
		 */
		EClass CONDITION_RESULT = eINSTANCE.getConditionResult();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION_RESULT__LABEL = eINSTANCE.getConditionResult_Label();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION_RESULT__KIND = eINSTANCE.getConditionResult_Kind();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION_RESULT__TEXT = eINSTANCE.getConditionResult_Text();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION_RESULT__LINE = eINSTANCE.getConditionResult_Line();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION_RESULT__COLUMN = eINSTANCE.getConditionResult_Column();

		/**
		 * The meta object literal for the '<em><b>Observation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION_RESULT__OBSERVATION = eINSTANCE.getConditionResult_Observation();

		/**
		 * The meta object literal for the '<em><b>Positive</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION_RESULT__POSITIVE = eINSTANCE.getConditionResult_Positive();

		/**
		 * The meta object literal for the '<em><b>Negative</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION_RESULT__NEGATIVE = eINSTANCE.getConditionResult_Negative();

		/**
		 * The meta object literal for the '<em><b>Satisfied</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION_RESULT__SATISFIED = eINSTANCE.getConditionResult_Satisfied();

		/**
		 * The meta object literal for the '<em><b>Trace</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITION_RESULT__TRACE = eINSTANCE.getConditionResult_Trace();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.result.impl.ViolationImpl <em>Violation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.result.impl.ViolationImpl
		 * @see org.mmrace.model.result.impl.ResultPackageImpl#getViolation()
		 * @generated
		 */
		EClass VIOLATION = eINSTANCE.getViolation();

		/**
		 * The meta object literal for the '<em><b>Oracle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIOLATION__ORACLE = eINSTANCE.getViolation_Oracle();

		/**
		 * The meta object literal for the '<em><b>Violation Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIOLATION__VIOLATION_CLASS = eINSTANCE.getViolation_ViolationClass();

		/**
		 * The meta object literal for the '<em><b>Process</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIOLATION__PROCESS = eINSTANCE.getViolation_Process();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIOLATION__ADDRESS = eINSTANCE.getViolation_Address();

		/**
		 * The meta object literal for the '<em><b>Expected</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIOLATION__EXPECTED = eINSTANCE.getViolation_Expected();

		/**
		 * The meta object literal for the '<em><b>Seen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIOLATION__SEEN = eINSTANCE.getViolation_Seen();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIOLATION__MESSAGE = eINSTANCE.getViolation_Message();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIOLATION__CONDITION = eINSTANCE.getViolation_Condition();

		/**
		 * The meta object literal for the '<em><b>Trace</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIOLATION__TRACE = eINSTANCE.getViolation_Trace();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.result.impl.StatisticsImpl <em>Statistics</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.result.impl.StatisticsImpl
		 * @see org.mmrace.model.result.impl.ResultPackageImpl#getStatistics()
		 * @generated
		 */
		EClass STATISTICS = eINSTANCE.getStatistics();

		/**
		 * The meta object literal for the '<em><b>States</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATISTICS__STATES = eINSTANCE.getStatistics_States();

		/**
		 * The meta object literal for the '<em><b>Distinct</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATISTICS__DISTINCT = eINSTANCE.getStatistics_Distinct();

		/**
		 * The meta object literal for the '<em><b>Transitions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATISTICS__TRANSITIONS = eINSTANCE.getStatistics_Transitions();

		/**
		 * The meta object literal for the '<em><b>Final States</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATISTICS__FINAL_STATES = eINSTANCE.getStatistics_FinalStates();

		/**
		 * The meta object literal for the '<em><b>Millis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATISTICS__MILLIS = eINSTANCE.getStatistics_Millis();

		/**
		 * The meta object literal for the '<em><b>Max Depth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATISTICS__MAX_DEPTH = eINSTANCE.getStatistics_MaxDepth();

		/**
		 * The meta object literal for the '<em><b>State Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATISTICS__STATE_BYTES = eINSTANCE.getStatistics_StateBytes();

		/**
		 * The meta object literal for the '<em><b>Reduction</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATISTICS__REDUCTION = eINSTANCE.getStatistics_Reduction();

		/**
		 * The meta object literal for the '<em><b>Compact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATISTICS__COMPACT = eINSTANCE.getStatistics_Compact();

		/**
		 * The meta object literal for the '<em><b>Omission Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATISTICS__OMISSION_PROBABILITY = eINSTANCE.getStatistics_OmissionProbability();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.result.impl.ReductionImpl <em>Reduction</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.result.impl.ReductionImpl
		 * @see org.mmrace.model.result.impl.ResultPackageImpl#getReduction()
		 * @generated
		 */
		EClass REDUCTION = eINSTANCE.getReduction();

		/**
		 * The meta object literal for the '<em><b>Asked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REDUCTION__ASKED = eINSTANCE.getReduction_Asked();

		/**
		 * The meta object literal for the '<em><b>On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REDUCTION__ON = eINSTANCE.getReduction_On();

		/**
		 * The meta object literal for the '<em><b>Pruned</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REDUCTION__PRUNED = eINSTANCE.getReduction_Pruned();

		/**
		 * The meta object literal for the '<em><b>Passes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REDUCTION__PASSES = eINSTANCE.getReduction_Passes();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REDUCTION__NOTE = eINSTANCE.getReduction_Note();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.result.impl.EngineErrorImpl <em>Engine Error</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.result.impl.EngineErrorImpl
		 * @see org.mmrace.model.result.impl.ResultPackageImpl#getEngineError()
		 * @generated
		 */
		EClass ENGINE_ERROR = eINSTANCE.getEngineError();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGINE_ERROR__MESSAGE = eINSTANCE.getEngineError_Message();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGINE_ERROR__LINE = eINSTANCE.getEngineError_Line();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGINE_ERROR__COLUMN = eINSTANCE.getEngineError_Column();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.result.Verdict <em>Verdict</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.result.Verdict
		 * @see org.mmrace.model.result.impl.ResultPackageImpl#getVerdict()
		 * @generated
		 */
		EEnum VERDICT = eINSTANCE.getVerdict();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.result.Observation <em>Observation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.result.Observation
		 * @see org.mmrace.model.result.impl.ResultPackageImpl#getObservation()
		 * @generated
		 */
		EEnum OBSERVATION = eINSTANCE.getObservation();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.result.Oracle <em>Oracle</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.result.Oracle
		 * @see org.mmrace.model.result.impl.ResultPackageImpl#getOracle()
		 * @generated
		 */
		EEnum ORACLE = eINSTANCE.getOracle();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.result.ViolationClass <em>Violation Class</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.result.ViolationClass
		 * @see org.mmrace.model.result.impl.ResultPackageImpl#getViolationClass()
		 * @generated
		 */
		EEnum VIOLATION_CLASS = eINSTANCE.getViolationClass();

	}

} //ResultPackage
