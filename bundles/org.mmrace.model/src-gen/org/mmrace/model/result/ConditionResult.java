/**
 */
package org.mmrace.model.result;

import org.eclipse.emf.ecore.EObject;

import org.mmrace.model.scenario.ConditionKind;

import org.mmrace.model.state.Trace;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Condition Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.result.ConditionResult#getLabel <em>Label</em>}</li>
 *   <li>{@link org.mmrace.model.result.ConditionResult#getKind <em>Kind</em>}</li>
 *   <li>{@link org.mmrace.model.result.ConditionResult#getText <em>Text</em>}</li>
 *   <li>{@link org.mmrace.model.result.ConditionResult#getLine <em>Line</em>}</li>
 *   <li>{@link org.mmrace.model.result.ConditionResult#getColumn <em>Column</em>}</li>
 *   <li>{@link org.mmrace.model.result.ConditionResult#getObservation <em>Observation</em>}</li>
 *   <li>{@link org.mmrace.model.result.ConditionResult#getPositive <em>Positive</em>}</li>
 *   <li>{@link org.mmrace.model.result.ConditionResult#getNegative <em>Negative</em>}</li>
 *   <li>{@link org.mmrace.model.result.ConditionResult#isSatisfied <em>Satisfied</em>}</li>
 *   <li>{@link org.mmrace.model.result.ConditionResult#getTrace <em>Trace</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.result.ResultPackage#getConditionResult()
 * @model
 * @generated
 */
public interface ConditionResult extends EObject {
	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.mmrace.model.result.ResultPackage#getConditionResult_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.ConditionResult#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mmrace.model.scenario.ConditionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.mmrace.model.scenario.ConditionKind
	 * @see #setKind(ConditionKind)
	 * @see org.mmrace.model.result.ResultPackage#getConditionResult_Kind()
	 * @model
	 * @generated
	 */
	ConditionKind getKind();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.ConditionResult#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.mmrace.model.scenario.ConditionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ConditionKind value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.mmrace.model.result.ResultPackage#getConditionResult_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.ConditionResult#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Line</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line</em>' attribute.
	 * @see #setLine(int)
	 * @see org.mmrace.model.result.ResultPackage#getConditionResult_Line()
	 * @model default="-1"
	 * @generated
	 */
	int getLine();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.ConditionResult#getLine <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line</em>' attribute.
	 * @see #getLine()
	 * @generated
	 */
	void setLine(int value);

	/**
	 * Returns the value of the '<em><b>Column</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Column</em>' attribute.
	 * @see #setColumn(int)
	 * @see org.mmrace.model.result.ResultPackage#getConditionResult_Column()
	 * @model default="-1"
	 * @generated
	 */
	int getColumn();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.ConditionResult#getColumn <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column</em>' attribute.
	 * @see #getColumn()
	 * @generated
	 */
	void setColumn(int value);

	/**
	 * Returns the value of the '<em><b>Observation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mmrace.model.result.Observation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observation</em>' attribute.
	 * @see org.mmrace.model.result.Observation
	 * @see #setObservation(Observation)
	 * @see org.mmrace.model.result.ResultPackage#getConditionResult_Observation()
	 * @model
	 * @generated
	 */
	Observation getObservation();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.ConditionResult#getObservation <em>Observation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observation</em>' attribute.
	 * @see org.mmrace.model.result.Observation
	 * @see #getObservation()
	 * @generated
	 */
	void setObservation(Observation value);

	/**
	 * Returns the value of the '<em><b>Positive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Positive</em>' attribute.
	 * @see #setPositive(long)
	 * @see org.mmrace.model.result.ResultPackage#getConditionResult_Positive()
	 * @model
	 * @generated
	 */
	long getPositive();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.ConditionResult#getPositive <em>Positive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Positive</em>' attribute.
	 * @see #getPositive()
	 * @generated
	 */
	void setPositive(long value);

	/**
	 * Returns the value of the '<em><b>Negative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Negative</em>' attribute.
	 * @see #setNegative(long)
	 * @see org.mmrace.model.result.ResultPackage#getConditionResult_Negative()
	 * @model
	 * @generated
	 */
	long getNegative();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.ConditionResult#getNegative <em>Negative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Negative</em>' attribute.
	 * @see #getNegative()
	 * @generated
	 */
	void setNegative(long value);

	/**
	 * Returns the value of the '<em><b>Satisfied</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Satisfied</em>' attribute.
	 * @see #setSatisfied(boolean)
	 * @see org.mmrace.model.result.ResultPackage#getConditionResult_Satisfied()
	 * @model
	 * @generated
	 */
	boolean isSatisfied();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.ConditionResult#isSatisfied <em>Satisfied</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Satisfied</em>' attribute.
	 * @see #isSatisfied()
	 * @generated
	 */
	void setSatisfied(boolean value);

	/**
	 * Returns the value of the '<em><b>Trace</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version 1 files only: the condition's counterexample (version 2 keeps it as a Violation, in the run's order).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trace</em>' containment reference.
	 * @see #setTrace(Trace)
	 * @see org.mmrace.model.result.ResultPackage#getConditionResult_Trace()
	 * @model containment="true"
	 * @generated
	 */
	Trace getTrace();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.ConditionResult#getTrace <em>Trace</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trace</em>' containment reference.
	 * @see #getTrace()
	 * @generated
	 */
	void setTrace(Trace value);

} // ConditionResult
