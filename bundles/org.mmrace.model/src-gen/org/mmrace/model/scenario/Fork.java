/**
 */
package org.mmrace.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fork</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.Fork#getChild <em>Child</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.scenario.ScenarioPackage#getFork()
 * @model
 * @generated
 */
public interface Fork extends Operation {
	/**
	 * Returns the value of the '<em><b>Child</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Child</em>' attribute.
	 * @see #setChild(String)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getFork_Child()
	 * @model
	 * @generated
	 */
	String getChild();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Fork#getChild <em>Child</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Child</em>' attribute.
	 * @see #getChild()
	 * @generated
	 */
	void setChild(String value);

} // Fork
