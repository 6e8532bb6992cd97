/**
 */
package org.mmrace.model.state;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pte</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The page-table entry of one page of a VMA. pfn is meaningful only when present.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.state.Pte#getIndex <em>Index</em>}</li>
 *   <li>{@link org.mmrace.model.state.Pte#isPresent <em>Present</em>}</li>
 *   <li>{@link org.mmrace.model.state.Pte#isWrite <em>Write</em>}</li>
 *   <li>{@link org.mmrace.model.state.Pte#getPfn <em>Pfn</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.state.StatePackage#getPte()
 * @model
 * @generated
 */
public interface Pte extends EObject {
	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see org.mmrace.model.state.StatePackage#getPte_Index()
	 * @model
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Pte#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Returns the value of the '<em><b>Present</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Present</em>' attribute.
	 * @see #setPresent(boolean)
	 * @see org.mmrace.model.state.StatePackage#getPte_Present()
	 * @model
	 * @generated
	 */
	boolean isPresent();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Pte#isPresent <em>Present</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Present</em>' attribute.
	 * @see #isPresent()
	 * @generated
	 */
	void setPresent(boolean value);

	/**
	 * Returns the value of the '<em><b>Write</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Write</em>' attribute.
	 * @see #setWrite(boolean)
	 * @see org.mmrace.model.state.StatePackage#getPte_Write()
	 * @model
	 * @generated
	 */
	boolean isWrite();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Pte#isWrite <em>Write</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Write</em>' attribute.
	 * @see #isWrite()
	 * @generated
	 */
	void setWrite(boolean value);

	/**
	 * Returns the value of the '<em><b>Pfn</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pfn</em>' attribute.
	 * @see #setPfn(int)
	 * @see org.mmrace.model.state.StatePackage#getPte_Pfn()
	 * @model default="-1"
	 * @generated
	 */
	int getPfn();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Pte#getPfn <em>Pfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pfn</em>' attribute.
	 * @see #getPfn()
	 * @generated
	 */
	void setPfn(int value);

} // Pte
