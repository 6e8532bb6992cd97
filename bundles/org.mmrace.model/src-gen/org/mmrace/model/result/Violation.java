/**
 */
package org.mmrace.model.result;

import org.eclipse.emf.ecore.EObject;

import org.mmrace.model.state.Trace;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Violation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.result.Violation#getOracle <em>Oracle</em>}</li>
 *   <li>{@link org.mmrace.model.result.Violation#getViolationClass <em>Violation Class</em>}</li>
 *   <li>{@link org.mmrace.model.result.Violation#getProcess <em>Process</em>}</li>
 *   <li>{@link org.mmrace.model.result.Violation#getAddress <em>Address</em>}</li>
 *   <li>{@link org.mmrace.model.result.Violation#getExpected <em>Expected</em>}</li>
 *   <li>{@link org.mmrace.model.result.Violation#getSeen <em>Seen</em>}</li>
 *   <li>{@link org.mmrace.model.result.Violation#getMessage <em>Message</em>}</li>
 *   <li>{@link org.mmrace.model.result.Violation#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.mmrace.model.result.Violation#getTrace <em>Trace</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.result.ResultPackage#getViolation()
 * @model
 * @generated
 */
public interface Violation extends EObject {
	/**
	 * Returns the value of the '<em><b>Oracle</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mmrace.model.result.Oracle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Oracle</em>' attribute.
	 * @see org.mmrace.model.result.Oracle
	 * @see #setOracle(Oracle)
	 * @see org.mmrace.model.result.ResultPackage#getViolation_Oracle()
	 * @model
	 * @generated
	 */
	Oracle getOracle();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.Violation#getOracle <em>Oracle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Oracle</em>' attribute.
	 * @see org.mmrace.model.result.Oracle
	 * @see #getOracle()
	 * @generated
	 */
	void setOracle(Oracle value);

	/**
	 * Returns the value of the '<em><b>Violation Class</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mmrace.model.result.ViolationClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Violation Class</em>' attribute.
	 * @see org.mmrace.model.result.ViolationClass
	 * @see #setViolationClass(ViolationClass)
	 * @see org.mmrace.model.result.ResultPackage#getViolation_ViolationClass()
	 * @model
	 * @generated
	 */
	ViolationClass getViolationClass();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.Violation#getViolationClass <em>Violation Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Violation Class</em>' attribute.
	 * @see org.mmrace.model.result.ViolationClass
	 * @see #getViolationClass()
	 * @generated
	 */
	void setViolationClass(ViolationClass value);

	/**
	 * Returns the value of the '<em><b>Process</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Process</em>' attribute.
	 * @see #setProcess(String)
	 * @see org.mmrace.model.result.ResultPackage#getViolation_Process()
	 * @model
	 * @generated
	 */
	String getProcess();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.Violation#getProcess <em>Process</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Process</em>' attribute.
	 * @see #getProcess()
	 * @generated
	 */
	void setProcess(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.mmrace.model.result.ResultPackage#getViolation_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.Violation#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Expected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expected</em>' attribute.
	 * @see #setExpected(String)
	 * @see org.mmrace.model.result.ResultPackage#getViolation_Expected()
	 * @model
	 * @generated
	 */
	String getExpected();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.Violation#getExpected <em>Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected</em>' attribute.
	 * @see #getExpected()
	 * @generated
	 */
	void setExpected(String value);

	/**
	 * Returns the value of the '<em><b>Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seen</em>' attribute.
	 * @see #setSeen(String)
	 * @see org.mmrace.model.result.ResultPackage#getViolation_Seen()
	 * @model
	 * @generated
	 */
	String getSeen();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.Violation#getSeen <em>Seen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seen</em>' attribute.
	 * @see #getSeen()
	 * @generated
	 */
	void setSeen(String value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.mmrace.model.result.ResultPackage#getViolation_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.Violation#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see #setCondition(String)
	 * @see org.mmrace.model.result.ResultPackage#getViolation_Condition()
	 * @model
	 * @generated
	 */
	String getCondition();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.Violation#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(String value);

	/**
	 * Returns the value of the '<em><b>Trace</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trace</em>' containment reference.
	 * @see #setTrace(Trace)
	 * @see org.mmrace.model.result.ResultPackage#getViolation_Trace()
	 * @model containment="true"
	 * @generated
	 */
	Trace getTrace();

	/**
	 * Sets the value of the '{@link org.mmrace.model.result.Violation#getTrace <em>Trace</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trace</em>' containment reference.
	 * @see #getTrace()
	 * @generated
	 */
	void setTrace(Trace value);

} // Violation
