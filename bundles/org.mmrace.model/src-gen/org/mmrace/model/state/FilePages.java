/**
 */
package org.mmrace.model.state;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>File Pages</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A file and its pages, 8 sector symbols each.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.state.FilePages#getName <em>Name</em>}</li>
 *   <li>{@link org.mmrace.model.state.FilePages#getPages <em>Pages</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.state.StatePackage#getFilePages()
 * @model
 * @generated
 */
public interface FilePages extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.mmrace.model.state.StatePackage#getFilePages_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.FilePages#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Pages</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pages</em>' attribute list.
	 * @see org.mmrace.model.state.StatePackage#getFilePages_Pages()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getPages();

} // FilePages
