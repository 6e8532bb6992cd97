/**
 */
package org.mmrace.model.state;

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
 * Snapshots of the memory-management state and traces of kernel steps, as the engine shows them (the engine explores with its own compact encoding and converts to these objects to show or save a trace).
 * <!-- end-model-doc -->
 * @see org.mmrace.model.state.StateFactory
 * @model kind="package"
 * @generated
 */
public interface StatePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "state";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.mmrace.org/model/state/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "state";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	StatePackage eINSTANCE = org.mmrace.model.state.impl.StatePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.mmrace.model.state.impl.MmStateImpl <em>Mm State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.state.impl.MmStateImpl
	 * @see org.mmrace.model.state.impl.StatePackageImpl#getMmState()
	 * @generated
	 */
	int MM_STATE = 0;

	/**
	 * The feature id for the '<em><b>Mms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_STATE__MMS = 0;

	/**
	 * The feature id for the '<em><b>Pages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_STATE__PAGES = 1;

	/**
	 * The feature id for the '<em><b>Pins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_STATE__PINS = 2;

	/**
	 * The feature id for the '<em><b>Pipes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_STATE__PIPES = 3;

	/**
	 * The feature id for the '<em><b>Ios</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_STATE__IOS = 4;

	/**
	 * The feature id for the '<em><b>Locks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_STATE__LOCKS = 5;

	/**
	 * The feature id for the '<em><b>Logical Memories</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_STATE__LOGICAL_MEMORIES = 6;

	/**
	 * The feature id for the '<em><b>Files</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_STATE__FILES = 7;

	/**
	 * The feature id for the '<em><b>Signalled Events</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_STATE__SIGNALLED_EVENTS = 8;

	/**
	 * The feature id for the '<em><b>Finished Threads</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_STATE__FINISHED_THREADS = 9;

	/**
	 * The feature id for the '<em><b>Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_STATE__THREADS = 10;

	/**
	 * The feature id for the '<em><b>Requests</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_STATE__REQUESTS = 11;

	/**
	 * The feature id for the '<em><b>File Pages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_STATE__FILE_PAGES = 12;

	/**
	 * The number of structural features of the '<em>Mm State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_STATE_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Mm State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_STATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.state.impl.MmImpl <em>Mm</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.state.impl.MmImpl
	 * @see org.mmrace.model.state.impl.StatePackageImpl#getMm()
	 * @generated
	 */
	int MM = 1;

	/**
	 * The feature id for the '<em><b>Process</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM__PROCESS = 0;

	/**
	 * The feature id for the '<em><b>Has Pinned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM__HAS_PINNED = 1;

	/**
	 * The feature id for the '<em><b>Write Protect Seq</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM__WRITE_PROTECT_SEQ = 2;

	/**
	 * The feature id for the '<em><b>Exited</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM__EXITED = 3;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM__STATE = 4;

	/**
	 * The feature id for the '<em><b>Vmas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM__VMAS = 5;

	/**
	 * The number of structural features of the '<em>Mm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Mm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.state.impl.VmaImpl <em>Vma</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.state.impl.VmaImpl
	 * @see org.mmrace.model.state.impl.StatePackageImpl#getVma()
	 * @generated
	 */
	int VMA = 2;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA__REGION = 0;

	/**
	 * The feature id for the '<em><b>Page Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA__PAGE_COUNT = 1;

	/**
	 * The feature id for the '<em><b>Shared</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA__SHARED = 2;

	/**
	 * The feature id for the '<em><b>Maywrite</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA__MAYWRITE = 3;

	/**
	 * The feature id for the '<em><b>Write</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA__WRITE = 4;

	/**
	 * The feature id for the '<em><b>Dontcopy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA__DONTCOPY = 5;

	/**
	 * The feature id for the '<em><b>Mergeable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA__MERGEABLE = 6;

	/**
	 * The feature id for the '<em><b>Present</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA__PRESENT = 7;

	/**
	 * The feature id for the '<em><b>Ptes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA__PTES = 8;

	/**
	 * The feature id for the '<em><b>Logical</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA__LOGICAL = 9;

	/**
	 * The number of structural features of the '<em>Vma</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Vma</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.state.impl.PteImpl <em>Pte</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.state.impl.PteImpl
	 * @see org.mmrace.model.state.impl.StatePackageImpl#getPte()
	 * @generated
	 */
	int PTE = 3;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PTE__INDEX = 0;

	/**
	 * The feature id for the '<em><b>Present</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PTE__PRESENT = 1;

	/**
	 * The feature id for the '<em><b>Write</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PTE__WRITE = 2;

	/**
	 * The feature id for the '<em><b>Pfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PTE__PFN = 3;

	/**
	 * The number of structural features of the '<em>Pte</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PTE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Pte</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PTE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.state.impl.PageImpl <em>Page</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.state.impl.PageImpl
	 * @see org.mmrace.model.state.impl.StatePackageImpl#getPage()
	 * @generated
	 */
	int PAGE = 4;

	/**
	 * The feature id for the '<em><b>Pfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__PFN = 0;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__COUNT = 1;

	/**
	 * The feature id for the '<em><b>Mapcount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__MAPCOUNT = 2;

	/**
	 * The feature id for the '<em><b>Pins</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__PINS = 3;

	/**
	 * The feature id for the '<em><b>Anon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__ANON = 4;

	/**
	 * The feature id for the '<em><b>Locked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__LOCKED = 5;

	/**
	 * The feature id for the '<em><b>Swapcache</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__SWAPCACHE = 6;

	/**
	 * The feature id for the '<em><b>Ksm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__KSM = 7;

	/**
	 * The feature id for the '<em><b>Anon Exclusive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__ANON_EXCLUSIVE = 8;

	/**
	 * The feature id for the '<em><b>Dontcow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__DONTCOW = 9;

	/**
	 * The feature id for the '<em><b>Gup</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__GUP = 10;

	/**
	 * The feature id for the '<em><b>Freed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__FREED = 11;

	/**
	 * The feature id for the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__CONTENT = 12;

	/**
	 * The number of structural features of the '<em>Page</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Page</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.state.impl.PinImpl <em>Pin</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.state.impl.PinImpl
	 * @see org.mmrace.model.state.impl.StatePackageImpl#getPin()
	 * @generated
	 */
	int PIN = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIN__NAME = 0;

	/**
	 * The feature id for the '<em><b>Pfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIN__PFN = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIN__KIND = 2;

	/**
	 * The feature id for the '<em><b>Longterm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIN__LONGTERM = 3;

	/**
	 * The feature id for the '<em><b>Writable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIN__WRITABLE = 4;

	/**
	 * The feature id for the '<em><b>Holder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIN__HOLDER = 5;

	/**
	 * The feature id for the '<em><b>Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIN__REF = 6;

	/**
	 * The number of structural features of the '<em>Pin</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIN_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Pin</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.state.impl.PipeImpl <em>Pipe</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.state.impl.PipeImpl
	 * @see org.mmrace.model.state.impl.StatePackageImpl#getPipe()
	 * @generated
	 */
	int PIPE = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Pfns</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPE__PFNS = 1;

	/**
	 * The feature id for the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPE__CONTENT = 2;

	/**
	 * The number of structural features of the '<em>Pipe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Pipe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.state.impl.IoInFlightImpl <em>Io In Flight</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.state.impl.IoInFlightImpl
	 * @see org.mmrace.model.state.impl.StatePackageImpl#getIoInFlight()
	 * @generated
	 */
	int IO_IN_FLIGHT = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_IN_FLIGHT__ID = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_IN_FLIGHT__KIND = 1;

	/**
	 * The feature id for the '<em><b>Pfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_IN_FLIGHT__PFN = 2;

	/**
	 * The feature id for the '<em><b>First Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_IN_FLIGHT__FIRST_SECTOR = 3;

	/**
	 * The feature id for the '<em><b>Last Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_IN_FLIGHT__LAST_SECTOR = 4;

	/**
	 * The feature id for the '<em><b>Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_IN_FLIGHT__DATA = 5;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_IN_FLIGHT__FILE = 6;

	/**
	 * The feature id for the '<em><b>Thread</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_IN_FLIGHT__THREAD = 7;

	/**
	 * The number of structural features of the '<em>Io In Flight</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_IN_FLIGHT_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Io In Flight</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_IN_FLIGHT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.state.impl.LockHeldImpl <em>Lock Held</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.state.impl.LockHeldImpl
	 * @see org.mmrace.model.state.impl.StatePackageImpl#getLockHeld()
	 * @generated
	 */
	int LOCK_HELD = 8;

	/**
	 * The feature id for the '<em><b>Lock</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_HELD__LOCK = 0;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_HELD__MODE = 1;

	/**
	 * The feature id for the '<em><b>Holder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_HELD__HOLDER = 2;

	/**
	 * The number of structural features of the '<em>Lock Held</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_HELD_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Lock Held</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_HELD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.state.impl.LogicalMemoryImpl <em>Logical Memory</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.state.impl.LogicalMemoryImpl
	 * @see org.mmrace.model.state.impl.StatePackageImpl#getLogicalMemory()
	 * @generated
	 */
	int LOGICAL_MEMORY = 9;

	/**
	 * The feature id for the '<em><b>Process</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGICAL_MEMORY__PROCESS = 0;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGICAL_MEMORY__REGION = 1;

	/**
	 * The feature id for the '<em><b>Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGICAL_MEMORY__PAGE = 2;

	/**
	 * The feature id for the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGICAL_MEMORY__CONTENT = 3;

	/**
	 * The number of structural features of the '<em>Logical Memory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGICAL_MEMORY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Logical Memory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGICAL_MEMORY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.state.impl.FileContentImpl <em>File Content</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.state.impl.FileContentImpl
	 * @see org.mmrace.model.state.impl.StatePackageImpl#getFileContent()
	 * @generated
	 */
	int FILE_CONTENT = 10;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_CONTENT__FILE = 0;

	/**
	 * The feature id for the '<em><b>Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_CONTENT__PAGE = 1;

	/**
	 * The feature id for the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_CONTENT__CONTENT = 2;

	/**
	 * The number of structural features of the '<em>File Content</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_CONTENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>File Content</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_CONTENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.state.impl.TraceImpl <em>Trace</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.state.impl.TraceImpl
	 * @see org.mmrace.model.state.impl.StatePackageImpl#getTrace()
	 * @generated
	 */
	int TRACE = 11;

	/**
	 * The feature id for the '<em><b>Initial State</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE__INITIAL_STATE = 0;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE__STEPS = 1;

	/**
	 * The number of structural features of the '<em>Trace</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Trace</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.state.impl.TraceStepImpl <em>Trace Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.state.impl.TraceStepImpl
	 * @see org.mmrace.model.state.impl.StatePackageImpl#getTraceStep()
	 * @generated
	 */
	int TRACE_STEP = 12;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_STEP__INDEX = 0;

	/**
	 * The feature id for the '<em><b>Thread</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_STEP__THREAD = 1;

	/**
	 * The feature id for the '<em><b>Operation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_STEP__OPERATION = 2;

	/**
	 * The feature id for the '<em><b>Operation Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_STEP__OPERATION_LINE = 3;

	/**
	 * The feature id for the '<em><b>Operation Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_STEP__OPERATION_COLUMN = 4;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_STEP__LABEL = 5;

	/**
	 * The feature id for the '<em><b>Locks Held</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_STEP__LOCKS_HELD = 6;

	/**
	 * The feature id for the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_STEP__DEVICE = 7;

	/**
	 * The feature id for the '<em><b>Locks</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_STEP__LOCKS = 8;

	/**
	 * The feature id for the '<em><b>Changes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_STEP__CHANGES = 9;

	/**
	 * The feature id for the '<em><b>State</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_STEP__STATE = 10;

	/**
	 * The number of structural features of the '<em>Trace Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_STEP_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Trace Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.state.impl.ThreadStateImpl <em>Thread State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.state.impl.ThreadStateImpl
	 * @see org.mmrace.model.state.impl.StatePackageImpl#getThreadState()
	 * @generated
	 */
	int THREAD_STATE = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_STATE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Operation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_STATE__OPERATION = 1;

	/**
	 * The feature id for the '<em><b>Operation Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_STATE__OPERATION_TEXT = 2;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_STATE__PHASE = 3;

	/**
	 * The feature id for the '<em><b>Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_STATE__DONE = 4;

	/**
	 * The feature id for the '<em><b>Registers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_STATE__REGISTERS = 5;

	/**
	 * The number of structural features of the '<em>Thread State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_STATE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Thread State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_STATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.state.impl.IoRequestImpl <em>Io Request</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.state.impl.IoRequestImpl
	 * @see org.mmrace.model.state.impl.StatePackageImpl#getIoRequest()
	 * @generated
	 */
	int IO_REQUEST = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_REQUEST__NAME = 0;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_REQUEST__OWNER = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_REQUEST__KIND = 2;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_REQUEST__STATE = 3;

	/**
	 * The feature id for the '<em><b>Pfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_REQUEST__PFN = 4;

	/**
	 * The feature id for the '<em><b>Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_REQUEST__REF = 5;

	/**
	 * The feature id for the '<em><b>Page Locked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_REQUEST__PAGE_LOCKED = 6;

	/**
	 * The number of structural features of the '<em>Io Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_REQUEST_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Io Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_REQUEST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.state.impl.FilePagesImpl <em>File Pages</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.state.impl.FilePagesImpl
	 * @see org.mmrace.model.state.impl.StatePackageImpl#getFilePages()
	 * @generated
	 */
	int FILE_PAGES = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_PAGES__NAME = 0;

	/**
	 * The feature id for the '<em><b>Pages</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_PAGES__PAGES = 1;

	/**
	 * The number of structural features of the '<em>File Pages</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_PAGES_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>File Pages</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_PAGES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mmrace.model.state.PinKind <em>Pin Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.state.PinKind
	 * @see org.mmrace.model.state.impl.StatePackageImpl#getPinKind()
	 * @generated
	 */
	int PIN_KIND = 16;

	/**
	 * The meta object id for the '{@link org.mmrace.model.state.IoKind <em>Io Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mmrace.model.state.IoKind
	 * @see org.mmrace.model.state.impl.StatePackageImpl#getIoKind()
	 * @generated
	 */
	int IO_KIND = 17;


	/**
	 * Returns the meta object for class '{@link org.mmrace.model.state.MmState <em>Mm State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mm State</em>'.
	 * @see org.mmrace.model.state.MmState
	 * @generated
	 */
	EClass getMmState();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.state.MmState#getMms <em>Mms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mms</em>'.
	 * @see org.mmrace.model.state.MmState#getMms()
	 * @see #getMmState()
	 * @generated
	 */
	EReference getMmState_Mms();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.state.MmState#getPages <em>Pages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pages</em>'.
	 * @see org.mmrace.model.state.MmState#getPages()
	 * @see #getMmState()
	 * @generated
	 */
	EReference getMmState_Pages();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.state.MmState#getPins <em>Pins</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pins</em>'.
	 * @see org.mmrace.model.state.MmState#getPins()
	 * @see #getMmState()
	 * @generated
	 */
	EReference getMmState_Pins();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.state.MmState#getPipes <em>Pipes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pipes</em>'.
	 * @see org.mmrace.model.state.MmState#getPipes()
	 * @see #getMmState()
	 * @generated
	 */
	EReference getMmState_Pipes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.state.MmState#getIos <em>Ios</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ios</em>'.
	 * @see org.mmrace.model.state.MmState#getIos()
	 * @see #getMmState()
	 * @generated
	 */
	EReference getMmState_Ios();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.state.MmState#getLocks <em>Locks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Locks</em>'.
	 * @see org.mmrace.model.state.MmState#getLocks()
	 * @see #getMmState()
	 * @generated
	 */
	EReference getMmState_Locks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.state.MmState#getLogicalMemories <em>Logical Memories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Logical Memories</em>'.
	 * @see org.mmrace.model.state.MmState#getLogicalMemories()
	 * @see #getMmState()
	 * @generated
	 */
	EReference getMmState_LogicalMemories();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.state.MmState#getFiles <em>Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Files</em>'.
	 * @see org.mmrace.model.state.MmState#getFiles()
	 * @see #getMmState()
	 * @generated
	 */
	EReference getMmState_Files();

	/**
	 * Returns the meta object for the attribute list '{@link org.mmrace.model.state.MmState#getSignalledEvents <em>Signalled Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Signalled Events</em>'.
	 * @see org.mmrace.model.state.MmState#getSignalledEvents()
	 * @see #getMmState()
	 * @generated
	 */
	EAttribute getMmState_SignalledEvents();

	/**
	 * Returns the meta object for the attribute list '{@link org.mmrace.model.state.MmState#getFinishedThreads <em>Finished Threads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Finished Threads</em>'.
	 * @see org.mmrace.model.state.MmState#getFinishedThreads()
	 * @see #getMmState()
	 * @generated
	 */
	EAttribute getMmState_FinishedThreads();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.state.MmState#getThreads <em>Threads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Threads</em>'.
	 * @see org.mmrace.model.state.MmState#getThreads()
	 * @see #getMmState()
	 * @generated
	 */
	EReference getMmState_Threads();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.state.MmState#getRequests <em>Requests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Requests</em>'.
	 * @see org.mmrace.model.state.MmState#getRequests()
	 * @see #getMmState()
	 * @generated
	 */
	EReference getMmState_Requests();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.state.MmState#getFilePages <em>File Pages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>File Pages</em>'.
	 * @see org.mmrace.model.state.MmState#getFilePages()
	 * @see #getMmState()
	 * @generated
	 */
	EReference getMmState_FilePages();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.state.Mm <em>Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mm</em>'.
	 * @see org.mmrace.model.state.Mm
	 * @generated
	 */
	EClass getMm();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Mm#getProcess <em>Process</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Process</em>'.
	 * @see org.mmrace.model.state.Mm#getProcess()
	 * @see #getMm()
	 * @generated
	 */
	EAttribute getMm_Process();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Mm#isHasPinned <em>Has Pinned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Has Pinned</em>'.
	 * @see org.mmrace.model.state.Mm#isHasPinned()
	 * @see #getMm()
	 * @generated
	 */
	EAttribute getMm_HasPinned();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Mm#getWriteProtectSeq <em>Write Protect Seq</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Write Protect Seq</em>'.
	 * @see org.mmrace.model.state.Mm#getWriteProtectSeq()
	 * @see #getMm()
	 * @generated
	 */
	EAttribute getMm_WriteProtectSeq();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Mm#isExited <em>Exited</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exited</em>'.
	 * @see org.mmrace.model.state.Mm#isExited()
	 * @see #getMm()
	 * @generated
	 */
	EAttribute getMm_Exited();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Mm#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.mmrace.model.state.Mm#getState()
	 * @see #getMm()
	 * @generated
	 */
	EAttribute getMm_State();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.state.Mm#getVmas <em>Vmas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Vmas</em>'.
	 * @see org.mmrace.model.state.Mm#getVmas()
	 * @see #getMm()
	 * @generated
	 */
	EReference getMm_Vmas();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.state.Vma <em>Vma</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Vma</em>'.
	 * @see org.mmrace.model.state.Vma
	 * @generated
	 */
	EClass getVma();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Vma#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.mmrace.model.state.Vma#getRegion()
	 * @see #getVma()
	 * @generated
	 */
	EAttribute getVma_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Vma#getPageCount <em>Page Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page Count</em>'.
	 * @see org.mmrace.model.state.Vma#getPageCount()
	 * @see #getVma()
	 * @generated
	 */
	EAttribute getVma_PageCount();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Vma#isShared <em>Shared</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shared</em>'.
	 * @see org.mmrace.model.state.Vma#isShared()
	 * @see #getVma()
	 * @generated
	 */
	EAttribute getVma_Shared();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Vma#isMaywrite <em>Maywrite</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maywrite</em>'.
	 * @see org.mmrace.model.state.Vma#isMaywrite()
	 * @see #getVma()
	 * @generated
	 */
	EAttribute getVma_Maywrite();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Vma#isWrite <em>Write</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Write</em>'.
	 * @see org.mmrace.model.state.Vma#isWrite()
	 * @see #getVma()
	 * @generated
	 */
	EAttribute getVma_Write();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Vma#isDontcopy <em>Dontcopy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dontcopy</em>'.
	 * @see org.mmrace.model.state.Vma#isDontcopy()
	 * @see #getVma()
	 * @generated
	 */
	EAttribute getVma_Dontcopy();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Vma#isMergeable <em>Mergeable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mergeable</em>'.
	 * @see org.mmrace.model.state.Vma#isMergeable()
	 * @see #getVma()
	 * @generated
	 */
	EAttribute getVma_Mergeable();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Vma#isPresent <em>Present</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Present</em>'.
	 * @see org.mmrace.model.state.Vma#isPresent()
	 * @see #getVma()
	 * @generated
	 */
	EAttribute getVma_Present();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.state.Vma#getPtes <em>Ptes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ptes</em>'.
	 * @see org.mmrace.model.state.Vma#getPtes()
	 * @see #getVma()
	 * @generated
	 */
	EReference getVma_Ptes();

	/**
	 * Returns the meta object for the attribute list '{@link org.mmrace.model.state.Vma#getLogical <em>Logical</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Logical</em>'.
	 * @see org.mmrace.model.state.Vma#getLogical()
	 * @see #getVma()
	 * @generated
	 */
	EAttribute getVma_Logical();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.state.Pte <em>Pte</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pte</em>'.
	 * @see org.mmrace.model.state.Pte
	 * @generated
	 */
	EClass getPte();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Pte#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.mmrace.model.state.Pte#getIndex()
	 * @see #getPte()
	 * @generated
	 */
	EAttribute getPte_Index();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Pte#isPresent <em>Present</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Present</em>'.
	 * @see org.mmrace.model.state.Pte#isPresent()
	 * @see #getPte()
	 * @generated
	 */
	EAttribute getPte_Present();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Pte#isWrite <em>Write</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Write</em>'.
	 * @see org.mmrace.model.state.Pte#isWrite()
	 * @see #getPte()
	 * @generated
	 */
	EAttribute getPte_Write();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Pte#getPfn <em>Pfn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pfn</em>'.
	 * @see org.mmrace.model.state.Pte#getPfn()
	 * @see #getPte()
	 * @generated
	 */
	EAttribute getPte_Pfn();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.state.Page <em>Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Page</em>'.
	 * @see org.mmrace.model.state.Page
	 * @generated
	 */
	EClass getPage();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Page#getPfn <em>Pfn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pfn</em>'.
	 * @see org.mmrace.model.state.Page#getPfn()
	 * @see #getPage()
	 * @generated
	 */
	EAttribute getPage_Pfn();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Page#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.mmrace.model.state.Page#getCount()
	 * @see #getPage()
	 * @generated
	 */
	EAttribute getPage_Count();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Page#getMapcount <em>Mapcount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mapcount</em>'.
	 * @see org.mmrace.model.state.Page#getMapcount()
	 * @see #getPage()
	 * @generated
	 */
	EAttribute getPage_Mapcount();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Page#getPins <em>Pins</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pins</em>'.
	 * @see org.mmrace.model.state.Page#getPins()
	 * @see #getPage()
	 * @generated
	 */
	EAttribute getPage_Pins();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Page#isAnon <em>Anon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anon</em>'.
	 * @see org.mmrace.model.state.Page#isAnon()
	 * @see #getPage()
	 * @generated
	 */
	EAttribute getPage_Anon();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Page#isLocked <em>Locked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Locked</em>'.
	 * @see org.mmrace.model.state.Page#isLocked()
	 * @see #getPage()
	 * @generated
	 */
	EAttribute getPage_Locked();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Page#isSwapcache <em>Swapcache</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Swapcache</em>'.
	 * @see org.mmrace.model.state.Page#isSwapcache()
	 * @see #getPage()
	 * @generated
	 */
	EAttribute getPage_Swapcache();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Page#isKsm <em>Ksm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ksm</em>'.
	 * @see org.mmrace.model.state.Page#isKsm()
	 * @see #getPage()
	 * @generated
	 */
	EAttribute getPage_Ksm();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Page#isAnonExclusive <em>Anon Exclusive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anon Exclusive</em>'.
	 * @see org.mmrace.model.state.Page#isAnonExclusive()
	 * @see #getPage()
	 * @generated
	 */
	EAttribute getPage_AnonExclusive();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Page#isDontcow <em>Dontcow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dontcow</em>'.
	 * @see org.mmrace.model.state.Page#isDontcow()
	 * @see #getPage()
	 * @generated
	 */
	EAttribute getPage_Dontcow();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Page#isGup <em>Gup</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gup</em>'.
	 * @see org.mmrace.model.state.Page#isGup()
	 * @see #getPage()
	 * @generated
	 */
	EAttribute getPage_Gup();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Page#isFreed <em>Freed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Freed</em>'.
	 * @see org.mmrace.model.state.Page#isFreed()
	 * @see #getPage()
	 * @generated
	 */
	EAttribute getPage_Freed();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Page#getContent <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content</em>'.
	 * @see org.mmrace.model.state.Page#getContent()
	 * @see #getPage()
	 * @generated
	 */
	EAttribute getPage_Content();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.state.Pin <em>Pin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pin</em>'.
	 * @see org.mmrace.model.state.Pin
	 * @generated
	 */
	EClass getPin();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Pin#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.mmrace.model.state.Pin#getName()
	 * @see #getPin()
	 * @generated
	 */
	EAttribute getPin_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Pin#getPfn <em>Pfn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pfn</em>'.
	 * @see org.mmrace.model.state.Pin#getPfn()
	 * @see #getPin()
	 * @generated
	 */
	EAttribute getPin_Pfn();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Pin#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.mmrace.model.state.Pin#getKind()
	 * @see #getPin()
	 * @generated
	 */
	EAttribute getPin_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Pin#isLongterm <em>Longterm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Longterm</em>'.
	 * @see org.mmrace.model.state.Pin#isLongterm()
	 * @see #getPin()
	 * @generated
	 */
	EAttribute getPin_Longterm();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Pin#isWritable <em>Writable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Writable</em>'.
	 * @see org.mmrace.model.state.Pin#isWritable()
	 * @see #getPin()
	 * @generated
	 */
	EAttribute getPin_Writable();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Pin#getHolder <em>Holder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Holder</em>'.
	 * @see org.mmrace.model.state.Pin#getHolder()
	 * @see #getPin()
	 * @generated
	 */
	EAttribute getPin_Holder();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Pin#getRef <em>Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ref</em>'.
	 * @see org.mmrace.model.state.Pin#getRef()
	 * @see #getPin()
	 * @generated
	 */
	EAttribute getPin_Ref();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.state.Pipe <em>Pipe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pipe</em>'.
	 * @see org.mmrace.model.state.Pipe
	 * @generated
	 */
	EClass getPipe();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Pipe#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.mmrace.model.state.Pipe#getName()
	 * @see #getPipe()
	 * @generated
	 */
	EAttribute getPipe_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.mmrace.model.state.Pipe#getPfns <em>Pfns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Pfns</em>'.
	 * @see org.mmrace.model.state.Pipe#getPfns()
	 * @see #getPipe()
	 * @generated
	 */
	EAttribute getPipe_Pfns();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.Pipe#getContent <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content</em>'.
	 * @see org.mmrace.model.state.Pipe#getContent()
	 * @see #getPipe()
	 * @generated
	 */
	EAttribute getPipe_Content();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.state.IoInFlight <em>Io In Flight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Io In Flight</em>'.
	 * @see org.mmrace.model.state.IoInFlight
	 * @generated
	 */
	EClass getIoInFlight();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.IoInFlight#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.mmrace.model.state.IoInFlight#getId()
	 * @see #getIoInFlight()
	 * @generated
	 */
	EAttribute getIoInFlight_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.IoInFlight#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.mmrace.model.state.IoInFlight#getKind()
	 * @see #getIoInFlight()
	 * @generated
	 */
	EAttribute getIoInFlight_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.IoInFlight#getPfn <em>Pfn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pfn</em>'.
	 * @see org.mmrace.model.state.IoInFlight#getPfn()
	 * @see #getIoInFlight()
	 * @generated
	 */
	EAttribute getIoInFlight_Pfn();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.IoInFlight#getFirstSector <em>First Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Sector</em>'.
	 * @see org.mmrace.model.state.IoInFlight#getFirstSector()
	 * @see #getIoInFlight()
	 * @generated
	 */
	EAttribute getIoInFlight_FirstSector();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.IoInFlight#getLastSector <em>Last Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Sector</em>'.
	 * @see org.mmrace.model.state.IoInFlight#getLastSector()
	 * @see #getIoInFlight()
	 * @generated
	 */
	EAttribute getIoInFlight_LastSector();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.IoInFlight#getData <em>Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data</em>'.
	 * @see org.mmrace.model.state.IoInFlight#getData()
	 * @see #getIoInFlight()
	 * @generated
	 */
	EAttribute getIoInFlight_Data();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.IoInFlight#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.mmrace.model.state.IoInFlight#getFile()
	 * @see #getIoInFlight()
	 * @generated
	 */
	EAttribute getIoInFlight_File();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.IoInFlight#getThread <em>Thread</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Thread</em>'.
	 * @see org.mmrace.model.state.IoInFlight#getThread()
	 * @see #getIoInFlight()
	 * @generated
	 */
	EAttribute getIoInFlight_Thread();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.state.LockHeld <em>Lock Held</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lock Held</em>'.
	 * @see org.mmrace.model.state.LockHeld
	 * @generated
	 */
	EClass getLockHeld();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.LockHeld#getLock <em>Lock</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lock</em>'.
	 * @see org.mmrace.model.state.LockHeld#getLock()
	 * @see #getLockHeld()
	 * @generated
	 */
	EAttribute getLockHeld_Lock();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.LockHeld#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.mmrace.model.state.LockHeld#getMode()
	 * @see #getLockHeld()
	 * @generated
	 */
	EAttribute getLockHeld_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.LockHeld#getHolder <em>Holder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Holder</em>'.
	 * @see org.mmrace.model.state.LockHeld#getHolder()
	 * @see #getLockHeld()
	 * @generated
	 */
	EAttribute getLockHeld_Holder();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.state.LogicalMemory <em>Logical Memory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Logical Memory</em>'.
	 * @see org.mmrace.model.state.LogicalMemory
	 * @generated
	 */
	EClass getLogicalMemory();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.LogicalMemory#getProcess <em>Process</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Process</em>'.
	 * @see org.mmrace.model.state.LogicalMemory#getProcess()
	 * @see #getLogicalMemory()
	 * @generated
	 */
	EAttribute getLogicalMemory_Process();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.LogicalMemory#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.mmrace.model.state.LogicalMemory#getRegion()
	 * @see #getLogicalMemory()
	 * @generated
	 */
	EAttribute getLogicalMemory_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.LogicalMemory#getPage <em>Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page</em>'.
	 * @see org.mmrace.model.state.LogicalMemory#getPage()
	 * @see #getLogicalMemory()
	 * @generated
	 */
	EAttribute getLogicalMemory_Page();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.LogicalMemory#getContent <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content</em>'.
	 * @see org.mmrace.model.state.LogicalMemory#getContent()
	 * @see #getLogicalMemory()
	 * @generated
	 */
	EAttribute getLogicalMemory_Content();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.state.FileContent <em>File Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>File Content</em>'.
	 * @see org.mmrace.model.state.FileContent
	 * @generated
	 */
	EClass getFileContent();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.FileContent#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.mmrace.model.state.FileContent#getFile()
	 * @see #getFileContent()
	 * @generated
	 */
	EAttribute getFileContent_File();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.FileContent#getPage <em>Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page</em>'.
	 * @see org.mmrace.model.state.FileContent#getPage()
	 * @see #getFileContent()
	 * @generated
	 */
	EAttribute getFileContent_Page();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.FileContent#getContent <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content</em>'.
	 * @see org.mmrace.model.state.FileContent#getContent()
	 * @see #getFileContent()
	 * @generated
	 */
	EAttribute getFileContent_Content();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.state.Trace <em>Trace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trace</em>'.
	 * @see org.mmrace.model.state.Trace
	 * @generated
	 */
	EClass getTrace();

	/**
	 * Returns the meta object for the containment reference '{@link org.mmrace.model.state.Trace#getInitialState <em>Initial State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Initial State</em>'.
	 * @see org.mmrace.model.state.Trace#getInitialState()
	 * @see #getTrace()
	 * @generated
	 */
	EReference getTrace_InitialState();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.state.Trace#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.mmrace.model.state.Trace#getSteps()
	 * @see #getTrace()
	 * @generated
	 */
	EReference getTrace_Steps();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.state.TraceStep <em>Trace Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trace Step</em>'.
	 * @see org.mmrace.model.state.TraceStep
	 * @generated
	 */
	EClass getTraceStep();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.TraceStep#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.mmrace.model.state.TraceStep#getIndex()
	 * @see #getTraceStep()
	 * @generated
	 */
	EAttribute getTraceStep_Index();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.TraceStep#getThread <em>Thread</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Thread</em>'.
	 * @see org.mmrace.model.state.TraceStep#getThread()
	 * @see #getTraceStep()
	 * @generated
	 */
	EAttribute getTraceStep_Thread();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.TraceStep#getOperation <em>Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operation</em>'.
	 * @see org.mmrace.model.state.TraceStep#getOperation()
	 * @see #getTraceStep()
	 * @generated
	 */
	EAttribute getTraceStep_Operation();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.TraceStep#getOperationLine <em>Operation Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operation Line</em>'.
	 * @see org.mmrace.model.state.TraceStep#getOperationLine()
	 * @see #getTraceStep()
	 * @generated
	 */
	EAttribute getTraceStep_OperationLine();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.TraceStep#getOperationColumn <em>Operation Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operation Column</em>'.
	 * @see org.mmrace.model.state.TraceStep#getOperationColumn()
	 * @see #getTraceStep()
	 * @generated
	 */
	EAttribute getTraceStep_OperationColumn();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.TraceStep#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.mmrace.model.state.TraceStep#getLabel()
	 * @see #getTraceStep()
	 * @generated
	 */
	EAttribute getTraceStep_Label();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mmrace.model.state.TraceStep#getLocksHeld <em>Locks Held</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Locks Held</em>'.
	 * @see org.mmrace.model.state.TraceStep#getLocksHeld()
	 * @see #getTraceStep()
	 * @generated
	 */
	EReference getTraceStep_LocksHeld();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.TraceStep#isDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device</em>'.
	 * @see org.mmrace.model.state.TraceStep#isDevice()
	 * @see #getTraceStep()
	 * @generated
	 */
	EAttribute getTraceStep_Device();

	/**
	 * Returns the meta object for the attribute list '{@link org.mmrace.model.state.TraceStep#getLocks <em>Locks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Locks</em>'.
	 * @see org.mmrace.model.state.TraceStep#getLocks()
	 * @see #getTraceStep()
	 * @generated
	 */
	EAttribute getTraceStep_Locks();

	/**
	 * Returns the meta object for the attribute list '{@link org.mmrace.model.state.TraceStep#getChanges <em>Changes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Changes</em>'.
	 * @see org.mmrace.model.state.TraceStep#getChanges()
	 * @see #getTraceStep()
	 * @generated
	 */
	EAttribute getTraceStep_Changes();

	/**
	 * Returns the meta object for the containment reference '{@link org.mmrace.model.state.TraceStep#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>State</em>'.
	 * @see org.mmrace.model.state.TraceStep#getState()
	 * @see #getTraceStep()
	 * @generated
	 */
	EReference getTraceStep_State();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.state.ThreadState <em>Thread State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Thread State</em>'.
	 * @see org.mmrace.model.state.ThreadState
	 * @generated
	 */
	EClass getThreadState();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.ThreadState#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.mmrace.model.state.ThreadState#getName()
	 * @see #getThreadState()
	 * @generated
	 */
	EAttribute getThreadState_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.ThreadState#getOperation <em>Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operation</em>'.
	 * @see org.mmrace.model.state.ThreadState#getOperation()
	 * @see #getThreadState()
	 * @generated
	 */
	EAttribute getThreadState_Operation();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.ThreadState#getOperationText <em>Operation Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operation Text</em>'.
	 * @see org.mmrace.model.state.ThreadState#getOperationText()
	 * @see #getThreadState()
	 * @generated
	 */
	EAttribute getThreadState_OperationText();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.ThreadState#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phase</em>'.
	 * @see org.mmrace.model.state.ThreadState#getPhase()
	 * @see #getThreadState()
	 * @generated
	 */
	EAttribute getThreadState_Phase();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.ThreadState#isDone <em>Done</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Done</em>'.
	 * @see org.mmrace.model.state.ThreadState#isDone()
	 * @see #getThreadState()
	 * @generated
	 */
	EAttribute getThreadState_Done();

	/**
	 * Returns the meta object for the attribute list '{@link org.mmrace.model.state.ThreadState#getRegisters <em>Registers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Registers</em>'.
	 * @see org.mmrace.model.state.ThreadState#getRegisters()
	 * @see #getThreadState()
	 * @generated
	 */
	EAttribute getThreadState_Registers();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.state.IoRequest <em>Io Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Io Request</em>'.
	 * @see org.mmrace.model.state.IoRequest
	 * @generated
	 */
	EClass getIoRequest();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.IoRequest#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.mmrace.model.state.IoRequest#getName()
	 * @see #getIoRequest()
	 * @generated
	 */
	EAttribute getIoRequest_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.IoRequest#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.mmrace.model.state.IoRequest#getOwner()
	 * @see #getIoRequest()
	 * @generated
	 */
	EAttribute getIoRequest_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.IoRequest#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.mmrace.model.state.IoRequest#getKind()
	 * @see #getIoRequest()
	 * @generated
	 */
	EAttribute getIoRequest_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.IoRequest#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.mmrace.model.state.IoRequest#getState()
	 * @see #getIoRequest()
	 * @generated
	 */
	EAttribute getIoRequest_State();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.IoRequest#getPfn <em>Pfn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pfn</em>'.
	 * @see org.mmrace.model.state.IoRequest#getPfn()
	 * @see #getIoRequest()
	 * @generated
	 */
	EAttribute getIoRequest_Pfn();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.IoRequest#getRef <em>Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ref</em>'.
	 * @see org.mmrace.model.state.IoRequest#getRef()
	 * @see #getIoRequest()
	 * @generated
	 */
	EAttribute getIoRequest_Ref();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.IoRequest#isPageLocked <em>Page Locked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page Locked</em>'.
	 * @see org.mmrace.model.state.IoRequest#isPageLocked()
	 * @see #getIoRequest()
	 * @generated
	 */
	EAttribute getIoRequest_PageLocked();

	/**
	 * Returns the meta object for class '{@link org.mmrace.model.state.FilePages <em>File Pages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>File Pages</em>'.
	 * @see org.mmrace.model.state.FilePages
	 * @generated
	 */
	EClass getFilePages();

	/**
	 * Returns the meta object for the attribute '{@link org.mmrace.model.state.FilePages#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.mmrace.model.state.FilePages#getName()
	 * @see #getFilePages()
	 * @generated
	 */
	EAttribute getFilePages_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.mmrace.model.state.FilePages#getPages <em>Pages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Pages</em>'.
	 * @see org.mmrace.model.state.FilePages#getPages()
	 * @see #getFilePages()
	 * @generated
	 */
	EAttribute getFilePages_Pages();

	/**
	 * Returns the meta object for enum '{@link org.mmrace.model.state.PinKind <em>Pin Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Pin Kind</em>'.
	 * @see org.mmrace.model.state.PinKind
	 * @generated
	 */
	EEnum getPinKind();

	/**
	 * Returns the meta object for enum '{@link org.mmrace.model.state.IoKind <em>Io Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Io Kind</em>'.
	 * @see org.mmrace.model.state.IoKind
	 * @generated
	 */
	EEnum getIoKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	StateFactory getStateFactory();

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
		 * The meta object literal for the '{@link org.mmrace.model.state.impl.MmStateImpl <em>Mm State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.state.impl.MmStateImpl
		 * @see org.mmrace.model.state.impl.StatePackageImpl#getMmState()
		 * @generated
		 */
		EClass MM_STATE = eINSTANCE.getMmState();

		/**
		 * The meta object literal for the '<em><b>Mms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MM_STATE__MMS = eINSTANCE.getMmState_Mms();

		/**
		 * The meta object literal for the '<em><b>Pages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MM_STATE__PAGES = eINSTANCE.getMmState_Pages();

		/**
		 * The meta object literal for the '<em><b>Pins</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MM_STATE__PINS = eINSTANCE.getMmState_Pins();

		/**
		 * The meta object literal for the '<em><b>Pipes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MM_STATE__PIPES = eINSTANCE.getMmState_Pipes();

		/**
		 * The meta object literal for the '<em><b>Ios</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MM_STATE__IOS = eINSTANCE.getMmState_Ios();

		/**
		 * The meta object literal for the '<em><b>Locks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MM_STATE__LOCKS = eINSTANCE.getMmState_Locks();

		/**
		 * The meta object literal for the '<em><b>Logical Memories</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MM_STATE__LOGICAL_MEMORIES = eINSTANCE.getMmState_LogicalMemories();

		/**
		 * The meta object literal for the '<em><b>Files</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MM_STATE__FILES = eINSTANCE.getMmState_Files();

		/**
		 * The meta object literal for the '<em><b>Signalled Events</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MM_STATE__SIGNALLED_EVENTS = eINSTANCE.getMmState_SignalledEvents();

		/**
		 * The meta object literal for the '<em><b>Finished Threads</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MM_STATE__FINISHED_THREADS = eINSTANCE.getMmState_FinishedThreads();

		/**
		 * The meta object literal for the '<em><b>Threads</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MM_STATE__THREADS = eINSTANCE.getMmState_Threads();

		/**
		 * The meta object literal for the '<em><b>Requests</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MM_STATE__REQUESTS = eINSTANCE.getMmState_Requests();

		/**
		 * The meta object literal for the '<em><b>File Pages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MM_STATE__FILE_PAGES = eINSTANCE.getMmState_FilePages();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.state.impl.MmImpl <em>Mm</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.state.impl.MmImpl
		 * @see org.mmrace.model.state.impl.StatePackageImpl#getMm()
		 * @generated
		 */
		EClass MM = eINSTANCE.getMm();

		/**
		 * The meta object literal for the '<em><b>Process</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MM__PROCESS = eINSTANCE.getMm_Process();

		/**
		 * The meta object literal for the '<em><b>Has Pinned</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MM__HAS_PINNED = eINSTANCE.getMm_HasPinned();

		/**
		 * The meta object literal for the '<em><b>Write Protect Seq</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MM__WRITE_PROTECT_SEQ = eINSTANCE.getMm_WriteProtectSeq();

		/**
		 * The meta object literal for the '<em><b>Exited</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MM__EXITED = eINSTANCE.getMm_Exited();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MM__STATE = eINSTANCE.getMm_State();

		/**
		 * The meta object literal for the '<em><b>Vmas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MM__VMAS = eINSTANCE.getMm_Vmas();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.state.impl.VmaImpl <em>Vma</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.state.impl.VmaImpl
		 * @see org.mmrace.model.state.impl.StatePackageImpl#getVma()
		 * @generated
		 */
		EClass VMA = eINSTANCE.getVma();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMA__REGION = eINSTANCE.getVma_Region();

		/**
		 * The meta object literal for the '<em><b>Page Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMA__PAGE_COUNT = eINSTANCE.getVma_PageCount();

		/**
		 * The meta object literal for the '<em><b>Shared</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMA__SHARED = eINSTANCE.getVma_Shared();

		/**
		 * The meta object literal for the '<em><b>Maywrite</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMA__MAYWRITE = eINSTANCE.getVma_Maywrite();

		/**
		 * The meta object literal for the '<em><b>Write</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMA__WRITE = eINSTANCE.getVma_Write();

		/**
		 * The meta object literal for the '<em><b>Dontcopy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMA__DONTCOPY = eINSTANCE.getVma_Dontcopy();

		/**
		 * The meta object literal for the '<em><b>Mergeable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMA__MERGEABLE = eINSTANCE.getVma_Mergeable();

		/**
		 * The meta object literal for the '<em><b>Present</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMA__PRESENT = eINSTANCE.getVma_Present();

		/**
		 * The meta object literal for the '<em><b>Ptes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VMA__PTES = eINSTANCE.getVma_Ptes();

		/**
		 * The meta object literal for the '<em><b>Logical</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMA__LOGICAL = eINSTANCE.getVma_Logical();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.state.impl.PteImpl <em>Pte</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.state.impl.PteImpl
		 * @see org.mmrace.model.state.impl.StatePackageImpl#getPte()
		 * @generated
		 */
		EClass PTE = eINSTANCE.getPte();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PTE__INDEX = eINSTANCE.getPte_Index();

		/**
		 * The meta object literal for the '<em><b>Present</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PTE__PRESENT = eINSTANCE.getPte_Present();

		/**
		 * The meta object literal for the '<em><b>Write</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PTE__WRITE = eINSTANCE.getPte_Write();

		/**
		 * The meta object literal for the '<em><b>Pfn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PTE__PFN = eINSTANCE.getPte_Pfn();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.state.impl.PageImpl <em>Page</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.state.impl.PageImpl
		 * @see org.mmrace.model.state.impl.StatePackageImpl#getPage()
		 * @generated
		 */
		EClass PAGE = eINSTANCE.getPage();

		/**
		 * The meta object literal for the '<em><b>Pfn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE__PFN = eINSTANCE.getPage_Pfn();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE__COUNT = eINSTANCE.getPage_Count();

		/**
		 * The meta object literal for the '<em><b>Mapcount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE__MAPCOUNT = eINSTANCE.getPage_Mapcount();

		/**
		 * The meta object literal for the '<em><b>Pins</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE__PINS = eINSTANCE.getPage_Pins();

		/**
		 * The meta object literal for the '<em><b>Anon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE__ANON = eINSTANCE.getPage_Anon();

		/**
		 * The meta object literal for the '<em><b>Locked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE__LOCKED = eINSTANCE.getPage_Locked();

		/**
		 * The meta object literal for the '<em><b>Swapcache</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE__SWAPCACHE = eINSTANCE.getPage_Swapcache();

		/**
		 * The meta object literal for the '<em><b>Ksm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE__KSM = eINSTANCE.getPage_Ksm();

		/**
		 * The meta object literal for the '<em><b>Anon Exclusive</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE__ANON_EXCLUSIVE = eINSTANCE.getPage_AnonExclusive();

		/**
		 * The meta object literal for the '<em><b>Dontcow</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE__DONTCOW = eINSTANCE.getPage_Dontcow();

		/**
		 * The meta object literal for the '<em><b>Gup</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE__GUP = eINSTANCE.getPage_Gup();

		/**
		 * The meta object literal for the '<em><b>Freed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE__FREED = eINSTANCE.getPage_Freed();

		/**
		 * The meta object literal for the '<em><b>Content</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE__CONTENT = eINSTANCE.getPage_Content();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.state.impl.PinImpl <em>Pin</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.state.impl.PinImpl
		 * @see org.mmrace.model.state.impl.StatePackageImpl#getPin()
		 * @generated
		 */
		EClass PIN = eINSTANCE.getPin();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIN__NAME = eINSTANCE.getPin_Name();

		/**
		 * The meta object literal for the '<em><b>Pfn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIN__PFN = eINSTANCE.getPin_Pfn();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIN__KIND = eINSTANCE.getPin_Kind();

		/**
		 * The meta object literal for the '<em><b>Longterm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIN__LONGTERM = eINSTANCE.getPin_Longterm();

		/**
		 * The meta object literal for the '<em><b>Writable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIN__WRITABLE = eINSTANCE.getPin_Writable();

		/**
		 * The meta object literal for the '<em><b>Holder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIN__HOLDER = eINSTANCE.getPin_Holder();

		/**
		 * The meta object literal for the '<em><b>Ref</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIN__REF = eINSTANCE.getPin_Ref();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.state.impl.PipeImpl <em>Pipe</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.state.impl.PipeImpl
		 * @see org.mmrace.model.state.impl.StatePackageImpl#getPipe()
		 * @generated
		 */
		EClass PIPE = eINSTANCE.getPipe();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIPE__NAME = eINSTANCE.getPipe_Name();

		/**
		 * The meta object literal for the '<em><b>Pfns</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIPE__PFNS = eINSTANCE.getPipe_Pfns();

		/**
		 * The meta object literal for the '<em><b>Content</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIPE__CONTENT = eINSTANCE.getPipe_Content();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.state.impl.IoInFlightImpl <em>Io In Flight</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.state.impl.IoInFlightImpl
		 * @see org.mmrace.model.state.impl.StatePackageImpl#getIoInFlight()
		 * @generated
		 */
		EClass IO_IN_FLIGHT = eINSTANCE.getIoInFlight();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IO_IN_FLIGHT__ID = eINSTANCE.getIoInFlight_Id();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IO_IN_FLIGHT__KIND = eINSTANCE.getIoInFlight_Kind();

		/**
		 * The meta object literal for the '<em><b>Pfn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IO_IN_FLIGHT__PFN = eINSTANCE.getIoInFlight_Pfn();

		/**
		 * The meta object literal for the '<em><b>First Sector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IO_IN_FLIGHT__FIRST_SECTOR = eINSTANCE.getIoInFlight_FirstSector();

		/**
		 * The meta object literal for the '<em><b>Last Sector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IO_IN_FLIGHT__LAST_SECTOR = eINSTANCE.getIoInFlight_LastSector();

		/**
		 * The meta object literal for the '<em><b>Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IO_IN_FLIGHT__DATA = eINSTANCE.getIoInFlight_Data();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IO_IN_FLIGHT__FILE = eINSTANCE.getIoInFlight_File();

		/**
		 * The meta object literal for the '<em><b>Thread</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IO_IN_FLIGHT__THREAD = eINSTANCE.getIoInFlight_Thread();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.state.impl.LockHeldImpl <em>Lock Held</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.state.impl.LockHeldImpl
		 * @see org.mmrace.model.state.impl.StatePackageImpl#getLockHeld()
		 * @generated
		 */
		EClass LOCK_HELD = eINSTANCE.getLockHeld();

		/**
		 * The meta object literal for the '<em><b>Lock</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_HELD__LOCK = eINSTANCE.getLockHeld_Lock();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_HELD__MODE = eINSTANCE.getLockHeld_Mode();

		/**
		 * The meta object literal for the '<em><b>Holder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_HELD__HOLDER = eINSTANCE.getLockHeld_Holder();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.state.impl.LogicalMemoryImpl <em>Logical Memory</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.state.impl.LogicalMemoryImpl
		 * @see org.mmrace.model.state.impl.StatePackageImpl#getLogicalMemory()
		 * @generated
		 */
		EClass LOGICAL_MEMORY = eINSTANCE.getLogicalMemory();

		/**
		 * The meta object literal for the '<em><b>Process</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOGICAL_MEMORY__PROCESS = eINSTANCE.getLogicalMemory_Process();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOGICAL_MEMORY__REGION = eINSTANCE.getLogicalMemory_Region();

		/**
		 * The meta object literal for the '<em><b>Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOGICAL_MEMORY__PAGE = eINSTANCE.getLogicalMemory_Page();

		/**
		 * The meta object literal for the '<em><b>Content</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOGICAL_MEMORY__CONTENT = eINSTANCE.getLogicalMemory_Content();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.state.impl.FileContentImpl <em>File Content</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.state.impl.FileContentImpl
		 * @see org.mmrace.model.state.impl.StatePackageImpl#getFileContent()
		 * @generated
		 */
		EClass FILE_CONTENT = eINSTANCE.getFileContent();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_CONTENT__FILE = eINSTANCE.getFileContent_File();

		/**
		 * The meta object literal for the '<em><b>Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_CONTENT__PAGE = eINSTANCE.getFileContent_Page();

		/**
		 * The meta object literal for the '<em><b>Content</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_CONTENT__CONTENT = eINSTANCE.getFileContent_Content();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.state.impl.TraceImpl <em>Trace</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.state.impl.TraceImpl
		 * @see org.mmrace.model.state.impl.StatePackageImpl#getTrace()
		 * @generated
		 */
		EClass TRACE = eINSTANCE.getTrace();

		/**
		 * The meta object literal for the '<em><b>Initial State</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRACE__INITIAL_STATE = eINSTANCE.getTrace_InitialState();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRACE__STEPS = eINSTANCE.getTrace_Steps();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.state.impl.TraceStepImpl <em>Trace Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.state.impl.TraceStepImpl
		 * @see org.mmrace.model.state.impl.StatePackageImpl#getTraceStep()
		 * @generated
		 */
		EClass TRACE_STEP = eINSTANCE.getTraceStep();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_STEP__INDEX = eINSTANCE.getTraceStep_Index();

		/**
		 * The meta object literal for the '<em><b>Thread</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_STEP__THREAD = eINSTANCE.getTraceStep_Thread();

		/**
		 * The meta object literal for the '<em><b>Operation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_STEP__OPERATION = eINSTANCE.getTraceStep_Operation();

		/**
		 * The meta object literal for the '<em><b>Operation Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_STEP__OPERATION_LINE = eINSTANCE.getTraceStep_OperationLine();

		/**
		 * The meta object literal for the '<em><b>Operation Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_STEP__OPERATION_COLUMN = eINSTANCE.getTraceStep_OperationColumn();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_STEP__LABEL = eINSTANCE.getTraceStep_Label();

		/**
		 * The meta object literal for the '<em><b>Locks Held</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRACE_STEP__LOCKS_HELD = eINSTANCE.getTraceStep_LocksHeld();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_STEP__DEVICE = eINSTANCE.getTraceStep_Device();

		/**
		 * The meta object literal for the '<em><b>Locks</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_STEP__LOCKS = eINSTANCE.getTraceStep_Locks();

		/**
		 * The meta object literal for the '<em><b>Changes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_STEP__CHANGES = eINSTANCE.getTraceStep_Changes();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRACE_STEP__STATE = eINSTANCE.getTraceStep_State();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.state.impl.ThreadStateImpl <em>Thread State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.state.impl.ThreadStateImpl
		 * @see org.mmrace.model.state.impl.StatePackageImpl#getThreadState()
		 * @generated
		 */
		EClass THREAD_STATE = eINSTANCE.getThreadState();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THREAD_STATE__NAME = eINSTANCE.getThreadState_Name();

		/**
		 * The meta object literal for the '<em><b>Operation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THREAD_STATE__OPERATION = eINSTANCE.getThreadState_Operation();

		/**
		 * The meta object literal for the '<em><b>Operation Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THREAD_STATE__OPERATION_TEXT = eINSTANCE.getThreadState_OperationText();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THREAD_STATE__PHASE = eINSTANCE.getThreadState_Phase();

		/**
		 * The meta object literal for the '<em><b>Done</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THREAD_STATE__DONE = eINSTANCE.getThreadState_Done();

		/**
		 * The meta object literal for the '<em><b>Registers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THREAD_STATE__REGISTERS = eINSTANCE.getThreadState_Registers();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.state.impl.IoRequestImpl <em>Io Request</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.state.impl.IoRequestImpl
		 * @see org.mmrace.model.state.impl.StatePackageImpl#getIoRequest()
		 * @generated
		 */
		EClass IO_REQUEST = eINSTANCE.getIoRequest();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IO_REQUEST__NAME = eINSTANCE.getIoRequest_Name();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IO_REQUEST__OWNER = eINSTANCE.getIoRequest_Owner();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IO_REQUEST__KIND = eINSTANCE.getIoRequest_Kind();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IO_REQUEST__STATE = eINSTANCE.getIoRequest_State();

		/**
		 * The meta object literal for the '<em><b>Pfn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IO_REQUEST__PFN = eINSTANCE.getIoRequest_Pfn();

		/**
		 * The meta object literal for the '<em><b>Ref</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IO_REQUEST__REF = eINSTANCE.getIoRequest_Ref();

		/**
		 * The meta object literal for the '<em><b>Page Locked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IO_REQUEST__PAGE_LOCKED = eINSTANCE.getIoRequest_PageLocked();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.state.impl.FilePagesImpl <em>File Pages</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.state.impl.FilePagesImpl
		 * @see org.mmrace.model.state.impl.StatePackageImpl#getFilePages()
		 * @generated
		 */
		EClass FILE_PAGES = eINSTANCE.getFilePages();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_PAGES__NAME = eINSTANCE.getFilePages_Name();

		/**
		 * The meta object literal for the '<em><b>Pages</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_PAGES__PAGES = eINSTANCE.getFilePages_Pages();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.state.PinKind <em>Pin Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.state.PinKind
		 * @see org.mmrace.model.state.impl.StatePackageImpl#getPinKind()
		 * @generated
		 */
		EEnum PIN_KIND = eINSTANCE.getPinKind();

		/**
		 * The meta object literal for the '{@link org.mmrace.model.state.IoKind <em>Io Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mmrace.model.state.IoKind
		 * @see org.mmrace.model.state.impl.StatePackageImpl#getIoKind()
		 * @generated
		 */
		EEnum IO_KIND = eINSTANCE.getIoKind();

	}

} //StatePackage
