/**
 */
package org.mmrace.model.state;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.mmrace.model.state.StatePackage
 * @generated
 */
public interface StateFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	StateFactory eINSTANCE = org.mmrace.model.state.impl.StateFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Mm State</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mm State</em>'.
	 * @generated
	 */
	MmState createMmState();

	/**
	 * Returns a new object of class '<em>Mm</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mm</em>'.
	 * @generated
	 */
	Mm createMm();

	/**
	 * Returns a new object of class '<em>Vma</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Vma</em>'.
	 * @generated
	 */
	Vma createVma();

	/**
	 * Returns a new object of class '<em>Pte</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pte</em>'.
	 * @generated
	 */
	Pte createPte();

	/**
	 * Returns a new object of class '<em>Page</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Page</em>'.
	 * @generated
	 */
	Page createPage();

	/**
	 * Returns a new object of class '<em>Pin</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pin</em>'.
	 * @generated
	 */
	Pin createPin();

	/**
	 * Returns a new object of class '<em>Pipe</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pipe</em>'.
	 * @generated
	 */
	Pipe createPipe();

	/**
	 * Returns a new object of class '<em>Io In Flight</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Io In Flight</em>'.
	 * @generated
	 */
	IoInFlight createIoInFlight();

	/**
	 * Returns a new object of class '<em>Lock Held</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Lock Held</em>'.
	 * @generated
	 */
	LockHeld createLockHeld();

	/**
	 * Returns a new object of class '<em>Logical Memory</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Logical Memory</em>'.
	 * @generated
	 */
	LogicalMemory createLogicalMemory();

	/**
	 * Returns a new object of class '<em>File Content</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>File Content</em>'.
	 * @generated
	 */
	FileContent createFileContent();

	/**
	 * Returns a new object of class '<em>Trace</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Trace</em>'.
	 * @generated
	 */
	Trace createTrace();

	/**
	 * Returns a new object of class '<em>Trace Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Trace Step</em>'.
	 * @generated
	 */
	TraceStep createTraceStep();

	/**
	 * Returns a new object of class '<em>Thread State</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Thread State</em>'.
	 * @generated
	 */
	ThreadState createThreadState();

	/**
	 * Returns a new object of class '<em>Io Request</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Io Request</em>'.
	 * @generated
	 */
	IoRequest createIoRequest();

	/**
	 * Returns a new object of class '<em>File Pages</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>File Pages</em>'.
	 * @generated
	 */
	FilePages createFilePages();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	StatePackage getStatePackage();

} //StateFactory
