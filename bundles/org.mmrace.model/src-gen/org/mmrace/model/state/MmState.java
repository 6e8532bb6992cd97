/**
 */
package org.mmrace.model.state;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mm State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The whole machine state after a step: every mm, every page, the references held and the I/O in flight.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.state.MmState#getMms <em>Mms</em>}</li>
 *   <li>{@link org.mmrace.model.state.MmState#getPages <em>Pages</em>}</li>
 *   <li>{@link org.mmrace.model.state.MmState#getPins <em>Pins</em>}</li>
 *   <li>{@link org.mmrace.model.state.MmState#getPipes <em>Pipes</em>}</li>
 *   <li>{@link org.mmrace.model.state.MmState#getIos <em>Ios</em>}</li>
 *   <li>{@link org.mmrace.model.state.MmState#getLocks <em>Locks</em>}</li>
 *   <li>{@link org.mmrace.model.state.MmState#getLogicalMemories <em>Logical Memories</em>}</li>
 *   <li>{@link org.mmrace.model.state.MmState#getFiles <em>Files</em>}</li>
 *   <li>{@link org.mmrace.model.state.MmState#getSignalledEvents <em>Signalled Events</em>}</li>
 *   <li>{@link org.mmrace.model.state.MmState#getFinishedThreads <em>Finished Threads</em>}</li>
 *   <li>{@link org.mmrace.model.state.MmState#getThreads <em>Threads</em>}</li>
 *   <li>{@link org.mmrace.model.state.MmState#getRequests <em>Requests</em>}</li>
 *   <li>{@link org.mmrace.model.state.MmState#getFilePages <em>File Pages</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.state.StatePackage#getMmState()
 * @model
 * @generated
 */
public interface MmState extends EObject {
	/**
	 * Returns the value of the '<em><b>Mms</b></em>' containment reference list.
	 * The list contents are of type {@link org.mmrace.model.state.Mm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mms</em>' containment reference list.
	 * @see org.mmrace.model.state.StatePackage#getMmState_Mms()
	 * @model containment="true"
	 * @generated
	 */
	EList<Mm> getMms();

	/**
	 * Returns the value of the '<em><b>Pages</b></em>' containment reference list.
	 * The list contents are of type {@link org.mmrace.model.state.Page}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pages</em>' containment reference list.
	 * @see org.mmrace.model.state.StatePackage#getMmState_Pages()
	 * @model containment="true"
	 * @generated
	 */
	EList<Page> getPages();

	/**
	 * Returns the value of the '<em><b>Pins</b></em>' containment reference list.
	 * The list contents are of type {@link org.mmrace.model.state.Pin}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pins</em>' containment reference list.
	 * @see org.mmrace.model.state.StatePackage#getMmState_Pins()
	 * @model containment="true"
	 * @generated
	 */
	EList<Pin> getPins();

	/**
	 * Returns the value of the '<em><b>Pipes</b></em>' containment reference list.
	 * The list contents are of type {@link org.mmrace.model.state.Pipe}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pipes</em>' containment reference list.
	 * @see org.mmrace.model.state.StatePackage#getMmState_Pipes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Pipe> getPipes();

	/**
	 * Returns the value of the '<em><b>Ios</b></em>' containment reference list.
	 * The list contents are of type {@link org.mmrace.model.state.IoInFlight}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ios</em>' containment reference list.
	 * @see org.mmrace.model.state.StatePackage#getMmState_Ios()
	 * @model containment="true"
	 * @generated
	 */
	EList<IoInFlight> getIos();

	/**
	 * Returns the value of the '<em><b>Locks</b></em>' containment reference list.
	 * The list contents are of type {@link org.mmrace.model.state.LockHeld}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Locks</em>' containment reference list.
	 * @see org.mmrace.model.state.StatePackage#getMmState_Locks()
	 * @model containment="true"
	 * @generated
	 */
	EList<LockHeld> getLocks();

	/**
	 * Returns the value of the '<em><b>Logical Memories</b></em>' containment reference list.
	 * The list contents are of type {@link org.mmrace.model.state.LogicalMemory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Logical Memories</em>' containment reference list.
	 * @see org.mmrace.model.state.StatePackage#getMmState_LogicalMemories()
	 * @model containment="true"
	 * @generated
	 */
	EList<LogicalMemory> getLogicalMemories();

	/**
	 * Returns the value of the '<em><b>Files</b></em>' containment reference list.
	 * The list contents are of type {@link org.mmrace.model.state.FileContent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Files</em>' containment reference list.
	 * @see org.mmrace.model.state.StatePackage#getMmState_Files()
	 * @model containment="true"
	 * @generated
	 */
	EList<FileContent> getFiles();

	/**
	 * Returns the value of the '<em><b>Signalled Events</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signalled Events</em>' attribute list.
	 * @see org.mmrace.model.state.StatePackage#getMmState_SignalledEvents()
	 * @model
	 * @generated
	 */
	EList<String> getSignalledEvents();

	/**
	 * Returns the value of the '<em><b>Finished Threads</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version 1 files only (version 2 has threads).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Finished Threads</em>' attribute list.
	 * @see org.mmrace.model.state.StatePackage#getMmState_FinishedThreads()
	 * @model
	 * @generated
	 */
	EList<String> getFinishedThreads();

	/**
	 * Returns the value of the '<em><b>Threads</b></em>' containment reference list.
	 * The list contents are of type {@link org.mmrace.model.state.ThreadState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Threads</em>' containment reference list.
	 * @see org.mmrace.model.state.StatePackage#getMmState_Threads()
	 * @model containment="true"
	 * @generated
	 */
	EList<ThreadState> getThreads();

	/**
	 * Returns the value of the '<em><b>Requests</b></em>' containment reference list.
	 * The list contents are of type {@link org.mmrace.model.state.IoRequest}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Requests</em>' containment reference list.
	 * @see org.mmrace.model.state.StatePackage#getMmState_Requests()
	 * @model containment="true"
	 * @generated
	 */
	EList<IoRequest> getRequests();

	/**
	 * Returns the value of the '<em><b>File Pages</b></em>' containment reference list.
	 * The list contents are of type {@link org.mmrace.model.state.FilePages}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File Pages</em>' containment reference list.
	 * @see org.mmrace.model.state.StatePackage#getMmState_FilePages()
	 * @model containment="true"
	 * @generated
	 */
	EList<FilePages> getFilePages();

} // MmState
