/**
 */
package org.mmrace.model.state;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trace</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A sequence of kernel steps from the initial state.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.state.Trace#getInitialState <em>Initial State</em>}</li>
 *   <li>{@link org.mmrace.model.state.Trace#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.state.StatePackage#getTrace()
 * @model
 * @generated
 */
public interface Trace extends EObject {
	/**
	 * Returns the value of the '<em><b>Initial State</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initial State</em>' containment reference.
	 * @see #setInitialState(MmState)
	 * @see org.mmrace.model.state.StatePackage#getTrace_InitialState()
	 * @model containment="true"
	 * @generated
	 */
	MmState getInitialState();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Trace#getInitialState <em>Initial State</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initial State</em>' containment reference.
	 * @see #getInitialState()
	 * @generated
	 */
	void setInitialState(MmState value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.mmrace.model.state.TraceStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.mmrace.model.state.StatePackage#getTrace_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<TraceStep> getSteps();

} // Trace
