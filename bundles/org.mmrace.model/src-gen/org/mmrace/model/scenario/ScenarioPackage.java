/**
 */
package org.mmrace.model.scenario;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
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
 * A .race scenario (format version 1): processes and their memory, threads running memory-management operations, final conditions, expectations and user-defined strategies. Every element keeps its source position and the comments around it, so that the formatter and the EMF resource can write the file back.
 * <!-- end-model-doc -->
 * @see org.mmrace.model.scenario.ScenarioFactory
 * @model kind="package"
 * @generated
 */
public interface ScenarioPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "scenario";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.mmrace.org/model/scenario/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "scenario";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ScenarioPackage eINSTANCE = org.mmrace.model.scenario.impl.ScenarioPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.ElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.ElementImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getElement()
	 * @generated
	 */
	int ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__OFFSET = 0;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__LENGTH = 1;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__LINE = 2;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__COLUMN = 3;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__COMMENTS = 4;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__TRAILING_COMMENT = 5;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__BLANK_LINE_BEFORE = 6;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.ScenarioImpl <em>Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.ScenarioImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getScenario()
	 * @generated
	 */
	int SCENARIO = 1;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__OFFSET = ELEMENT__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__LENGTH = ELEMENT__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__LINE = ELEMENT__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__COLUMN = ELEMENT__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__COMMENTS = ELEMENT__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__TRAILING_COMMENT = ELEMENT__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__BLANK_LINE_BEFORE = ELEMENT__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__NAME = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__PROPERTIES = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Processes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__PROCESSES = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__MAPPINGS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__THREADS = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__CONDITIONS = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Expectations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__EXPECTATIONS = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Strategies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__STRATEGIES = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>End Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__END_COMMENTS = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The operation id for the '<em>Find Property</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO___FIND_PROPERTY__PROPERTYKEY = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.ScenarioPropertyImpl <em>Property</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.ScenarioPropertyImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getScenarioProperty()
	 * @generated
	 */
	int SCENARIO_PROPERTY = 2;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_PROPERTY__OFFSET = ELEMENT__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_PROPERTY__LENGTH = ELEMENT__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_PROPERTY__LINE = ELEMENT__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_PROPERTY__COLUMN = ELEMENT__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_PROPERTY__COMMENTS = ELEMENT__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_PROPERTY__TRAILING_COMMENT = ELEMENT__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_PROPERTY__BLANK_LINE_BEFORE = ELEMENT__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_PROPERTY__KEY = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_PROPERTY__VALUE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_PROPERTY_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_PROPERTY_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.ScenarioProcessImpl <em>Process</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.ScenarioProcessImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getScenarioProcess()
	 * @generated
	 */
	int SCENARIO_PROCESS = 3;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_PROCESS__OFFSET = ELEMENT__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_PROCESS__LENGTH = ELEMENT__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_PROCESS__LINE = ELEMENT__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_PROCESS__COLUMN = ELEMENT__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_PROCESS__COMMENTS = ELEMENT__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_PROCESS__TRAILING_COMMENT = ELEMENT__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_PROCESS__BLANK_LINE_BEFORE = ELEMENT__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_PROCESS__NAME = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Process</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_PROCESS_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Process</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_PROCESS_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.MappingImpl <em>Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.MappingImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getMapping()
	 * @generated
	 */
	int MAPPING = 4;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__OFFSET = ELEMENT__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__LENGTH = ELEMENT__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__LINE = ELEMENT__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__COLUMN = ELEMENT__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__COMMENTS = ELEMENT__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__TRAILING_COMMENT = ELEMENT__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__BLANK_LINE_BEFORE = ELEMENT__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Process</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__PROCESS = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__REGION = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__KIND = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sharing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__SHARING = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Protection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__PROTECTION = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__PAGES = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Fill</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__FILL = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Thp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__THP = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.ScenarioThreadImpl <em>Thread</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.ScenarioThreadImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getScenarioThread()
	 * @generated
	 */
	int SCENARIO_THREAD = 5;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_THREAD__OFFSET = ELEMENT__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_THREAD__LENGTH = ELEMENT__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_THREAD__LINE = ELEMENT__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_THREAD__COLUMN = ELEMENT__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_THREAD__COMMENTS = ELEMENT__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_THREAD__TRAILING_COMMENT = ELEMENT__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_THREAD__BLANK_LINE_BEFORE = ELEMENT__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Process</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_THREAD__PROCESS = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_THREAD__NAME = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_THREAD__KERNEL = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_THREAD__OPERATIONS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Thread</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_THREAD_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Thread</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_THREAD_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.AddressImpl <em>Address</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.AddressImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getAddress()
	 * @generated
	 */
	int ADDRESS = 6;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__OFFSET = ELEMENT__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__LENGTH = ELEMENT__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__LINE = ELEMENT__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__COLUMN = ELEMENT__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__COMMENTS = ELEMENT__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__TRAILING_COMMENT = ELEMENT__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__BLANK_LINE_BEFORE = ELEMENT__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Process</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__PROCESS = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__REGION = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__PAGE = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>First Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__FIRST_SECTOR = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Last Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__LAST_SECTOR = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Address</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Address</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.RegionRefImpl <em>Region Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.RegionRefImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getRegionRef()
	 * @generated
	 */
	int REGION_REF = 7;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_REF__OFFSET = ELEMENT__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_REF__LENGTH = ELEMENT__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_REF__LINE = ELEMENT__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_REF__COLUMN = ELEMENT__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_REF__COMMENTS = ELEMENT__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_REF__TRAILING_COMMENT = ELEMENT__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_REF__BLANK_LINE_BEFORE = ELEMENT__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Process</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_REF__PROCESS = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_REF__REGION = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>First Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_REF__FIRST_PAGE = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Last Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_REF__LAST_PAGE = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Region Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_REF_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Region Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_REF_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.SectorRangeImpl <em>Sector Range</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.SectorRangeImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getSectorRange()
	 * @generated
	 */
	int SECTOR_RANGE = 8;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR_RANGE__OFFSET = ELEMENT__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR_RANGE__LENGTH = ELEMENT__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR_RANGE__LINE = ELEMENT__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR_RANGE__COLUMN = ELEMENT__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR_RANGE__COMMENTS = ELEMENT__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR_RANGE__TRAILING_COMMENT = ELEMENT__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR_RANGE__BLANK_LINE_BEFORE = ELEMENT__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>First</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR_RANGE__FIRST = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Last</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR_RANGE__LAST = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Sector Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR_RANGE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Sector Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR_RANGE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.OperationImpl <em>Operation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.OperationImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getOperation()
	 * @generated
	 */
	int OPERATION = 9;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION__OFFSET = ELEMENT__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION__LENGTH = ELEMENT__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION__LINE = ELEMENT__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION__COLUMN = ELEMENT__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION__COMMENTS = ELEMENT__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION__TRAILING_COMMENT = ELEMENT__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION__BLANK_LINE_BEFORE = ELEMENT__BLANK_LINE_BEFORE;

	/**
	 * The number of structural features of the '<em>Operation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Operation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.StoreImpl <em>Store</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.StoreImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getStore()
	 * @generated
	 */
	int STORE = 10;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORE__OFFSET = OPERATION__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORE__LENGTH = OPERATION__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORE__LINE = OPERATION__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORE__COLUMN = OPERATION__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORE__COMMENTS = OPERATION__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORE__TRAILING_COMMENT = OPERATION__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORE__BLANK_LINE_BEFORE = OPERATION__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Address</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORE__ADDRESS = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORE__DATA = OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Store</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORE_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Store</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORE_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.LoadImpl <em>Load</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.LoadImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getLoad()
	 * @generated
	 */
	int LOAD = 11;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAD__OFFSET = OPERATION__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAD__LENGTH = OPERATION__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAD__LINE = OPERATION__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAD__COLUMN = OPERATION__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAD__COMMENTS = OPERATION__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAD__TRAILING_COMMENT = OPERATION__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAD__BLANK_LINE_BEFORE = OPERATION__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Address</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAD__ADDRESS = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Register</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAD__REGISTER = OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Load</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAD_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Load</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAD_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.ForkImpl <em>Fork</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.ForkImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getFork()
	 * @generated
	 */
	int FORK = 12;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORK__OFFSET = OPERATION__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORK__LENGTH = OPERATION__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORK__LINE = OPERATION__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORK__COLUMN = OPERATION__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORK__COMMENTS = OPERATION__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORK__TRAILING_COMMENT = OPERATION__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORK__BLANK_LINE_BEFORE = OPERATION__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Child</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORK__CHILD = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Fork</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORK_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Fork</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORK_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.ExitImpl <em>Exit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.ExitImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getExit()
	 * @generated
	 */
	int EXIT = 13;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXIT__OFFSET = OPERATION__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXIT__LENGTH = OPERATION__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXIT__LINE = OPERATION__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXIT__COLUMN = OPERATION__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXIT__COMMENTS = OPERATION__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXIT__TRAILING_COMMENT = OPERATION__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXIT__BLANK_LINE_BEFORE = OPERATION__BLANK_LINE_BEFORE;

	/**
	 * The number of structural features of the '<em>Exit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXIT_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Exit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXIT_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.MunmapImpl <em>Munmap</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.MunmapImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getMunmap()
	 * @generated
	 */
	int MUNMAP = 14;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNMAP__OFFSET = OPERATION__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNMAP__LENGTH = OPERATION__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNMAP__LINE = OPERATION__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNMAP__COLUMN = OPERATION__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNMAP__COMMENTS = OPERATION__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNMAP__TRAILING_COMMENT = OPERATION__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNMAP__BLANK_LINE_BEFORE = OPERATION__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Region</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNMAP__REGION = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Munmap</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNMAP_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Munmap</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNMAP_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.MprotectImpl <em>Mprotect</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.MprotectImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getMprotect()
	 * @generated
	 */
	int MPROTECT = 15;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MPROTECT__OFFSET = OPERATION__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MPROTECT__LENGTH = OPERATION__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MPROTECT__LINE = OPERATION__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MPROTECT__COLUMN = OPERATION__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MPROTECT__COMMENTS = OPERATION__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MPROTECT__TRAILING_COMMENT = OPERATION__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MPROTECT__BLANK_LINE_BEFORE = OPERATION__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Region</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MPROTECT__REGION = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Protection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MPROTECT__PROTECTION = OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Mprotect</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MPROTECT_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Mprotect</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MPROTECT_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.MadviseImpl <em>Madvise</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.MadviseImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getMadvise()
	 * @generated
	 */
	int MADVISE = 16;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MADVISE__OFFSET = OPERATION__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MADVISE__LENGTH = OPERATION__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MADVISE__LINE = OPERATION__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MADVISE__COLUMN = OPERATION__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MADVISE__COMMENTS = OPERATION__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MADVISE__TRAILING_COMMENT = OPERATION__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MADVISE__BLANK_LINE_BEFORE = OPERATION__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Region</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MADVISE__REGION = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Advice</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MADVISE__ADVICE = OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Madvise</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MADVISE_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Madvise</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MADVISE_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.CollapseImpl <em>Collapse</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.CollapseImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getCollapse()
	 * @generated
	 */
	int COLLAPSE = 17;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLAPSE__OFFSET = OPERATION__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLAPSE__LENGTH = OPERATION__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLAPSE__LINE = OPERATION__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLAPSE__COLUMN = OPERATION__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLAPSE__COMMENTS = OPERATION__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLAPSE__TRAILING_COMMENT = OPERATION__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLAPSE__BLANK_LINE_BEFORE = OPERATION__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Region</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLAPSE__REGION = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Collapse</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLAPSE_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Collapse</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLAPSE_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.DirectIoImpl <em>Direct Io</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.DirectIoImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getDirectIo()
	 * @generated
	 */
	int DIRECT_IO = 18;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_IO__OFFSET = OPERATION__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_IO__LENGTH = OPERATION__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_IO__LINE = OPERATION__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_IO__COLUMN = OPERATION__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_IO__COMMENTS = OPERATION__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_IO__TRAILING_COMMENT = OPERATION__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_IO__BLANK_LINE_BEFORE = OPERATION__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Address</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_IO__ADDRESS = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Gup</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_IO__GUP = OPERATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_IO__REFERENCE = OPERATION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Asynchronous</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_IO__ASYNCHRONOUS = OPERATION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Handle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_IO__HANDLE = OPERATION_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Direct Io</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_IO_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Direct Io</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_IO_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.DioReadImpl <em>Dio Read</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.DioReadImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getDioRead()
	 * @generated
	 */
	int DIO_READ = 19;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_READ__OFFSET = DIRECT_IO__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_READ__LENGTH = DIRECT_IO__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_READ__LINE = DIRECT_IO__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_READ__COLUMN = DIRECT_IO__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_READ__COMMENTS = DIRECT_IO__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_READ__TRAILING_COMMENT = DIRECT_IO__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_READ__BLANK_LINE_BEFORE = DIRECT_IO__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Address</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_READ__ADDRESS = DIRECT_IO__ADDRESS;

	/**
	 * The feature id for the '<em><b>Gup</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_READ__GUP = DIRECT_IO__GUP;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_READ__REFERENCE = DIRECT_IO__REFERENCE;

	/**
	 * The feature id for the '<em><b>Asynchronous</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_READ__ASYNCHRONOUS = DIRECT_IO__ASYNCHRONOUS;

	/**
	 * The feature id for the '<em><b>Handle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_READ__HANDLE = DIRECT_IO__HANDLE;

	/**
	 * The feature id for the '<em><b>Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_READ__DATA = DIRECT_IO_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Dio Read</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_READ_FEATURE_COUNT = DIRECT_IO_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Dio Read</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_READ_OPERATION_COUNT = DIRECT_IO_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.DioWriteImpl <em>Dio Write</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.DioWriteImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getDioWrite()
	 * @generated
	 */
	int DIO_WRITE = 20;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_WRITE__OFFSET = DIRECT_IO__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_WRITE__LENGTH = DIRECT_IO__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_WRITE__LINE = DIRECT_IO__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_WRITE__COLUMN = DIRECT_IO__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_WRITE__COMMENTS = DIRECT_IO__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_WRITE__TRAILING_COMMENT = DIRECT_IO__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_WRITE__BLANK_LINE_BEFORE = DIRECT_IO__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Address</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_WRITE__ADDRESS = DIRECT_IO__ADDRESS;

	/**
	 * The feature id for the '<em><b>Gup</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_WRITE__GUP = DIRECT_IO__GUP;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_WRITE__REFERENCE = DIRECT_IO__REFERENCE;

	/**
	 * The feature id for the '<em><b>Asynchronous</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_WRITE__ASYNCHRONOUS = DIRECT_IO__ASYNCHRONOUS;

	/**
	 * The feature id for the '<em><b>Handle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_WRITE__HANDLE = DIRECT_IO__HANDLE;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_WRITE__FILE = DIRECT_IO_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Dio Write</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_WRITE_FEATURE_COUNT = DIRECT_IO_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Dio Write</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIO_WRITE_OPERATION_COUNT = DIRECT_IO_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.AioWaitImpl <em>Aio Wait</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.AioWaitImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getAioWait()
	 * @generated
	 */
	int AIO_WAIT = 21;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AIO_WAIT__OFFSET = OPERATION__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AIO_WAIT__LENGTH = OPERATION__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AIO_WAIT__LINE = OPERATION__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AIO_WAIT__COLUMN = OPERATION__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AIO_WAIT__COMMENTS = OPERATION__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AIO_WAIT__TRAILING_COMMENT = OPERATION__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AIO_WAIT__BLANK_LINE_BEFORE = OPERATION__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Handle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AIO_WAIT__HANDLE = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Aio Wait</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AIO_WAIT_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Aio Wait</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AIO_WAIT_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.VmspliceImpl <em>Vmsplice</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.VmspliceImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getVmsplice()
	 * @generated
	 */
	int VMSPLICE = 22;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSPLICE__OFFSET = OPERATION__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSPLICE__LENGTH = OPERATION__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSPLICE__LINE = OPERATION__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSPLICE__COLUMN = OPERATION__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSPLICE__COMMENTS = OPERATION__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSPLICE__TRAILING_COMMENT = OPERATION__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSPLICE__BLANK_LINE_BEFORE = OPERATION__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Address</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSPLICE__ADDRESS = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Pipe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSPLICE__PIPE = OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Vmsplice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSPLICE_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Vmsplice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSPLICE_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.PipeReadImpl <em>Pipe Read</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.PipeReadImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getPipeRead()
	 * @generated
	 */
	int PIPE_READ = 23;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPE_READ__OFFSET = OPERATION__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPE_READ__LENGTH = OPERATION__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPE_READ__LINE = OPERATION__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPE_READ__COLUMN = OPERATION__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPE_READ__COMMENTS = OPERATION__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPE_READ__TRAILING_COMMENT = OPERATION__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPE_READ__BLANK_LINE_BEFORE = OPERATION__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Pipe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPE_READ__PIPE = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Register</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPE_READ__REGISTER = OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Pipe Read</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPE_READ_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Pipe Read</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPE_READ_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.PinImpl <em>Pin</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.PinImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getPin()
	 * @generated
	 */
	int PIN = 24;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIN__OFFSET = OPERATION__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIN__LENGTH = OPERATION__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIN__LINE = OPERATION__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIN__COLUMN = OPERATION__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIN__COMMENTS = OPERATION__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIN__TRAILING_COMMENT = OPERATION__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIN__BLANK_LINE_BEFORE = OPERATION__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Address</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIN__ADDRESS = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Protection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIN__PROTECTION = OPERATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Fast</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIN__FAST = OPERATION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Longterm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIN__LONGTERM = OPERATION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIN__NAME = OPERATION_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Pin</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIN_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Pin</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIN_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.DmaWriteImpl <em>Dma Write</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.DmaWriteImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getDmaWrite()
	 * @generated
	 */
	int DMA_WRITE = 25;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_WRITE__OFFSET = OPERATION__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_WRITE__LENGTH = OPERATION__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_WRITE__LINE = OPERATION__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_WRITE__COLUMN = OPERATION__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_WRITE__COMMENTS = OPERATION__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_WRITE__TRAILING_COMMENT = OPERATION__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_WRITE__BLANK_LINE_BEFORE = OPERATION__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Pin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_WRITE__PIN = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sectors</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_WRITE__SECTORS = OPERATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_WRITE__DATA = OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Dma Write</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_WRITE_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Dma Write</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_WRITE_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.DmaReadImpl <em>Dma Read</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.DmaReadImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getDmaRead()
	 * @generated
	 */
	int DMA_READ = 26;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_READ__OFFSET = OPERATION__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_READ__LENGTH = OPERATION__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_READ__LINE = OPERATION__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_READ__COLUMN = OPERATION__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_READ__COMMENTS = OPERATION__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_READ__TRAILING_COMMENT = OPERATION__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_READ__BLANK_LINE_BEFORE = OPERATION__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Pin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_READ__PIN = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sectors</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_READ__SECTORS = OPERATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Register</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_READ__REGISTER = OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Dma Read</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_READ_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Dma Read</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DMA_READ_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.UnpinImpl <em>Unpin</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.UnpinImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getUnpin()
	 * @generated
	 */
	int UNPIN = 27;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNPIN__OFFSET = OPERATION__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNPIN__LENGTH = OPERATION__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNPIN__LINE = OPERATION__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNPIN__COLUMN = OPERATION__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNPIN__COMMENTS = OPERATION__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNPIN__TRAILING_COMMENT = OPERATION__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNPIN__BLANK_LINE_BEFORE = OPERATION__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Pin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNPIN__PIN = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Unpin</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNPIN_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Unpin</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNPIN_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.KsmMergeImpl <em>Ksm Merge</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.KsmMergeImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getKsmMerge()
	 * @generated
	 */
	int KSM_MERGE = 28;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KSM_MERGE__OFFSET = OPERATION__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KSM_MERGE__LENGTH = OPERATION__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KSM_MERGE__LINE = OPERATION__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KSM_MERGE__COLUMN = OPERATION__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KSM_MERGE__COMMENTS = OPERATION__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KSM_MERGE__TRAILING_COMMENT = OPERATION__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KSM_MERGE__BLANK_LINE_BEFORE = OPERATION__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>First</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KSM_MERGE__FIRST = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Second</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KSM_MERGE__SECOND = OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Ksm Merge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KSM_MERGE_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Ksm Merge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KSM_MERGE_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.SignalImpl <em>Signal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.SignalImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getSignal()
	 * @generated
	 */
	int SIGNAL = 29;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__OFFSET = OPERATION__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__LENGTH = OPERATION__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__LINE = OPERATION__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__COLUMN = OPERATION__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__COMMENTS = OPERATION__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__TRAILING_COMMENT = OPERATION__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__BLANK_LINE_BEFORE = OPERATION__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__EVENT = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Signal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Signal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.WaitImpl <em>Wait</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.WaitImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getWait()
	 * @generated
	 */
	int WAIT = 30;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIT__OFFSET = OPERATION__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIT__LENGTH = OPERATION__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIT__LINE = OPERATION__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIT__COLUMN = OPERATION__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIT__COMMENTS = OPERATION__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIT__TRAILING_COMMENT = OPERATION__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIT__BLANK_LINE_BEFORE = OPERATION__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIT__EVENT = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Wait</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIT_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Wait</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIT_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.ConditionImpl <em>Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.ConditionImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getCondition()
	 * @generated
	 */
	int CONDITION = 31;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__OFFSET = ELEMENT__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__LENGTH = ELEMENT__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__LINE = ELEMENT__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__COLUMN = ELEMENT__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__COMMENTS = ELEMENT__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__TRAILING_COMMENT = ELEMENT__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__BLANK_LINE_BEFORE = ELEMENT__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__KIND = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Expression</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__EXPRESSION = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__LABEL = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.ExpressionImpl <em>Expression</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.ExpressionImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getExpression()
	 * @generated
	 */
	int EXPRESSION = 32;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPRESSION__OFFSET = ELEMENT__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPRESSION__LENGTH = ELEMENT__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPRESSION__LINE = ELEMENT__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPRESSION__COLUMN = ELEMENT__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPRESSION__COMMENTS = ELEMENT__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPRESSION__TRAILING_COMMENT = ELEMENT__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPRESSION__BLANK_LINE_BEFORE = ELEMENT__BLANK_LINE_BEFORE;

	/**
	 * The number of structural features of the '<em>Expression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPRESSION_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Expression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPRESSION_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.AndImpl <em>And</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.AndImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getAnd()
	 * @generated
	 */
	int AND = 33;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AND__OFFSET = EXPRESSION__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AND__LENGTH = EXPRESSION__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AND__LINE = EXPRESSION__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AND__COLUMN = EXPRESSION__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AND__COMMENTS = EXPRESSION__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AND__TRAILING_COMMENT = EXPRESSION__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AND__BLANK_LINE_BEFORE = EXPRESSION__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Operands</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AND__OPERANDS = EXPRESSION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>And</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AND_FEATURE_COUNT = EXPRESSION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>And</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AND_OPERATION_COUNT = EXPRESSION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.OrImpl <em>Or</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.OrImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getOr()
	 * @generated
	 */
	int OR = 34;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OR__OFFSET = EXPRESSION__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OR__LENGTH = EXPRESSION__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OR__LINE = EXPRESSION__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OR__COLUMN = EXPRESSION__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OR__COMMENTS = EXPRESSION__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OR__TRAILING_COMMENT = EXPRESSION__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OR__BLANK_LINE_BEFORE = EXPRESSION__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Operands</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OR__OPERANDS = EXPRESSION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Or</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OR_FEATURE_COUNT = EXPRESSION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Or</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OR_OPERATION_COUNT = EXPRESSION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.NotImpl <em>Not</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.NotImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getNot()
	 * @generated
	 */
	int NOT = 35;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT__OFFSET = EXPRESSION__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT__LENGTH = EXPRESSION__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT__LINE = EXPRESSION__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT__COLUMN = EXPRESSION__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT__COMMENTS = EXPRESSION__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT__TRAILING_COMMENT = EXPRESSION__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT__BLANK_LINE_BEFORE = EXPRESSION__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Operand</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT__OPERAND = EXPRESSION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Not</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT_FEATURE_COUNT = EXPRESSION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Not</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT_OPERATION_COUNT = EXPRESSION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.ComparisonImpl <em>Comparison</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.ComparisonImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getComparison()
	 * @generated
	 */
	int COMPARISON = 36;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__OFFSET = EXPRESSION__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__LENGTH = EXPRESSION__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__LINE = EXPRESSION__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__COLUMN = EXPRESSION__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__COMMENTS = EXPRESSION__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__TRAILING_COMMENT = EXPRESSION__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__BLANK_LINE_BEFORE = EXPRESSION__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Target</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__TARGET = EXPRESSION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__OPERATOR = EXPRESSION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Symbol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__SYMBOL = EXPRESSION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Comparison</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_FEATURE_COUNT = EXPRESSION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Comparison</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_OPERATION_COUNT = EXPRESSION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.TargetImpl <em>Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.TargetImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getTarget()
	 * @generated
	 */
	int TARGET = 37;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__OFFSET = ELEMENT__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__LENGTH = ELEMENT__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__LINE = ELEMENT__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__COLUMN = ELEMENT__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__COMMENTS = ELEMENT__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__TRAILING_COMMENT = ELEMENT__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__BLANK_LINE_BEFORE = ELEMENT__BLANK_LINE_BEFORE;

	/**
	 * The number of structural features of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.MemoryTargetImpl <em>Memory Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.MemoryTargetImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getMemoryTarget()
	 * @generated
	 */
	int MEMORY_TARGET = 38;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_TARGET__OFFSET = TARGET__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_TARGET__LENGTH = TARGET__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_TARGET__LINE = TARGET__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_TARGET__COLUMN = TARGET__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_TARGET__COMMENTS = TARGET__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_TARGET__TRAILING_COMMENT = TARGET__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_TARGET__BLANK_LINE_BEFORE = TARGET__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Address</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_TARGET__ADDRESS = TARGET_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Memory Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_TARGET_FEATURE_COUNT = TARGET_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Memory Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_TARGET_OPERATION_COUNT = TARGET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.RegisterTargetImpl <em>Register Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.RegisterTargetImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getRegisterTarget()
	 * @generated
	 */
	int REGISTER_TARGET = 39;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_TARGET__OFFSET = TARGET__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_TARGET__LENGTH = TARGET__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_TARGET__LINE = TARGET__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_TARGET__COLUMN = TARGET__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_TARGET__COMMENTS = TARGET__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_TARGET__TRAILING_COMMENT = TARGET__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_TARGET__BLANK_LINE_BEFORE = TARGET__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Process</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_TARGET__PROCESS = TARGET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Thread</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_TARGET__THREAD = TARGET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Register</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_TARGET__REGISTER = TARGET_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Register Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_TARGET_FEATURE_COUNT = TARGET_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Register Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_TARGET_OPERATION_COUNT = TARGET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.FileTargetImpl <em>File Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.FileTargetImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getFileTarget()
	 * @generated
	 */
	int FILE_TARGET = 40;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_TARGET__OFFSET = TARGET__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_TARGET__LENGTH = TARGET__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_TARGET__LINE = TARGET__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_TARGET__COLUMN = TARGET__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_TARGET__COMMENTS = TARGET__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_TARGET__TRAILING_COMMENT = TARGET__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_TARGET__BLANK_LINE_BEFORE = TARGET__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_TARGET__FILE = TARGET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_TARGET__PAGE = TARGET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>First Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_TARGET__FIRST_SECTOR = TARGET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Last Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_TARGET__LAST_SECTOR = TARGET_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>File Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_TARGET_FEATURE_COUNT = TARGET_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>File Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_TARGET_OPERATION_COUNT = TARGET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.ExpectationImpl <em>Expectation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.ExpectationImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getExpectation()
	 * @generated
	 */
	int EXPECTATION = 41;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION__OFFSET = ELEMENT__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION__LENGTH = ELEMENT__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION__LINE = ELEMENT__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION__COLUMN = ELEMENT__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION__COMMENTS = ELEMENT__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION__TRAILING_COMMENT = ELEMENT__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION__BLANK_LINE_BEFORE = ELEMENT__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Strategy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION__STRATEGY = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION__OUTCOME = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Expectation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Expectation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.StrategyDefinitionImpl <em>Strategy Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.StrategyDefinitionImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getStrategyDefinition()
	 * @generated
	 */
	int STRATEGY_DEFINITION = 42;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_DEFINITION__OFFSET = ELEMENT__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_DEFINITION__LENGTH = ELEMENT__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_DEFINITION__LINE = ELEMENT__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_DEFINITION__COLUMN = ELEMENT__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_DEFINITION__COMMENTS = ELEMENT__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_DEFINITION__TRAILING_COMMENT = ELEMENT__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_DEFINITION__BLANK_LINE_BEFORE = ELEMENT__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_DEFINITION__NAME = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_DEFINITION__BASE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Knobs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_DEFINITION__KNOBS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Strategy Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_DEFINITION_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Strategy Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_DEFINITION_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.impl.KnobSettingImpl <em>Knob Setting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.impl.KnobSettingImpl
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getKnobSetting()
	 * @generated
	 */
	int KNOB_SETTING = 43;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOB_SETTING__OFFSET = ELEMENT__OFFSET;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOB_SETTING__LENGTH = ELEMENT__LENGTH;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOB_SETTING__LINE = ELEMENT__LINE;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOB_SETTING__COLUMN = ELEMENT__COLUMN;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOB_SETTING__COMMENTS = ELEMENT__COMMENTS;

	/**
	 * The feature id for the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOB_SETTING__TRAILING_COMMENT = ELEMENT__TRAILING_COMMENT;

	/**
	 * The feature id for the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOB_SETTING__BLANK_LINE_BEFORE = ELEMENT__BLANK_LINE_BEFORE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOB_SETTING__NAME = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOB_SETTING__VALUE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Knob Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOB_SETTING_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Knob Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOB_SETTING_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.PropertyKey <em>Property Key</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.PropertyKey
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getPropertyKey()
	 * @generated
	 */
	int PROPERTY_KEY = 44;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.RegionKind <em>Region Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.RegionKind
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getRegionKind()
	 * @generated
	 */
	int REGION_KIND = 45;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.Sharing <em>Sharing</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.Sharing
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getSharing()
	 * @generated
	 */
	int SHARING = 46;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.Protection <em>Protection</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.Protection
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getProtection()
	 * @generated
	 */
	int PROTECTION = 47;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.ThpMode <em>Thp Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.ThpMode
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getThpMode()
	 * @generated
	 */
	int THP_MODE = 48;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.Advice <em>Advice</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.Advice
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getAdvice()
	 * @generated
	 */
	int ADVICE = 49;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.GupMode <em>Gup Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.GupMode
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getGupMode()
	 * @generated
	 */
	int GUP_MODE = 50;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.GupReference <em>Gup Reference</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.GupReference
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getGupReference()
	 * @generated
	 */
	int GUP_REFERENCE = 51;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.ConditionKind <em>Condition Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.ConditionKind
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getConditionKind()
	 * @generated
	 */
	int CONDITION_KIND = 52;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.ComparisonOperator <em>Comparison Operator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.ComparisonOperator
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getComparisonOperator()
	 * @generated
	 */
	int COMPARISON_OPERATOR = 53;

	/**
	 * The meta object id for the '{@link org.mmrace.model.scenario.ExpectedOutcome <em>Expected Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.scenario.ExpectedOutcome
	 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getExpectedOutcome()
	 * @generated
	 */
	int EXPECTED_OUTCOME = 54;


	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see org.mmrace.model.scenario.Element
	 * @generated
	 */
	EClass getElement();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Element#getOffset <em>Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset</em>'.
	 * @see org.mmrace.model.scenario.Element#getOffset()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Offset();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Element#getLength <em>Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Length</em>'.
	 * @see org.mmrace.model.scenario.Element#getLength()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Length();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Element#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.mmrace.model.scenario.Element#getLine()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Line();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Element#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see org.mmrace.model.scenario.Element#getColumn()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Column();

	/**
	 * Returns the meta object for the attribute list '{@link org.mmrace.model.scenario.Element#getComments <em>Comments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Comments</em>'.
	 * @see org.mmrace.model.scenario.Element#getComments()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Comments();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Element#getTrailingComment <em>Trailing Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trailing Comment</em>'.
	 * @see org.mmrace.model.scenario.Element#getTrailingComment()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_TrailingComment();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Element#isBlankLineBefore <em>Blank Line Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Blank Line Before</em>'.
	 * @see org.mmrace.model.scenario.Element#isBlankLineBefore()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_BlankLineBefore();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario</em>'.
	 * @see org.mmrace.model.scenario.Scenario
	 * @generated
	 */
	EClass getScenario();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Scenario#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.mmrace.model.scenario.Scenario#getName()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.scenario.Scenario#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Properties</em>'.
	 * @see org.mmrace.model.scenario.Scenario#getProperties()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Properties();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.scenario.Scenario#getProcesses <em>Processes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Processes</em>'.
	 * @see org.mmrace.model.scenario.Scenario#getProcesses()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Processes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.scenario.Scenario#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mappings</em>'.
	 * @see org.mmrace.model.scenario.Scenario#getMappings()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Mappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.scenario.Scenario#getThreads <em>Threads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Threads</em>'.
	 * @see org.mmrace.model.scenario.Scenario#getThreads()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Threads();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.scenario.Scenario#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see org.mmrace.model.scenario.Scenario#getConditions()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Conditions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.scenario.Scenario#getExpectations <em>Expectations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Expectations</em>'.
	 * @see org.mmrace.model.scenario.Scenario#getExpectations()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Expectations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.scenario.Scenario#getStrategies <em>Strategies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Strategies</em>'.
	 * @see org.mmrace.model.scenario.Scenario#getStrategies()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Strategies();

	/**
	 * Returns the meta object for the attribute list '{@link org.mmrace.model.scenario.Scenario#getEndComments <em>End Comments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>End Comments</em>'.
	 * @see org.mmrace.model.scenario.Scenario#getEndComments()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_EndComments();

	/**
	 * Returns the meta object for the '{@link org.mmrace.model.scenario.Scenario#findProperty(org.mmrace.model.scenario.PropertyKey) <em>Find Property</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Find Property</em>' operation.
	 * @see org.mmrace.model.scenario.Scenario#findProperty(org.mmrace.model.scenario.PropertyKey)
	 * @generated
	 */
	EOperation getScenario__FindProperty__PropertyKey();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.ScenarioProperty <em>Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Property</em>'.
	 * @see org.mmrace.model.scenario.ScenarioProperty
	 * @generated
	 */
	EClass getScenarioProperty();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.ScenarioProperty#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.mmrace.model.scenario.ScenarioProperty#getKey()
	 * @see #getScenarioProperty()
	 * @generated
	 */
	EAttribute getScenarioProperty_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.ScenarioProperty#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.mmrace.model.scenario.ScenarioProperty#getValue()
	 * @see #getScenarioProperty()
	 * @generated
	 */
	EAttribute getScenarioProperty_Value();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.ScenarioProcess <em>Process</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Process</em>'.
	 * @see org.mmrace.model.scenario.ScenarioProcess
	 * @generated
	 */
	EClass getScenarioProcess();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.ScenarioProcess#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.mmrace.model.scenario.ScenarioProcess#getName()
	 * @see #getScenarioProcess()
	 * @generated
	 */
	EAttribute getScenarioProcess_Name();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.Mapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mapping</em>'.
	 * @see org.mmrace.model.scenario.Mapping
	 * @generated
	 */
	EClass getMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Mapping#getProcess <em>Process</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Process</em>'.
	 * @see org.mmrace.model.scenario.Mapping#getProcess()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_Process();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Mapping#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.mmrace.model.scenario.Mapping#getRegion()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Mapping#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.mmrace.model.scenario.Mapping#getKind()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Mapping#getSharing <em>Sharing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sharing</em>'.
	 * @see org.mmrace.model.scenario.Mapping#getSharing()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_Sharing();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Mapping#getProtection <em>Protection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protection</em>'.
	 * @see org.mmrace.model.scenario.Mapping#getProtection()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_Protection();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Mapping#getPages <em>Pages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pages</em>'.
	 * @see org.mmrace.model.scenario.Mapping#getPages()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_Pages();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Mapping#getFill <em>Fill</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fill</em>'.
	 * @see org.mmrace.model.scenario.Mapping#getFill()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_Fill();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Mapping#getThp <em>Thp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Thp</em>'.
	 * @see org.mmrace.model.scenario.Mapping#getThp()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_Thp();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.ScenarioThread <em>Thread</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Thread</em>'.
	 * @see org.mmrace.model.scenario.ScenarioThread
	 * @generated
	 */
	EClass getScenarioThread();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.ScenarioThread#getProcess <em>Process</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Process</em>'.
	 * @see org.mmrace.model.scenario.ScenarioThread#getProcess()
	 * @see #getScenarioThread()
	 * @generated
	 */
	EAttribute getScenarioThread_Process();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.ScenarioThread#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.mmrace.model.scenario.ScenarioThread#getName()
	 * @see #getScenarioThread()
	 * @generated
	 */
	EAttribute getScenarioThread_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.ScenarioThread#isKernel <em>Kernel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kernel</em>'.
	 * @see org.mmrace.model.scenario.ScenarioThread#isKernel()
	 * @see #getScenarioThread()
	 * @generated
	 */
	EAttribute getScenarioThread_Kernel();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.scenario.ScenarioThread#getOperations <em>Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Operations</em>'.
	 * @see org.mmrace.model.scenario.ScenarioThread#getOperations()
	 * @see #getScenarioThread()
	 * @generated
	 */
	EReference getScenarioThread_Operations();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.Address <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Address</em>'.
	 * @see org.mmrace.model.scenario.Address
	 * @generated
	 */
	EClass getAddress();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Address#getProcess <em>Process</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Process</em>'.
	 * @see org.mmrace.model.scenario.Address#getProcess()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Process();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Address#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.mmrace.model.scenario.Address#getRegion()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Address#getPage <em>Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page</em>'.
	 * @see org.mmrace.model.scenario.Address#getPage()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Page();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Address#getFirstSector <em>First Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Sector</em>'.
	 * @see org.mmrace.model.scenario.Address#getFirstSector()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_FirstSector();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Address#getLastSector <em>Last Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Sector</em>'.
	 * @see org.mmrace.model.scenario.Address#getLastSector()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_LastSector();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.RegionRef <em>Region Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Region Ref</em>'.
	 * @see org.mmrace.model.scenario.RegionRef
	 * @generated
	 */
	EClass getRegionRef();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.RegionRef#getProcess <em>Process</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Process</em>'.
	 * @see org.mmrace.model.scenario.RegionRef#getProcess()
	 * @see #getRegionRef()
	 * @generated
	 */
	EAttribute getRegionRef_Process();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.RegionRef#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.mmrace.model.scenario.RegionRef#getRegion()
	 * @see #getRegionRef()
	 * @generated
	 */
	EAttribute getRegionRef_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.RegionRef#getFirstPage <em>First Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Page</em>'.
	 * @see org.mmrace.model.scenario.RegionRef#getFirstPage()
	 * @see #getRegionRef()
	 * @generated
	 */
	EAttribute getRegionRef_FirstPage();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.RegionRef#getLastPage <em>Last Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Page</em>'.
	 * @see org.mmrace.model.scenario.RegionRef#getLastPage()
	 * @see #getRegionRef()
	 * @generated
	 */
	EAttribute getRegionRef_LastPage();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.SectorRange <em>Sector Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sector Range</em>'.
	 * @see org.mmrace.model.scenario.SectorRange
	 * @generated
	 */
	EClass getSectorRange();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.SectorRange#getFirst <em>First</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First</em>'.
	 * @see org.mmrace.model.scenario.SectorRange#getFirst()
	 * @see #getSectorRange()
	 * @generated
	 */
	EAttribute getSectorRange_First();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.SectorRange#getLast <em>Last</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last</em>'.
	 * @see org.mmrace.model.scenario.SectorRange#getLast()
	 * @see #getSectorRange()
	 * @generated
	 */
	EAttribute getSectorRange_Last();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.Operation <em>Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Operation</em>'.
	 * @see org.mmrace.model.scenario.Operation
	 * @generated
	 */
	EClass getOperation();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.Store <em>Store</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Store</em>'.
	 * @see org.mmrace.model.scenario.Store
	 * @generated
	 */
	EClass getStore();

	/**
	 * Returns the meta object for the containment reference '{@link org.mmrace.model.scenario.Store#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Address</em>'.
	 * @see org.mmrace.model.scenario.Store#getAddress()
	 * @see #getStore()
	 * @generated
	 */
	EReference getStore_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Store#getData <em>Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data</em>'.
	 * @see org.mmrace.model.scenario.Store#getData()
	 * @see #getStore()
	 * @generated
	 */
	EAttribute getStore_Data();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.Load <em>Load</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Load</em>'.
	 * @see org.mmrace.model.scenario.Load
	 * @generated
	 */
	EClass getLoad();

	/**
	 * Returns the meta object for the containment reference '{@link org.mmrace.model.scenario.Load#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Address</em>'.
	 * @see org.mmrace.model.scenario.Load#getAddress()
	 * @see #getLoad()
	 * @generated
	 */
	EReference getLoad_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Load#getRegister <em>Register</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Register</em>'.
	 * @see org.mmrace.model.scenario.Load#getRegister()
	 * @see #getLoad()
	 * @generated
	 */
	EAttribute getLoad_Register();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.Fork <em>Fork</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fork</em>'.
	 * @see org.mmrace.model.scenario.Fork
	 * @generated
	 */
	EClass getFork();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Fork#getChild <em>Child</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Child</em>'.
	 * @see org.mmrace.model.scenario.Fork#getChild()
	 * @see #getFork()
	 * @generated
	 */
	EAttribute getFork_Child();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.Exit <em>Exit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Exit</em>'.
	 * @see org.mmrace.model.scenario.Exit
	 * @generated
	 */
	EClass getExit();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.Munmap <em>Munmap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Munmap</em>'.
	 * @see org.mmrace.model.scenario.Munmap
	 * @generated
	 */
	EClass getMunmap();

	/**
	 * Returns the meta object for the containment reference '{@link org.mmrace.model.scenario.Munmap#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Region</em>'.
	 * @see org.mmrace.model.scenario.Munmap#getRegion()
	 * @see #getMunmap()
	 * @generated
	 */
	EReference getMunmap_Region();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.Mprotect <em>Mprotect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mprotect</em>'.
	 * @see org.mmrace.model.scenario.Mprotect
	 * @generated
	 */
	EClass getMprotect();

	/**
	 * Returns the meta object for the containment reference '{@link org.mmrace.model.scenario.Mprotect#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Region</em>'.
	 * @see org.mmrace.model.scenario.Mprotect#getRegion()
	 * @see #getMprotect()
	 * @generated
	 */
	EReference getMprotect_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Mprotect#getProtection <em>Protection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protection</em>'.
	 * @see org.mmrace.model.scenario.Mprotect#getProtection()
	 * @see #getMprotect()
	 * @generated
	 */
	EAttribute getMprotect_Protection();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.Madvise <em>Madvise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Madvise</em>'.
	 * @see org.mmrace.model.scenario.Madvise
	 * @generated
	 */
	EClass getMadvise();

	/**
	 * Returns the meta object for the containment reference '{@link org.mmrace.model.scenario.Madvise#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Region</em>'.
	 * @see org.mmrace.model.scenario.Madvise#getRegion()
	 * @see #getMadvise()
	 * @generated
	 */
	EReference getMadvise_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Madvise#getAdvice <em>Advice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Advice</em>'.
	 * @see org.mmrace.model.scenario.Madvise#getAdvice()
	 * @see #getMadvise()
	 * @generated
	 */
	EAttribute getMadvise_Advice();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.Collapse <em>Collapse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Collapse</em>'.
	 * @see org.mmrace.model.scenario.Collapse
	 * @generated
	 */
	EClass getCollapse();

	/**
	 * Returns the meta object for the containment reference '{@link org.mmrace.model.scenario.Collapse#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Region</em>'.
	 * @see org.mmrace.model.scenario.Collapse#getRegion()
	 * @see #getCollapse()
	 * @generated
	 */
	EReference getCollapse_Region();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.DirectIo <em>Direct Io</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Direct Io</em>'.
	 * @see org.mmrace.model.scenario.DirectIo
	 * @generated
	 */
	EClass getDirectIo();

	/**
	 * Returns the meta object for the containment reference '{@link org.mmrace.model.scenario.DirectIo#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Address</em>'.
	 * @see org.mmrace.model.scenario.DirectIo#getAddress()
	 * @see #getDirectIo()
	 * @generated
	 */
	EReference getDirectIo_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.DirectIo#getGup <em>Gup</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gup</em>'.
	 * @see org.mmrace.model.scenario.DirectIo#getGup()
	 * @see #getDirectIo()
	 * @generated
	 */
	EAttribute getDirectIo_Gup();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.DirectIo#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see org.mmrace.model.scenario.DirectIo#getReference()
	 * @see #getDirectIo()
	 * @generated
	 */
	EAttribute getDirectIo_Reference();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.DirectIo#isAsynchronous <em>Asynchronous</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Asynchronous</em>'.
	 * @see org.mmrace.model.scenario.DirectIo#isAsynchronous()
	 * @see #getDirectIo()
	 * @generated
	 */
	EAttribute getDirectIo_Asynchronous();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.DirectIo#getHandle <em>Handle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handle</em>'.
	 * @see org.mmrace.model.scenario.DirectIo#getHandle()
	 * @see #getDirectIo()
	 * @generated
	 */
	EAttribute getDirectIo_Handle();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.DioRead <em>Dio Read</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dio Read</em>'.
	 * @see org.mmrace.model.scenario.DioRead
	 * @generated
	 */
	EClass getDioRead();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.DioRead#getData <em>Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data</em>'.
	 * @see org.mmrace.model.scenario.DioRead#getData()
	 * @see #getDioRead()
	 * @generated
	 */
	EAttribute getDioRead_Data();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.DioWrite <em>Dio Write</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dio Write</em>'.
	 * @see org.mmrace.model.scenario.DioWrite
	 * @generated
	 */
	EClass getDioWrite();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.DioWrite#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.mmrace.model.scenario.DioWrite#getFile()
	 * @see #getDioWrite()
	 * @generated
	 */
	EAttribute getDioWrite_File();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.AioWait <em>Aio Wait</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Aio Wait</em>'.
	 * @see org.mmrace.model.scenario.AioWait
	 * @generated
	 */
	EClass getAioWait();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.AioWait#getHandle <em>Handle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handle</em>'.
	 * @see org.mmrace.model.scenario.AioWait#getHandle()
	 * @see #getAioWait()
	 * @generated
	 */
	EAttribute getAioWait_Handle();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.Vmsplice <em>Vmsplice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Vmsplice</em>'.
	 * @see org.mmrace.model.scenario.Vmsplice
	 * @generated
	 */
	EClass getVmsplice();

	/**
	 * Returns the meta object for the containment reference '{@link org.mmrace.model.scenario.Vmsplice#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Address</em>'.
	 * @see org.mmrace.model.scenario.Vmsplice#getAddress()
	 * @see #getVmsplice()
	 * @generated
	 */
	EReference getVmsplice_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Vmsplice#getPipe <em>Pipe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pipe</em>'.
	 * @see org.mmrace.model.scenario.Vmsplice#getPipe()
	 * @see #getVmsplice()
	 * @generated
	 */
	EAttribute getVmsplice_Pipe();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.PipeRead <em>Pipe Read</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pipe Read</em>'.
	 * @see org.mmrace.model.scenario.PipeRead
	 * @generated
	 */
	EClass getPipeRead();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.PipeRead#getPipe <em>Pipe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pipe</em>'.
	 * @see org.mmrace.model.scenario.PipeRead#getPipe()
	 * @see #getPipeRead()
	 * @generated
	 */
	EAttribute getPipeRead_Pipe();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.PipeRead#getRegister <em>Register</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Register</em>'.
	 * @see org.mmrace.model.scenario.PipeRead#getRegister()
	 * @see #getPipeRead()
	 * @generated
	 */
	EAttribute getPipeRead_Register();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.Pin <em>Pin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pin</em>'.
	 * @see org.mmrace.model.scenario.Pin
	 * @generated
	 */
	EClass getPin();

	/**
	 * Returns the meta object for the containment reference '{@link org.mmrace.model.scenario.Pin#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Address</em>'.
	 * @see org.mmrace.model.scenario.Pin#getAddress()
	 * @see #getPin()
	 * @generated
	 */
	EReference getPin_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Pin#getProtection <em>Protection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protection</em>'.
	 * @see org.mmrace.model.scenario.Pin#getProtection()
	 * @see #getPin()
	 * @generated
	 */
	EAttribute getPin_Protection();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Pin#isFast <em>Fast</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fast</em>'.
	 * @see org.mmrace.model.scenario.Pin#isFast()
	 * @see #getPin()
	 * @generated
	 */
	EAttribute getPin_Fast();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Pin#isLongterm <em>Longterm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Longterm</em>'.
	 * @see org.mmrace.model.scenario.Pin#isLongterm()
	 * @see #getPin()
	 * @generated
	 */
	EAttribute getPin_Longterm();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Pin#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.mmrace.model.scenario.Pin#getName()
	 * @see #getPin()
	 * @generated
	 */
	EAttribute getPin_Name();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.DmaWrite <em>Dma Write</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dma Write</em>'.
	 * @see org.mmrace.model.scenario.DmaWrite
	 * @generated
	 */
	EClass getDmaWrite();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.DmaWrite#getPin <em>Pin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pin</em>'.
	 * @see org.mmrace.model.scenario.DmaWrite#getPin()
	 * @see #getDmaWrite()
	 * @generated
	 */
	EAttribute getDmaWrite_Pin();

	/**
	 * Returns the meta object for the containment reference '{@link org.mmrace.model.scenario.DmaWrite#getSectors <em>Sectors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Sectors</em>'.
	 * @see org.mmrace.model.scenario.DmaWrite#getSectors()
	 * @see #getDmaWrite()
	 * @generated
	 */
	EReference getDmaWrite_Sectors();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.DmaWrite#getData <em>Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data</em>'.
	 * @see org.mmrace.model.scenario.DmaWrite#getData()
	 * @see #getDmaWrite()
	 * @generated
	 */
	EAttribute getDmaWrite_Data();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.DmaRead <em>Dma Read</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dma Read</em>'.
	 * @see org.mmrace.model.scenario.DmaRead
	 * @generated
	 */
	EClass getDmaRead();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.DmaRead#getPin <em>Pin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pin</em>'.
	 * @see org.mmrace.model.scenario.DmaRead#getPin()
	 * @see #getDmaRead()
	 * @generated
	 */
	EAttribute getDmaRead_Pin();

	/**
	 * Returns the meta object for the containment reference '{@link org.mmrace.model.scenario.DmaRead#getSectors <em>Sectors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Sectors</em>'.
	 * @see org.mmrace.model.scenario.DmaRead#getSectors()
	 * @see #getDmaRead()
	 * @generated
	 */
	EReference getDmaRead_Sectors();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.DmaRead#getRegister <em>Register</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Register</em>'.
	 * @see org.mmrace.model.scenario.DmaRead#getRegister()
	 * @see #getDmaRead()
	 * @generated
	 */
	EAttribute getDmaRead_Register();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.Unpin <em>Unpin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Unpin</em>'.
	 * @see org.mmrace.model.scenario.Unpin
	 * @generated
	 */
	EClass getUnpin();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Unpin#getPin <em>Pin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pin</em>'.
	 * @see org.mmrace.model.scenario.Unpin#getPin()
	 * @see #getUnpin()
	 * @generated
	 */
	EAttribute getUnpin_Pin();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.KsmMerge <em>Ksm Merge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ksm Merge</em>'.
	 * @see org.mmrace.model.scenario.KsmMerge
	 * @generated
	 */
	EClass getKsmMerge();

	/**
	 * Returns the meta object for the containment reference '{@link org.mmrace.model.scenario.KsmMerge#getFirst <em>First</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>First</em>'.
	 * @see org.mmrace.model.scenario.KsmMerge#getFirst()
	 * @see #getKsmMerge()
	 * @generated
	 */
	EReference getKsmMerge_First();

	/**
	 * Returns the meta object for the containment reference '{@link org.mmrace.model.scenario.KsmMerge#getSecond <em>Second</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Second</em>'.
	 * @see org.mmrace.model.scenario.KsmMerge#getSecond()
	 * @see #getKsmMerge()
	 * @generated
	 */
	EReference getKsmMerge_Second();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.Signal <em>Signal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Signal</em>'.
	 * @see org.mmrace.model.scenario.Signal
	 * @generated
	 */
	EClass getSignal();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Signal#getEvent <em>Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event</em>'.
	 * @see org.mmrace.model.scenario.Signal#getEvent()
	 * @see #getSignal()
	 * @generated
	 */
	EAttribute getSignal_Event();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.Wait <em>Wait</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Wait</em>'.
	 * @see org.mmrace.model.scenario.Wait
	 * @generated
	 */
	EClass getWait();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Wait#getEvent <em>Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event</em>'.
	 * @see org.mmrace.model.scenario.Wait#getEvent()
	 * @see #getWait()
	 * @generated
	 */
	EAttribute getWait_Event();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.Condition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Condition</em>'.
	 * @see org.mmrace.model.scenario.Condition
	 * @generated
	 */
	EClass getCondition();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Condition#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.mmrace.model.scenario.Condition#getKind()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link org.mmrace.model.scenario.Condition#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Expression</em>'.
	 * @see org.mmrace.model.scenario.Condition#getExpression()
	 * @see #getCondition()
	 * @generated
	 */
	EReference getCondition_Expression();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Condition#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.mmrace.model.scenario.Condition#getLabel()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Label();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.Expression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expression</em>'.
	 * @see org.mmrace.model.scenario.Expression
	 * @generated
	 */
	EClass getExpression();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.And <em>And</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>And</em>'.
	 * @see org.mmrace.model.scenario.And
	 * @generated
	 */
	EClass getAnd();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.scenario.And#getOperands <em>Operands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Operands</em>'.
	 * @see org.mmrace.model.scenario.And#getOperands()
	 * @see #getAnd()
	 * @generated
	 */
	EReference getAnd_Operands();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.Or <em>Or</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Or</em>'.
	 * @see org.mmrace.model.scenario.Or
	 * @generated
	 */
	EClass getOr();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.scenario.Or#getOperands <em>Operands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Operands</em>'.
	 * @see org.mmrace.model.scenario.Or#getOperands()
	 * @see #getOr()
	 * @generated
	 */
	EReference getOr_Operands();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.Not <em>Not</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Not</em>'.
	 * @see org.mmrace.model.scenario.Not
	 * @generated
	 */
	EClass getNot();

	/**
	 * Returns the meta object for the containment reference '{@link org.mmrace.model.scenario.Not#getOperand <em>Operand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Operand</em>'.
	 * @see org.mmrace.model.scenario.Not#getOperand()
	 * @see #getNot()
	 * @generated
	 */
	EReference getNot_Operand();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.Comparison <em>Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Comparison</em>'.
	 * @see org.mmrace.model.scenario.Comparison
	 * @generated
	 */
	EClass getComparison();

	/**
	 * Returns the meta object for the containment reference '{@link org.mmrace.model.scenario.Comparison#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Target</em>'.
	 * @see org.mmrace.model.scenario.Comparison#getTarget()
	 * @see #getComparison()
	 * @generated
	 */
	EReference getComparison_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Comparison#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see org.mmrace.model.scenario.Comparison#getOperator()
	 * @see #getComparison()
	 * @generated
	 */
	EAttribute getComparison_Operator();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Comparison#getSymbol <em>Symbol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Symbol</em>'.
	 * @see org.mmrace.model.scenario.Comparison#getSymbol()
	 * @see #getComparison()
	 * @generated
	 */
	EAttribute getComparison_Symbol();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.Target <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Target</em>'.
	 * @see org.mmrace.model.scenario.Target
	 * @generated
	 */
	EClass getTarget();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.MemoryTarget <em>Memory Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Memory Target</em>'.
	 * @see org.mmrace.model.scenario.MemoryTarget
	 * @generated
	 */
	EClass getMemoryTarget();

	/**
	 * Returns the meta object for the containment reference '{@link org.mmrace.model.scenario.MemoryTarget#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Address</em>'.
	 * @see org.mmrace.model.scenario.MemoryTarget#getAddress()
	 * @see #getMemoryTarget()
	 * @generated
	 */
	EReference getMemoryTarget_Address();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.RegisterTarget <em>Register Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Register Target</em>'.
	 * @see org.mmrace.model.scenario.RegisterTarget
	 * @generated
	 */
	EClass getRegisterTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.RegisterTarget#getProcess <em>Process</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Process</em>'.
	 * @see org.mmrace.model.scenario.RegisterTarget#getProcess()
	 * @see #getRegisterTarget()
	 * @generated
	 */
	EAttribute getRegisterTarget_Process();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.RegisterTarget#getThread <em>Thread</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Thread</em>'.
	 * @see org.mmrace.model.scenario.RegisterTarget#getThread()
	 * @see #getRegisterTarget()
	 * @generated
	 */
	EAttribute getRegisterTarget_Thread();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.RegisterTarget#getRegister <em>Register</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Register</em>'.
	 * @see org.mmrace.model.scenario.RegisterTarget#getRegister()
	 * @see #getRegisterTarget()
	 * @generated
	 */
	EAttribute getRegisterTarget_Register();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.FileTarget <em>File Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>File Target</em>'.
	 * @see org.mmrace.model.scenario.FileTarget
	 * @generated
	 */
	EClass getFileTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.FileTarget#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.mmrace.model.scenario.FileTarget#getFile()
	 * @see #getFileTarget()
	 * @generated
	 */
	EAttribute getFileTarget_File();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.FileTarget#getPage <em>Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page</em>'.
	 * @see org.mmrace.model.scenario.FileTarget#getPage()
	 * @see #getFileTarget()
	 * @generated
	 */
	EAttribute getFileTarget_Page();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.FileTarget#getFirstSector <em>First Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Sector</em>'.
	 * @see org.mmrace.model.scenario.FileTarget#getFirstSector()
	 * @see #getFileTarget()
	 * @generated
	 */
	EAttribute getFileTarget_FirstSector();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.FileTarget#getLastSector <em>Last Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Sector</em>'.
	 * @see org.mmrace.model.scenario.FileTarget#getLastSector()
	 * @see #getFileTarget()
	 * @generated
	 */
	EAttribute getFileTarget_LastSector();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.Expectation <em>Expectation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expectation</em>'.
	 * @see org.mmrace.model.scenario.Expectation
	 * @generated
	 */
	EClass getExpectation();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Expectation#getStrategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strategy</em>'.
	 * @see org.mmrace.model.scenario.Expectation#getStrategy()
	 * @see #getExpectation()
	 * @generated
	 */
	EAttribute getExpectation_Strategy();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.Expectation#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.mmrace.model.scenario.Expectation#getOutcome()
	 * @see #getExpectation()
	 * @generated
	 */
	EAttribute getExpectation_Outcome();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.StrategyDefinition <em>Strategy Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Strategy Definition</em>'.
	 * @see org.mmrace.model.scenario.StrategyDefinition
	 * @generated
	 */
	EClass getStrategyDefinition();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.StrategyDefinition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.mmrace.model.scenario.StrategyDefinition#getName()
	 * @see #getStrategyDefinition()
	 * @generated
	 */
	EAttribute getStrategyDefinition_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.StrategyDefinition#getBase <em>Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base</em>'.
	 * @see org.mmrace.model.scenario.StrategyDefinition#getBase()
	 * @see #getStrategyDefinition()
	 * @generated
	 */
	EAttribute getStrategyDefinition_Base();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.scenario.StrategyDefinition#getKnobs <em>Knobs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Knobs</em>'.
	 * @see org.mmrace.model.scenario.StrategyDefinition#getKnobs()
	 * @see #getStrategyDefinition()
	 * @generated
	 */
	EReference getStrategyDefinition_Knobs();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.scenario.KnobSetting <em>Knob Setting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Knob Setting</em>'.
	 * @see org.mmrace.model.scenario.KnobSetting
	 * @generated
	 */
	EClass getKnobSetting();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.KnobSetting#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.mmrace.model.scenario.KnobSetting#getName()
	 * @see #getKnobSetting()
	 * @generated
	 */
	EAttribute getKnobSetting_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.scenario.KnobSetting#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.mmrace.model.scenario.KnobSetting#getValue()
	 * @see #getKnobSetting()
	 * @generated
	 */
	EAttribute getKnobSetting_Value();

	/**
	 * Returns the meta object for enum '{@link org.mmrace.model.scenario.PropertyKey <em>Property Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Property Key</em>'.
	 * @see org.mmrace.model.scenario.PropertyKey
	 * @generated
	 */
	EEnum getPropertyKey();

	/**
	 * Returns the meta object for enum '{@link org.mmrace.model.scenario.RegionKind <em>Region Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Region Kind</em>'.
	 * @see org.mmrace.model.scenario.RegionKind
	 * @generated
	 */
	EEnum getRegionKind();

	/**
	 * Returns the meta object for enum '{@link org.mmrace.model.scenario.Sharing <em>Sharing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sharing</em>'.
	 * @see org.mmrace.model.scenario.Sharing
	 * @generated
	 */
	EEnum getSharing();

	/**
	 * Returns the meta object for enum '{@link org.mmrace.model.scenario.Protection <em>Protection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Protection</em>'.
	 * @see org.mmrace.model.scenario.Protection
	 * @generated
	 */
	EEnum getProtection();

	/**
	 * Returns the meta object for enum '{@link org.mmrace.model.scenario.ThpMode <em>Thp Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Thp Mode</em>'.
	 * @see org.mmrace.model.scenario.ThpMode
	 * @generated
	 */
	EEnum getThpMode();

	/**
	 * Returns the meta object for enum '{@link org.mmrace.model.scenario.Advice <em>Advice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Advice</em>'.
	 * @see org.mmrace.model.scenario.Advice
	 * @generated
	 */
	EEnum getAdvice();

	/**
	 * Returns the meta object for enum '{@link org.mmrace.model.scenario.GupMode <em>Gup Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Gup Mode</em>'.
	 * @see org.mmrace.model.scenario.GupMode
	 * @generated
	 */
	EEnum getGupMode();

	/**
	 * Returns the meta object for enum '{@link org.mmrace.model.scenario.GupReference <em>Gup Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Gup Reference</em>'.
	 * @see org.mmrace.model.scenario.GupReference
	 * @generated
	 */
	EEnum getGupReference();

	/**
	 * Returns the meta object for enum '{@link org.mmrace.model.scenario.ConditionKind <em>Condition Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Condition Kind</em>'.
	 * @see org.mmrace.model.scenario.ConditionKind
	 * @generated
	 */
	EEnum getConditionKind();

	/**
	 * Returns the meta object for enum '{@link org.mmrace.model.scenario.ComparisonOperator <em>Comparison Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Comparison Operator</em>'.
	 * @see org.mmrace.model.scenario.ComparisonOperator
	 * @generated
	 */
	EEnum getComparisonOperator();

	/**
	 * Returns the meta object for enum '{@link org.mmrace.model.scenario.ExpectedOutcome <em>Expected Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Expected Outcome</em>'.
	 * @see org.mmrace.model.scenario.ExpectedOutcome
	 * @generated
	 */
	EEnum getExpectedOutcome();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ScenarioFactory getScenarioFactory();

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
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.ElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.ElementImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getElement()
		 * @generated
		 */
		EClass ELEMENT = eINSTANCE.getElement();

		/**
		 * The meta object literal for the '<em><b>Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__OFFSET = eINSTANCE.getElement_Offset();

		/**
		 * The meta object literal for the '<em><b>Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__LENGTH = eINSTANCE.getElement_Length();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__LINE = eINSTANCE.getElement_Line();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__COLUMN = eINSTANCE.getElement_Column();

		/**
		 * The meta object literal for the '<em><b>Comments</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__COMMENTS = eINSTANCE.getElement_Comments();

		/**
		 * The meta object literal for the '<em><b>Trailing Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__TRAILING_COMMENT = eINSTANCE.getElement_TrailingComment();

		/**
		 * The meta object literal for the '<em><b>Blank Line Before</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__BLANK_LINE_BEFORE = eINSTANCE.getElement_BlankLineBefore();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.ScenarioImpl <em>Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.ScenarioImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getScenario()
		 * @generated
		 */
		EClass SCENARIO = eINSTANCE.getScenario();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__NAME = eINSTANCE.getScenario_Name();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__PROPERTIES = eINSTANCE.getScenario_Properties();

		/**
		 * The meta object literal for the '<em><b>Processes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__PROCESSES = eINSTANCE.getScenario_Processes();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__MAPPINGS = eINSTANCE.getScenario_Mappings();

		/**
		 * The meta object literal for the '<em><b>Threads</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__THREADS = eINSTANCE.getScenario_Threads();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__CONDITIONS = eINSTANCE.getScenario_Conditions();

		/**
		 * The meta object literal for the '<em><b>Expectations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__EXPECTATIONS = eINSTANCE.getScenario_Expectations();

		/**
		 * The meta object literal for the '<em><b>Strategies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__STRATEGIES = eINSTANCE.getScenario_Strategies();

		/**
		 * The meta object literal for the '<em><b>End Comments</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__END_COMMENTS = eINSTANCE.getScenario_EndComments();

		/**
		 * The meta object literal for the '<em><b>Find Property</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SCENARIO___FIND_PROPERTY__PROPERTYKEY = eINSTANCE.getScenario__FindProperty__PropertyKey();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.ScenarioPropertyImpl <em>Property</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.ScenarioPropertyImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getScenarioProperty()
		 * @generated
		 */
		EClass SCENARIO_PROPERTY = eINSTANCE.getScenarioProperty();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO_PROPERTY__KEY = eINSTANCE.getScenarioProperty_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO_PROPERTY__VALUE = eINSTANCE.getScenarioProperty_Value();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.ScenarioProcessImpl <em>Process</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.ScenarioProcessImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getScenarioProcess()
		 * @generated
		 */
		EClass SCENARIO_PROCESS = eINSTANCE.getScenarioProcess();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO_PROCESS__NAME = eINSTANCE.getScenarioProcess_Name();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.MappingImpl <em>Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.MappingImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getMapping()
		 * @generated
		 */
		EClass MAPPING = eINSTANCE.getMapping();

		/**
		 * The meta object literal for the '<em><b>Process</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__PROCESS = eINSTANCE.getMapping_Process();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__REGION = eINSTANCE.getMapping_Region();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__KIND = eINSTANCE.getMapping_Kind();

		/**
		 * The meta object literal for the '<em><b>Sharing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__SHARING = eINSTANCE.getMapping_Sharing();

		/**
		 * The meta object literal for the '<em><b>Protection</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__PROTECTION = eINSTANCE.getMapping_Protection();

		/**
		 * The meta object literal for the '<em><b>Pages</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__PAGES = eINSTANCE.getMapping_Pages();

		/**
		 * The meta object literal for the '<em><b>Fill</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__FILL = eINSTANCE.getMapping_Fill();

		/**
		 * The meta object literal for the '<em><b>Thp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__THP = eINSTANCE.getMapping_Thp();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.ScenarioThreadImpl <em>Thread</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.ScenarioThreadImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getScenarioThread()
		 * @generated
		 */
		EClass SCENARIO_THREAD = eINSTANCE.getScenarioThread();

		/**
		 * The meta object literal for the '<em><b>Process</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO_THREAD__PROCESS = eINSTANCE.getScenarioThread_Process();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO_THREAD__NAME = eINSTANCE.getScenarioThread_Name();

		/**
		 * The meta object literal for the '<em><b>Kernel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO_THREAD__KERNEL = eINSTANCE.getScenarioThread_Kernel();

		/**
		 * The meta object literal for the '<em><b>Operations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO_THREAD__OPERATIONS = eINSTANCE.getScenarioThread_Operations();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.AddressImpl <em>Address</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.AddressImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getAddress()
		 * @generated
		 */
		EClass ADDRESS = eINSTANCE.getAddress();

		/**
		 * The meta object literal for the '<em><b>Process</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__PROCESS = eINSTANCE.getAddress_Process();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__REGION = eINSTANCE.getAddress_Region();

		/**
		 * The meta object literal for the '<em><b>Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__PAGE = eINSTANCE.getAddress_Page();

		/**
		 * The meta object literal for the '<em><b>First Sector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__FIRST_SECTOR = eINSTANCE.getAddress_FirstSector();

		/**
		 * The meta object literal for the '<em><b>Last Sector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__LAST_SECTOR = eINSTANCE.getAddress_LastSector();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.RegionRefImpl <em>Region Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.RegionRefImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getRegionRef()
		 * @generated
		 */
		EClass REGION_REF = eINSTANCE.getRegionRef();

		/**
		 * The meta object literal for the '<em><b>Process</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION_REF__PROCESS = eINSTANCE.getRegionRef_Process();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION_REF__REGION = eINSTANCE.getRegionRef_Region();

		/**
		 * The meta object literal for the '<em><b>First Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION_REF__FIRST_PAGE = eINSTANCE.getRegionRef_FirstPage();

		/**
		 * The meta object literal for the '<em><b>Last Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION_REF__LAST_PAGE = eINSTANCE.getRegionRef_LastPage();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.SectorRangeImpl <em>Sector Range</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.SectorRangeImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getSectorRange()
		 * @generated
		 */
		EClass SECTOR_RANGE = eINSTANCE.getSectorRange();

		/**
		 * The meta object literal for the '<em><b>First</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTOR_RANGE__FIRST = eINSTANCE.getSectorRange_First();

		/**
		 * The meta object literal for the '<em><b>Last</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTOR_RANGE__LAST = eINSTANCE.getSectorRange_Last();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.OperationImpl <em>Operation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.OperationImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getOperation()
		 * @generated
		 */
		EClass OPERATION = eINSTANCE.getOperation();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.StoreImpl <em>Store</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.StoreImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getStore()
		 * @generated
		 */
		EClass STORE = eINSTANCE.getStore();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORE__ADDRESS = eINSTANCE.getStore_Address();

		/**
		 * The meta object literal for the '<em><b>Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORE__DATA = eINSTANCE.getStore_Data();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.LoadImpl <em>Load</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.LoadImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getLoad()
		 * @generated
		 */
		EClass LOAD = eINSTANCE.getLoad();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOAD__ADDRESS = eINSTANCE.getLoad_Address();

		/**
		 * The meta object literal for the '<em><b>Register</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOAD__REGISTER = eINSTANCE.getLoad_Register();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.ForkImpl <em>Fork</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.ForkImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getFork()
		 * @generated
		 */
		EClass FORK = eINSTANCE.getFork();

		/**
		 * The meta object literal for the '<em><b>Child</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORK__CHILD = eINSTANCE.getFork_Child();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.ExitImpl <em>Exit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.ExitImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getExit()
		 * @generated
		 */
		EClass EXIT = eINSTANCE.getExit();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.MunmapImpl <em>Munmap</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.MunmapImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getMunmap()
		 * @generated
		 */
		EClass MUNMAP = eINSTANCE.getMunmap();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUNMAP__REGION = eINSTANCE.getMunmap_Region();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.MprotectImpl <em>Mprotect</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.MprotectImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getMprotect()
		 * @generated
		 */
		EClass MPROTECT = eINSTANCE.getMprotect();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MPROTECT__REGION = eINSTANCE.getMprotect_Region();

		/**
		 * The meta object literal for the '<em><b>Protection</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MPROTECT__PROTECTION = eINSTANCE.getMprotect_Protection();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.MadviseImpl <em>Madvise</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.MadviseImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getMadvise()
		 * @generated
		 */
		EClass MADVISE = eINSTANCE.getMadvise();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MADVISE__REGION = eINSTANCE.getMadvise_Region();

		/**
		 * The meta object literal for the '<em><b>Advice</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MADVISE__ADVICE = eINSTANCE.getMadvise_Advice();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.CollapseImpl <em>Collapse</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.CollapseImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getCollapse()
		 * @generated
		 */
		EClass COLLAPSE = eINSTANCE.getCollapse();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COLLAPSE__REGION = eINSTANCE.getCollapse_Region();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.DirectIoImpl <em>Direct Io</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.DirectIoImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getDirectIo()
		 * @generated
		 */
		EClass DIRECT_IO = eINSTANCE.getDirectIo();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIRECT_IO__ADDRESS = eINSTANCE.getDirectIo_Address();

		/**
		 * The meta object literal for the '<em><b>Gup</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECT_IO__GUP = eINSTANCE.getDirectIo_Gup();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECT_IO__REFERENCE = eINSTANCE.getDirectIo_Reference();

		/**
		 * The meta object literal for the '<em><b>Asynchronous</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECT_IO__ASYNCHRONOUS = eINSTANCE.getDirectIo_Asynchronous();

		/**
		 * The meta object literal for the '<em><b>Handle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECT_IO__HANDLE = eINSTANCE.getDirectIo_Handle();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.DioReadImpl <em>Dio Read</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.DioReadImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getDioRead()
		 * @generated
		 */
		EClass DIO_READ = eINSTANCE.getDioRead();

		/**
		 * The meta object literal for the '<em><b>Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIO_READ__DATA = eINSTANCE.getDioRead_Data();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.DioWriteImpl <em>Dio Write</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.DioWriteImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getDioWrite()
		 * @generated
		 */
		EClass DIO_WRITE = eINSTANCE.getDioWrite();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIO_WRITE__FILE = eINSTANCE.getDioWrite_File();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.AioWaitImpl <em>Aio Wait</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.AioWaitImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getAioWait()
		 * @generated
		 */
		EClass AIO_WAIT = eINSTANCE.getAioWait();

		/**
		 * The meta object literal for the '<em><b>Handle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AIO_WAIT__HANDLE = eINSTANCE.getAioWait_Handle();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.VmspliceImpl <em>Vmsplice</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.VmspliceImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getVmsplice()
		 * @generated
		 */
		EClass VMSPLICE = eINSTANCE.getVmsplice();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VMSPLICE__ADDRESS = eINSTANCE.getVmsplice_Address();

		/**
		 * The meta object literal for the '<em><b>Pipe</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSPLICE__PIPE = eINSTANCE.getVmsplice_Pipe();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.PipeReadImpl <em>Pipe Read</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.PipeReadImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getPipeRead()
		 * @generated
		 */
		EClass PIPE_READ = eINSTANCE.getPipeRead();

		/**
		 * The meta object literal for the '<em><b>Pipe</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIPE_READ__PIPE = eINSTANCE.getPipeRead_Pipe();

		/**
		 * The meta object literal for the '<em><b>Register</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIPE_READ__REGISTER = eINSTANCE.getPipeRead_Register();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.PinImpl <em>Pin</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.PinImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getPin()
		 * @generated
		 */
		EClass PIN = eINSTANCE.getPin();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PIN__ADDRESS = eINSTANCE.getPin_Address();

		/**
		 * The meta object literal for the '<em><b>Protection</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIN__PROTECTION = eINSTANCE.getPin_Protection();

		/**
		 * The meta object literal for the '<em><b>Fast</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIN__FAST = eINSTANCE.getPin_Fast();

		/**
		 * The meta object literal for the '<em><b>Longterm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIN__LONGTERM = eINSTANCE.getPin_Longterm();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIN__NAME = eINSTANCE.getPin_Name();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.DmaWriteImpl <em>Dma Write</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.DmaWriteImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getDmaWrite()
		 * @generated
		 */
		EClass DMA_WRITE = eINSTANCE.getDmaWrite();

		/**
		 * The meta object literal for the '<em><b>Pin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DMA_WRITE__PIN = eINSTANCE.getDmaWrite_Pin();

		/**
		 * The meta object literal for the '<em><b>Sectors</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DMA_WRITE__SECTORS = eINSTANCE.getDmaWrite_Sectors();

		/**
		 * The meta object literal for the '<em><b>Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DMA_WRITE__DATA = eINSTANCE.getDmaWrite_Data();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.DmaReadImpl <em>Dma Read</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.DmaReadImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getDmaRead()
		 * @generated
		 */
		EClass DMA_READ = eINSTANCE.getDmaRead();

		/**
		 * The meta object literal for the '<em><b>Pin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DMA_READ__PIN = eINSTANCE.getDmaRead_Pin();

		/**
		 * The meta object literal for the '<em><b>Sectors</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DMA_READ__SECTORS = eINSTANCE.getDmaRead_Sectors();

		/**
		 * The meta object literal for the '<em><b>Register</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DMA_READ__REGISTER = eINSTANCE.getDmaRead_Register();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.UnpinImpl <em>Unpin</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.UnpinImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getUnpin()
		 * @generated
		 */
		EClass UNPIN = eINSTANCE.getUnpin();

		/**
		 * The meta object literal for the '<em><b>Pin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNPIN__PIN = eINSTANCE.getUnpin_Pin();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.KsmMergeImpl <em>Ksm Merge</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.KsmMergeImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getKsmMerge()
		 * @generated
		 */
		EClass KSM_MERGE = eINSTANCE.getKsmMerge();

		/**
		 * The meta object literal for the '<em><b>First</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KSM_MERGE__FIRST = eINSTANCE.getKsmMerge_First();

		/**
		 * The meta object literal for the '<em><b>Second</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KSM_MERGE__SECOND = eINSTANCE.getKsmMerge_Second();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.SignalImpl <em>Signal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.SignalImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getSignal()
		 * @generated
		 */
		EClass SIGNAL = eINSTANCE.getSignal();

		/**
		 * The meta object literal for the '<em><b>Event</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL__EVENT = eINSTANCE.getSignal_Event();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.WaitImpl <em>Wait</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.WaitImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getWait()
		 * @generated
		 */
		EClass WAIT = eINSTANCE.getWait();

		/**
		 * The meta object literal for the '<em><b>Event</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAIT__EVENT = eINSTANCE.getWait_Event();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.ConditionImpl <em>Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.ConditionImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getCondition()
		 * @generated
		 */
		EClass CONDITION = eINSTANCE.getCondition();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__KIND = eINSTANCE.getCondition_Kind();

		/**
		 * The meta object literal for the '<em><b>Expression</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITION__EXPRESSION = eINSTANCE.getCondition_Expression();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__LABEL = eINSTANCE.getCondition_Label();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.ExpressionImpl <em>Expression</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.ExpressionImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getExpression()
		 * @generated
		 */
		EClass EXPRESSION = eINSTANCE.getExpression();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.AndImpl <em>And</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.AndImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getAnd()
		 * @generated
		 */
		EClass AND = eINSTANCE.getAnd();

		/**
		 * The meta object literal for the '<em><b>Operands</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AND__OPERANDS = eINSTANCE.getAnd_Operands();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.OrImpl <em>Or</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.OrImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getOr()
		 * @generated
		 */
		EClass OR = eINSTANCE.getOr();

		/**
		 * The meta object literal for the '<em><b>Operands</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OR__OPERANDS = eINSTANCE.getOr_Operands();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.NotImpl <em>Not</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.NotImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getNot()
		 * @generated
		 */
		EClass NOT = eINSTANCE.getNot();

		/**
		 * The meta object literal for the '<em><b>Operand</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOT__OPERAND = eINSTANCE.getNot_Operand();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.ComparisonImpl <em>Comparison</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.ComparisonImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getComparison()
		 * @generated
		 */
		EClass COMPARISON = eINSTANCE.getComparison();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPARISON__TARGET = eINSTANCE.getComparison_Target();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARISON__OPERATOR = eINSTANCE.getComparison_Operator();

		/**
		 * The meta object literal for the '<em><b>Symbol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARISON__SYMBOL = eINSTANCE.getComparison_Symbol();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.TargetImpl <em>Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.TargetImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getTarget()
		 * @generated
		 */
		EClass TARGET = eINSTANCE.getTarget();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.MemoryTargetImpl <em>Memory Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.MemoryTargetImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getMemoryTarget()
		 * @generated
		 */
		EClass MEMORY_TARGET = eINSTANCE.getMemoryTarget();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMORY_TARGET__ADDRESS = eINSTANCE.getMemoryTarget_Address();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.RegisterTargetImpl <em>Register Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.RegisterTargetImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getRegisterTarget()
		 * @generated
		 */
		EClass REGISTER_TARGET = eINSTANCE.getRegisterTarget();

		/**
		 * The meta object literal for the '<em><b>Process</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTER_TARGET__PROCESS = eINSTANCE.getRegisterTarget_Process();

		/**
		 * The meta object literal for the '<em><b>Thread</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTER_TARGET__THREAD = eINSTANCE.getRegisterTarget_Thread();

		/**
		 * The meta object literal for the '<em><b>Register</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTER_TARGET__REGISTER = eINSTANCE.getRegisterTarget_Register();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.FileTargetImpl <em>File Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.FileTargetImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getFileTarget()
		 * @generated
		 */
		EClass FILE_TARGET = eINSTANCE.getFileTarget();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_TARGET__FILE = eINSTANCE.getFileTarget_File();

		/**
		 * The meta object literal for the '<em><b>Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_TARGET__PAGE = eINSTANCE.getFileTarget_Page();

		/**
		 * The meta object literal for the '<em><b>First Sector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_TARGET__FIRST_SECTOR = eINSTANCE.getFileTarget_FirstSector();

		/**
		 * The meta object literal for the '<em><b>Last Sector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_TARGET__LAST_SECTOR = eINSTANCE.getFileTarget_LastSector();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.ExpectationImpl <em>Expectation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.ExpectationImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getExpectation()
		 * @generated
		 */
		EClass EXPECTATION = eINSTANCE.getExpectation();

		/**
		 * The meta object literal for the '<em><b>Strategy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECTATION__STRATEGY = eINSTANCE.getExpectation_Strategy();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECTATION__OUTCOME = eINSTANCE.getExpectation_Outcome();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.StrategyDefinitionImpl <em>Strategy Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.StrategyDefinitionImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getStrategyDefinition()
		 * @generated
		 */
		EClass STRATEGY_DEFINITION = eINSTANCE.getStrategyDefinition();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGY_DEFINITION__NAME = eINSTANCE.getStrategyDefinition_Name();

		/**
		 * The meta object literal for the '<em><b>Base</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGY_DEFINITION__BASE = eINSTANCE.getStrategyDefinition_Base();

		/**
		 * The meta object literal for the '<em><b>Knobs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY_DEFINITION__KNOBS = eINSTANCE.getStrategyDefinition_Knobs();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.impl.KnobSettingImpl <em>Knob Setting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.impl.KnobSettingImpl
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getKnobSetting()
		 * @generated
		 */
		EClass KNOB_SETTING = eINSTANCE.getKnobSetting();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOB_SETTING__NAME = eINSTANCE.getKnobSetting_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOB_SETTING__VALUE = eINSTANCE.getKnobSetting_Value();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.PropertyKey <em>Property Key</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.PropertyKey
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getPropertyKey()
		 * @generated
		 */
		EEnum PROPERTY_KEY = eINSTANCE.getPropertyKey();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.RegionKind <em>Region Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.RegionKind
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getRegionKind()
		 * @generated
		 */
		EEnum REGION_KIND = eINSTANCE.getRegionKind();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.Sharing <em>Sharing</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.Sharing
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getSharing()
		 * @generated
		 */
		EEnum SHARING = eINSTANCE.getSharing();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.Protection <em>Protection</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.Protection
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getProtection()
		 * @generated
		 */
		EEnum PROTECTION = eINSTANCE.getProtection();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.ThpMode <em>Thp Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.ThpMode
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getThpMode()
		 * @generated
		 */
		EEnum THP_MODE = eINSTANCE.getThpMode();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.Advice <em>Advice</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.Advice
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getAdvice()
		 * @generated
		 */
		EEnum ADVICE = eINSTANCE.getAdvice();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.GupMode <em>Gup Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.GupMode
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getGupMode()
		 * @generated
		 */
		EEnum GUP_MODE = eINSTANCE.getGupMode();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.GupReference <em>Gup Reference</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.GupReference
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getGupReference()
		 * @generated
		 */
		EEnum GUP_REFERENCE = eINSTANCE.getGupReference();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.ConditionKind <em>Condition Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.ConditionKind
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getConditionKind()
		 * @generated
		 */
		EEnum CONDITION_KIND = eINSTANCE.getConditionKind();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.ComparisonOperator <em>Comparison Operator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.ComparisonOperator
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getComparisonOperator()
		 * @generated
		 */
		EEnum COMPARISON_OPERATOR = eINSTANCE.getComparisonOperator();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.scenario.ExpectedOutcome <em>Expected Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.scenario.ExpectedOutcome
		 * @see org.mmrace.model.scenario.impl.ScenarioPackageImpl#getExpectedOutcome()
		 * @generated
		 */
		EEnum EXPECTED_OUTCOME = eINSTANCE.getExpectedOutcome();

	}

} //ScenarioPackage
