/**
 */
package org.mmrace.model.result;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reduction</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the partial-order reduction did in a run (engine: Stats.Reduction).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.result.Reduction#isAsked <em>Asked</em>}</li>
 *   <li>{@link org.mmrace.model.result.Reduction#isOn <em>On</em>}</li>
 *   <li>{@link org.mmrace.model.result.Reduction#getPruned <em>Pruned</em>}</li>
 *   <li>{@link org.mmrace.model.result.Reduction#getPasses <em>Passes</em>}</li>
 *   <li>{@link org.mmrace.model.result.Reduction#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.result.ResultPackage#getReduction()
 * @model
 * @generated
 */
public interface Reduction extends EObject {
	/**
	 * Returns the value of the '<em><b>Asked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Asked</em>' attribute.
	 * @see #setAsked(boolean)
	 * @see org.mmrace.model.result.ResultPackage#getReduction_Asked()
	 * @model
	 * @generated
	 */
	boolean isAsked();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.Reduction#isAsked <em>Asked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Asked</em>' attribute.
	 * @see #isAsked()
	 * @generated
	 */
	void setAsked(boolean value);

	/**
	 * Returns the value of the '<em><b>On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>On</em>' attribute.
	 * @see #setOn(boolean)
	 * @see org.mmrace.model.result.ResultPackage#getReduction_On()
	 * @model
	 * @generated
	 */
	boolean isOn();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.Reduction#isOn <em>On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>On</em>' attribute.
	 * @see #isOn()
	 * @generated
	 */
	void setOn(boolean value);

	/**
	 * Returns the value of the '<em><b>Pruned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pruned</em>' attribute.
	 * @see #setPruned(long)
	 * @see org.mmrace.model.result.ResultPackage#getReduction_Pruned()
	 * @model
	 * @generated
	 */
	long getPruned();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.Reduction#getPruned <em>Pruned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pruned</em>' attribute.
	 * @see #getPruned()
	 * @generated
	 */
	void setPruned(long value);

	/**
	 * Returns the value of the '<em><b>Passes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Passes</em>' attribute.
	 * @see #setPasses(int)
	 * @see org.mmrace.model.result.ResultPackage#getReduction_Passes()
	 * @model
	 * @generated
	 */
	int getPasses();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.Reduction#getPasses <em>Passes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Passes</em>' attribute.
	 * @see #getPasses()
	 * @generated
	 */
	void setPasses(int value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.mmrace.model.result.ResultPackage#getReduction_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.Reduction#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // Reduction
