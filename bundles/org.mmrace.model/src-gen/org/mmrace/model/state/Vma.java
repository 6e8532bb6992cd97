/**
 */
package org.mmrace.model.state;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Vma</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.state.Vma#getRegion <em>Region</em>}</li>
 *   <li>{@link org.mmrace.model.state.Vma#getPageCount <em>Page Count</em>}</li>
 *   <li>{@link org.mmrace.model.state.Vma#isShared <em>Shared</em>}</li>
 *   <li>{@link org.mmrace.model.state.Vma#isMaywrite <em>Maywrite</em>}</li>
 *   <li>{@link org.mmrace.model.state.Vma#isWrite <em>Write</em>}</li>
 *   <li>{@link org.mmrace.model.state.Vma#isDontcopy <em>Dontcopy</em>}</li>
 *   <li>{@link org.mmrace.model.state.Vma#isMergeable <em>Mergeable</em>}</li>
 *   <li>{@link org.mmrace.model.state.Vma#isPresent <em>Present</em>}</li>
 *   <li>{@link org.mmrace.model.state.Vma#getPtes <em>Ptes</em>}</li>
 *   <li>{@link org.mmrace.model.state.Vma#getLogical <em>Logical</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.state.StatePackage#getVma()
 * @model
 * @generated
 */
public interface Vma extends EObject {
	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see org.mmrace.model.state.StatePackage#getVma_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Vma#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>Page Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Page Count</em>' attribute.
	 * @see #setPageCount(int)
	 * @see org.mmrace.model.state.StatePackage#getVma_PageCount()
	 * @model
	 * @generated
	 */
	int getPageCount();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Vma#getPageCount <em>Page Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page Count</em>' attribute.
	 * @see #getPageCount()
	 * @generated
	 */
	void setPageCount(int value);

	/**
	 * Returns the value of the '<em><b>Shared</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shared</em>' attribute.
	 * @see #setShared(boolean)
	 * @see org.mmrace.model.state.StatePackage#getVma_Shared()
	 * @model
	 * @generated
	 */
	boolean isShared();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Vma#isShared <em>Shared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shared</em>' attribute.
	 * @see #isShared()
	 * @generated
	 */
	void setShared(boolean value);

	/**
	 * Returns the value of the '<em><b>Maywrite</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Maywrite</em>' attribute.
	 * @see #setMaywrite(boolean)
	 * @see org.mmrace.model.state.StatePackage#getVma_Maywrite()
	 * @model
	 * @generated
	 */
	boolean isMaywrite();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Vma#isMaywrite <em>Maywrite</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maywrite</em>' attribute.
	 * @see #isMaywrite()
	 * @generated
	 */
	void setMaywrite(boolean value);

	/**
	 * Returns the value of the '<em><b>Write</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Write</em>' attribute.
	 * @see #setWrite(boolean)
	 * @see org.mmrace.model.state.StatePackage#getVma_Write()
	 * @model
	 * @generated
	 */
	boolean isWrite();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Vma#isWrite <em>Write</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Write</em>' attribute.
	 * @see #isWrite()
	 * @generated
	 */
	void setWrite(boolean value);

	/**
	 * Returns the value of the '<em><b>Dontcopy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dontcopy</em>' attribute.
	 * @see #setDontcopy(boolean)
	 * @see org.mmrace.model.state.StatePackage#getVma_Dontcopy()
	 * @model
	 * @generated
	 */
	boolean isDontcopy();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Vma#isDontcopy <em>Dontcopy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dontcopy</em>' attribute.
	 * @see #isDontcopy()
	 * @generated
	 */
	void setDontcopy(boolean value);

	/**
	 * Returns the value of the '<em><b>Mergeable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mergeable</em>' attribute.
	 * @see #setMergeable(boolean)
	 * @see org.mmrace.model.state.StatePackage#getVma_Mergeable()
	 * @model
	 * @generated
	 */
	boolean isMergeable();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Vma#isMergeable <em>Mergeable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mergeable</em>' attribute.
	 * @see #isMergeable()
	 * @generated
	 */
	void setMergeable(boolean value);

	/**
	 * Returns the value of the '<em><b>Present</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Present</em>' attribute.
	 * @see #setPresent(boolean)
	 * @see org.mmrace.model.state.StatePackage#getVma_Present()
	 * @model
	 * @generated
	 */
	boolean isPresent();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Vma#isPresent <em>Present</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Present</em>' attribute.
	 * @see #isPresent()
	 * @generated
	 */
	void setPresent(boolean value);

	/**
	 * Returns the value of the '<em><b>Ptes</b></em>' containment reference list.
	 * The list contents are of type {@link org.mmrace.model.state.Pte}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ptes</em>' containment reference list.
	 * @see org.mmrace.model.state.StatePackage#getVma_Ptes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Pte> getPtes();

	/**
	 * Returns the value of the '<em><b>Logical</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The process's logical memory, 8 symbols per page (version 1 files have logicalMemories in MmState).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Logical</em>' attribute list.
	 * @see org.mmrace.model.state.StatePackage#getVma_Logical()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getLogical();

} // Vma
