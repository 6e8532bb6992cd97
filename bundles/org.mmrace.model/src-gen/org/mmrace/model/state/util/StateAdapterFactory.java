/**
 */
package org.mmrace.model.state.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.mmrace.model.state.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.mmrace.model.state.StatePackage
 * @generated
 */
public class StateAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static StatePackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StateAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = StatePackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StateSwitch<Adapter> modelSwitch =
		new StateSwitch<Adapter>() {
			@Override
			public Adapter caseMmState(MmState object) {
				return createMmStateAdapter();
			}
			@Override
			public Adapter caseMm(Mm object) {
				return createMmAdapter();
			}
			@Override
			public Adapter caseVma(Vma object) {
				return createVmaAdapter();
			}
			@Override
			public Adapter casePte(Pte object) {
				return createPteAdapter();
			}
			@Override
			public Adapter casePage(Page object) {
				return createPageAdapter();
			}
			@Override
			public Adapter casePin(Pin object) {
				return createPinAdapter();
			}
			@Override
			public Adapter casePipe(Pipe object) {
				return createPipeAdapter();
			}
			@Override
			public Adapter caseIoInFlight(IoInFlight object) {
				return createIoInFlightAdapter();
			}
			@Override
			public Adapter caseLockHeld(LockHeld object) {
				return createLockHeldAdapter();
			}
			@Override
			public Adapter caseLogicalMemory(LogicalMemory object) {
				return createLogicalMemoryAdapter();
			}
			@Override
			public Adapter caseFileContent(FileContent object) {
				return createFileContentAdapter();
			}
			@Override
			public Adapter caseTrace(Trace object) {
				return createTraceAdapter();
			}
			@Override
			public Adapter caseTraceStep(TraceStep object) {
				return createTraceStepAdapter();
			}
			@Override
			public Adapter caseThreadState(ThreadState object) {
				return createThreadStateAdapter();
			}
			@Override
			public Adapter caseIoRequest(IoRequest object) {
				return createIoRequestAdapter();
			}
			@Override
			public Adapter caseFilePages(FilePages object) {
				return createFilePagesAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.mmrace.model.state.MmState <em>Mm State</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.mmrace.model.state.MmState
	 * @generated
	 */
	public Adapter createMmStateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.mmrace.model.state.Mm <em>Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.mmrace.model.state.Mm
	 * @generated
	 */
	public Adapter createMmAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.mmrace.model.state.Vma <em>Vma</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.mmrace.model.state.Vma
	 * @generated
	 */
	public Adapter createVmaAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.mmrace.model.state.Pte <em>Pte</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.mmrace.model.state.Pte
	 * @generated
	 */
	public Adapter createPteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.mmrace.model.state.Page <em>Page</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.mmrace.model.state.Page
	 * @generated
	 */
	public Adapter createPageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.mmrace.model.state.Pin <em>Pin</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.mmrace.model.state.Pin
	 * @generated
	 */
	public Adapter createPinAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.mmrace.model.state.Pipe <em>Pipe</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.mmrace.model.state.Pipe
	 * @generated
	 */
	public Adapter createPipeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.mmrace.model.state.IoInFlight <em>Io In Flight</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.mmrace.model.state.IoInFlight
	 * @generated
	 */
	public Adapter createIoInFlightAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.mmrace.model.state.LockHeld <em>Lock Held</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.mmrace.model.state.LockHeld
	 * @generated
	 */
	public Adapter createLockHeldAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.mmrace.model.state.LogicalMemory <em>Logical Memory</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.mmrace.model.state.LogicalMemory
	 * @generated
	 */
	public Adapter createLogicalMemoryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.mmrace.model.state.FileContent <em>File Content</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.mmrace.model.state.FileContent
	 * @generated
	 */
	public Adapter createFileContentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.mmrace.model.state.Trace <em>Trace</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.mmrace.model.state.Trace
	 * @generated
	 */
	public Adapter createTraceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.mmrace.model.state.TraceStep <em>Trace Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.mmrace.model.state.TraceStep
	 * @generated
	 */
	public Adapter createTraceStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.mmrace.model.state.ThreadState <em>Thread State</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.mmrace.model.state.ThreadState
	 * @generated
	 */
	public Adapter createThreadStateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.mmrace.model.state.IoRequest <em>Io Request</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.mmrace.model.state.IoRequest
	 * @generated
	 */
	public Adapter createIoRequestAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.mmrace.model.state.FilePages <em>File Pages</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.mmrace.model.state.FilePages
	 * @generated
	 */
	public Adapter createFilePagesAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //StateAdapterFactory
