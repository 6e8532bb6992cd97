/**
 */
package org.mmrace.model.state;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Thread State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A thread: the operation it is at (-1 when done), the kernel step it runs next (phase) and its registers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.state.ThreadState#getName <em>Name</em>}</li>
 *   <li>{@link org.mmrace.model.state.ThreadState#getOperation <em>Operation</em>}</li>
 *   <li>{@link org.mmrace.model.state.ThreadState#getOperationText <em>Operation Text</em>}</li>
 *   <li>{@link org.mmrace.model.state.ThreadState#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.mmrace.model.state.ThreadState#isDone <em>Done</em>}</li>
 *   <li>{@link org.mmrace.model.state.ThreadState#getRegisters <em>Registers</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.state.StatePackage#getThreadState()
 * @model
 * @generated
 */
public interface ThreadState extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.mmrace.model.state.StatePackage#getThreadState_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.ThreadState#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Operation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operation</em>' attribute.
	 * @see #setOperation(int)
	 * @see org.mmrace.model.state.StatePackage#getThreadState_Operation()
	 * @model
	 * @generated
	 */
	int getOperation();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.ThreadState#getOperation <em>Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operation</em>' attribute.
	 * @see #getOperation()
	 * @generated
	 */
	void setOperation(int value);

	/**
	 * Returns the value of the '<em><b>Operation Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operation Text</em>' attribute.
	 * @see #setOperationText(String)
	 * @see org.mmrace.model.state.StatePackage#getThreadState_OperationText()
	 * @model
	 * @generated
	 */
	String getOperationText();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.ThreadState#getOperationText <em>Operation Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operation Text</em>' attribute.
	 * @see #getOperationText()
	 * @generated
	 */
	void setOperationText(String value);

	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see #setPhase(String)
	 * @see org.mmrace.model.state.StatePackage#getThreadState_Phase()
	 * @model
	 * @generated
	 */
	String getPhase();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.ThreadState#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(String value);

	/**
	 * Returns the value of the '<em><b>Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Done</em>' attribute.
	 * @see #setDone(boolean)
	 * @see org.mmrace.model.state.StatePackage#getThreadState_Done()
	 * @model
	 * @generated
	 */
	boolean isDone();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.ThreadState#isDone <em>Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Done</em>' attribute.
	 * @see #isDone()
	 * @generated
	 */
	void setDone(boolean value);

	/**
	 * Returns the value of the '<em><b>Registers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Registers</em>' attribute list.
	 * @see org.mmrace.model.state.StatePackage#getThreadState_Registers()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getRegisters();

} // ThreadState
