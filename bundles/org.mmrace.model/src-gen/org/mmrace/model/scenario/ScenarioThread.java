/**
 */
package org.mmrace.model.scenario;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Thread</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 'thread P.name' (a user thread of process P) or 'kthread name' (a kernel thread, no process).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.ScenarioThread#getProcess <em>Process</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.ScenarioThread#getName <em>Name</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.ScenarioThread#isKernel <em>Kernel</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.ScenarioThread#getOperations <em>Operations</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.scenario.ScenarioPackage#getScenarioThread()
 * @model
 * @generated
 */
public interface ScenarioThread extends Element {
	/**
	 * Returns the value of the '<em><b>Process</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The process of a user thread; null for a kernel thread.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Process</em>' attribute.
	 * @see #setProcess(String)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getScenarioThread_Process()
	 * @model
	 * @generated
	 */
	String getProcess();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.ScenarioThread#getProcess <em>Process</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Process</em>' attribute.
	 * @see #getProcess()
	 * @generated
	 */
	void setProcess(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getScenarioThread_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.ScenarioThread#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kernel</em>' attribute.
	 * @see #setKernel(boolean)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getScenarioThread_Kernel()
	 * @model
	 * @generated
	 */
	boolean isKernel();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.ScenarioThread#isKernel <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kernel</em>' attribute.
	 * @see #isKernel()
	 * @generated
	 */
	void setKernel(boolean value);

	/**
	 * Returns the value of the '<em><b>Operations</b></em>' containment reference list.
	 * The list contents are of type {@link org.mmrace.model.scenario.Operation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operations</em>' containment reference list.
	 * @see org.mmrace.model.scenario.ScenarioPackage#getScenarioThread_Operations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Operation> getOperations();

} // ScenarioThread
