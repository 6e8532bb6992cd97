/**
 */
package org.mmrace.model.result;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Statistics</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.result.Statistics#getStates <em>States</em>}</li>
 *   <li>{@link org.mmrace.model.result.Statistics#getDistinct <em>Distinct</em>}</li>
 *   <li>{@link org.mmrace.model.result.Statistics#getTransitions <em>Transitions</em>}</li>
 *   <li>{@link org.mmrace.model.result.Statistics#getFinalStates <em>Final States</em>}</li>
 *   <li>{@link org.mmrace.model.result.Statistics#getMillis <em>Millis</em>}</li>
 *   <li>{@link org.mmrace.model.result.Statistics#getMaxDepth <em>Max Depth</em>}</li>
 *   <li>{@link org.mmrace.model.result.Statistics#getStateBytes <em>State Bytes</em>}</li>
 *   <li>{@link org.mmrace.model.result.Statistics#getReduction <em>Reduction</em>}</li>
 *   <li>{@link org.mmrace.model.result.Statistics#isCompact <em>Compact</em>}</li>
 *   <li>{@link org.mmrace.model.result.Statistics#getOmissionProbability <em>Omission Probability</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.result.ResultPackage#getStatistics()
 * @model
 * @generated
 */
public interface Statistics extends EObject {
	/**
	 * Returns the value of the '<em><b>States</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>States</em>' attribute.
	 * @see #setStates(long)
	 * @see org.mmrace.model.result.ResultPackage#getStatistics_States()
	 * @model
	 * @generated
	 */
	long getStates();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.Statistics#getStates <em>States</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>States</em>' attribute.
	 * @see #getStates()
	 * @generated
	 */
	void setStates(long value);

	/**
	 * Returns the value of the '<em><b>Distinct</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Distinct</em>' attribute.
	 * @see #setDistinct(long)
	 * @see org.mmrace.model.result.ResultPackage#getStatistics_Distinct()
	 * @model
	 * @generated
	 */
	long getDistinct();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.Statistics#getDistinct <em>Distinct</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Distinct</em>' attribute.
	 * @see #getDistinct()
	 * @generated
	 */
	void setDistinct(long value);

	/**
	 * Returns the value of the '<em><b>Transitions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Transitions</em>' attribute.
	 * @see #setTransitions(long)
	 * @see org.mmrace.model.result.ResultPackage#getStatistics_Transitions()
	 * @model
	 * @generated
	 */
	long getTransitions();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.Statistics#getTransitions <em>Transitions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Transitions</em>' attribute.
	 * @see #getTransitions()
	 * @generated
	 */
	void setTransitions(long value);

	/**
	 * Returns the value of the '<em><b>Final States</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Final States</em>' attribute.
	 * @see #setFinalStates(long)
	 * @see org.mmrace.model.result.ResultPackage#getStatistics_FinalStates()
	 * @model
	 * @generated
	 */
	long getFinalStates();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.Statistics#getFinalStates <em>Final States</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Final States</em>' attribute.
	 * @see #getFinalStates()
	 * @generated
	 */
	void setFinalStates(long value);

	/**
	 * Returns the value of the '<em><b>Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Millis</em>' attribute.
	 * @see #setMillis(long)
	 * @see org.mmrace.model.result.ResultPackage#getStatistics_Millis()
	 * @model
	 * @generated
	 */
	long getMillis();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.Statistics#getMillis <em>Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Millis</em>' attribute.
	 * @see #getMillis()
	 * @generated
	 */
	void setMillis(long value);

	/**
	 * Returns the value of the '<em><b>Max Depth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Depth</em>' attribute.
	 * @see #setMaxDepth(int)
	 * @see org.mmrace.model.result.ResultPackage#getStatistics_MaxDepth()
	 * @model
	 * @generated
	 */
	int getMaxDepth();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.Statistics#getMaxDepth <em>Max Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Depth</em>' attribute.
	 * @see #getMaxDepth()
	 * @generated
	 */
	void setMaxDepth(int value);

	/**
	 * Returns the value of the '<em><b>State Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State Bytes</em>' attribute.
	 * @see #setStateBytes(int)
	 * @see org.mmrace.model.result.ResultPackage#getStatistics_StateBytes()
	 * @model
	 * @generated
	 */
	int getStateBytes();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.Statistics#getStateBytes <em>State Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State Bytes</em>' attribute.
	 * @see #getStateBytes()
	 * @generated
	 */
	void setStateBytes(int value);

	/**
	 * Returns the value of the '<em><b>Reduction</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reduction</em>' containment reference.
	 * @see #setReduction(Reduction)
	 * @see org.mmrace.model.result.ResultPackage#getStatistics_Reduction()
	 * @model containment="true"
	 * @generated
	 */
	Reduction getReduction();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.Statistics#getReduction <em>Reduction</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reduction</em>' containment reference.
	 * @see #getReduction()
	 * @generated
	 */
	void setReduction(Reduction value);

	/**
	 * Returns the value of the '<em><b>Compact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the run used hash compaction (the verdict is then probabilistic).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Compact</em>' attribute.
	 * @see #setCompact(boolean)
	 * @see org.mmrace.model.result.ResultPackage#getStatistics_Compact()
	 * @model
	 * @generated
	 */
	boolean isCompact();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.Statistics#isCompact <em>Compact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Compact</em>' attribute.
	 * @see #isCompact()
	 * @generated
	 */
	void setCompact(boolean value);

	/**
	 * Returns the value of the '<em><b>Omission Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Omission Probability</em>' attribute.
	 * @see #setOmissionProbability(double)
	 * @see org.mmrace.model.result.ResultPackage#getStatistics_OmissionProbability()
	 * @model
	 * @generated
	 */
	double getOmissionProbability();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.Statistics#getOmissionProbability <em>Omission Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Omission Probability</em>' attribute.
	 * @see #getOmissionProbability()
	 * @generated
	 */
	void setOmissionProbability(double value);

} // Statistics
