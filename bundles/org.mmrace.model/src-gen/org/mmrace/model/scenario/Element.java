/**
 */
package org.mmrace.model.scenario;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Anything with a place in a .race file. Positions are -1 for elements built in memory.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.Element#getOffset <em>Offset</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Element#getLength <em>Length</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Element#getLine <em>Line</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Element#getColumn <em>Column</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Element#getComments <em>Comments</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Element#getTrailingComment <em>Trailing Comment</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.Element#isBlankLineBefore <em>Blank Line Before</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.scenario.ScenarioPackage#getElement()
 * @model abstract="true"
 * @generated
 */
public interface Element extends EObject {
	/**
	 * Returns the value of the '<em><b>Offset</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Character offset of the first character, 0-based.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offset</em>' attribute.
	 * @see #setOffset(int)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getElement_Offset()
	 * @model default="-1"
	 * @generated
	 */
	int getOffset();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Element#getOffset <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offset</em>' attribute.
	 * @see #getOffset()
	 * @generated
	 */
	void setOffset(int value);

	/**
	 * Returns the value of the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Length</em>' attribute.
	 * @see #setLength(int)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getElement_Length()
	 * @model
	 * @generated
	 */
	int getLength();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Element#getLength <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Length</em>' attribute.
	 * @see #getLength()
	 * @generated
	 */
	void setLength(int value);

	/**
	 * Returns the value of the '<em><b>Line</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1-based line of the first character.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line</em>' attribute.
	 * @see #setLine(int)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getElement_Line()
	 * @model default="-1"
	 * @generated
	 */
	int getLine();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Element#getLine <em>Line</em>}' attribute.
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
	 * <!-- begin-model-doc -->
	 * 1-based column of the first character.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Column</em>' attribute.
	 * @see #setColumn(int)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getElement_Column()
	 * @model default="-1"
	 * @generated
	 */
	int getColumn();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Element#getColumn <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column</em>' attribute.
	 * @see #getColumn()
	 * @generated
	 */
	void setColumn(int value);

	/**
	 * Returns the value of the '<em><b>Comments</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whole-line comments just before this statement, each the text after '#'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comments</em>' attribute list.
	 * @see org.mmrace.model.scenario.ScenarioPackage#getElement_Comments()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getComments();

	/**
	 * Returns the value of the '<em><b>Trailing Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The comment at the end of this statement's line (text after '#'), or null.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trailing Comment</em>' attribute.
	 * @see #setTrailingComment(String)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getElement_TrailingComment()
	 * @model
	 * @generated
	 */
	String getTrailingComment();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Element#getTrailingComment <em>Trailing Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trailing Comment</em>' attribute.
	 * @see #getTrailingComment()
	 * @generated
	 */
	void setTrailingComment(String value);

	/**
	 * Returns the value of the '<em><b>Blank Line Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Blank Line Before</em>' attribute.
	 * @see #setBlankLineBefore(boolean)
	 * @see org.mmrace.model.scenario.ScenarioPackage#getElement_BlankLineBefore()
	 * @model
	 * @generated
	 */
	boolean isBlankLineBefore();

	/**
	 * Sets the value of the '{@link org.mmrace.model.scenario.Element#isBlankLineBefore <em>Blank Line Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Blank Line Before</em>' attribute.
	 * @see #isBlankLineBefore()
	 * @generated
	 */
	void setBlankLineBefore(boolean value);

} // Element
