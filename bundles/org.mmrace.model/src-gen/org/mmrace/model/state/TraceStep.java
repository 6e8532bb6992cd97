/**
 */
package org.mmrace.model.state;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trace Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.state.TraceStep#getIndex <em>Index</em>}</li>
 *   <li>{@link org.mmrace.model.state.TraceStep#getThread <em>Thread</em>}</li>
 *   <li>{@link org.mmrace.model.state.TraceStep#getOperation <em>Operation</em>}</li>
 *   <li>{@link org.mmrace.model.state.TraceStep#getOperationLine <em>Operation Line</em>}</li>
 *   <li>{@link org.mmrace.model.state.TraceStep#getOperationColumn <em>Operation Column</em>}</li>
 *   <li>{@link org.mmrace.model.state.TraceStep#getLabel <em>Label</em>}</li>
 *   <li>{@link org.mmrace.model.state.TraceStep#getLocksHeld <em>Locks Held</em>}</li>
 *   <li>{@link org.mmrace.model.state.TraceStep#isDevice <em>Device</em>}</li>
 *   <li>{@link org.mmrace.model.state.TraceStep#getLocks <em>Locks</em>}</li>
 *   <li>{@link org.mmrace.model.state.TraceStep#getChanges <em>Changes</em>}</li>
 *   <li>{@link org.mmrace.model.state.TraceStep#getState <em>State</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.state.StatePackage#getTraceStep()
 * @model
 * @generated
 */
public interface TraceStep extends EObject {
	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see org.mmrace.model.state.StatePackage#getTraceStep_Index()
	 * @model
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.TraceStep#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Returns the value of the '<em><b>Thread</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Thread</em>' attribute.
	 * @see #setThread(String)
	 * @see org.mmrace.model.state.StatePackage#getTraceStep_Thread()
	 * @model
	 * @generated
	 */
	String getThread();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.TraceStep#getThread <em>Thread</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Thread</em>' attribute.
	 * @see #getThread()
	 * @generated
	 */
	void setThread(String value);

	/**
	 * Returns the value of the '<em><b>Operation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operation</em>' attribute.
	 * @see #setOperation(String)
	 * @see org.mmrace.model.state.StatePackage#getTraceStep_Operation()
	 * @model
	 * @generated
	 */
	String getOperation();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.TraceStep#getOperation <em>Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operation</em>' attribute.
	 * @see #getOperation()
	 * @generated
	 */
	void setOperation(String value);

	/**
	 * Returns the value of the '<em><b>Operation Line</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operation Line</em>' attribute.
	 * @see #setOperationLine(int)
	 * @see org.mmrace.model.state.StatePackage#getTraceStep_OperationLine()
	 * @model default="-1"
	 * @generated
	 */
	int getOperationLine();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.TraceStep#getOperationLine <em>Operation Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operation Line</em>' attribute.
	 * @see #getOperationLine()
	 * @generated
	 */
	void setOperationLine(int value);

	/**
	 * Returns the value of the '<em><b>Operation Column</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operation Column</em>' attribute.
	 * @see #setOperationColumn(int)
	 * @see org.mmrace.model.state.StatePackage#getTraceStep_OperationColumn()
	 * @model default="-1"
	 * @generated
	 */
	int getOperationColumn();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.TraceStep#getOperationColumn <em>Operation Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operation Column</em>' attribute.
	 * @see #getOperationColumn()
	 * @generated
	 */
	void setOperationColumn(int value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.mmrace.model.state.StatePackage#getTraceStep_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.TraceStep#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Locks Held</b></em>' containment reference list.
	 * The list contents are of type {@link org.mmrace.model.state.LockHeld}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Locks Held</em>' containment reference list.
	 * @see org.mmrace.model.state.StatePackage#getTraceStep_LocksHeld()
	 * @model containment="true"
	 * @generated
	 */
	EList<LockHeld> getLocksHeld();

	/**
	 * Returns the value of the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' attribute.
	 * @see #setDevice(boolean)
	 * @see org.mmrace.model.state.StatePackage#getTraceStep_Device()
	 * @model
	 * @generated
	 */
	boolean isDevice();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.TraceStep#isDevice <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' attribute.
	 * @see #isDevice()
	 * @generated
	 */
	void setDevice(boolean value);

	/**
	 * Returns the value of the '<em><b>Locks</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The locks held after the step, in the engine's words (version 1 files have locksHeld).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Locks</em>' attribute list.
	 * @see org.mmrace.model.state.StatePackage#getTraceStep_Locks()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getLocks();

	/**
	 * Returns the value of the '<em><b>Changes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Changes</em>' attribute list.
	 * @see org.mmrace.model.state.StatePackage#getTraceStep_Changes()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getChanges();

	/**
	 * Returns the value of the '<em><b>State</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' containment reference.
	 * @see #setState(MmState)
	 * @see org.mmrace.model.state.StatePackage#getTraceStep_State()
	 * @model containment="true"
	 * @generated
	 */
	MmState getState();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.TraceStep#getState <em>State</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' containment reference.
	 * @see #getState()
	 * @generated
	 */
	void setState(MmState value);

} // TraceStep
