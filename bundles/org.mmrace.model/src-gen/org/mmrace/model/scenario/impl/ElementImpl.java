/**
 */
package org.mmrace.model.scenario.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.mmrace.model.scenario.Element;
import org.mmrace.model.scenario.ScenarioPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Element</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.scenario.impl.ElementImpl#getOffset <em>Offset</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.ElementImpl#getLength <em>Length</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.ElementImpl#getLine <em>Line</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.ElementImpl#getColumn <em>Column</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.ElementImpl#getComments <em>Comments</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.ElementImpl#getTrailingComment <em>Trailing Comment</em>}</li>
 *   <li>{@link org.mmrace.model.scenario.impl.ElementImpl#isBlankLineBefore <em>Blank Line Before</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class ElementImpl extends MinimalEObjectImpl.Container implements Element {
	/**
	 * The default value of the '{@link #getOffset() <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffset()
	 * @generated
	 * @ordered
	 */
	protected static final int OFFSET_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getOffset() <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffset()
	 * @generated
	 * @ordered
	 */
	protected int offset = OFFSET_EDEFAULT;

	/**
	 * The default value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected static final int LENGTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected int length = LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getLine() <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected static final int LINE_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getLine() <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected int line = LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getColumn() <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumn()
	 * @generated
	 * @ordered
	 */
	protected static final int COLUMN_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getColumn() <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumn()
	 * @generated
	 * @ordered
	 */
	protected int column = COLUMN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getComments() <em>Comments</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComments()
	 * @generated
	 * @ordered
	 */
	protected EList<String> comments;

	/**
	 * The default value of the '{@link #getTrailingComment() <em>Trailing Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrailingComment()
	 * @generated
	 * @ordered
	 */
	protected static final String TRAILING_COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTrailingComment() <em>Trailing Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrailingComment()
	 * @generated
	 * @ordered
	 */
	protected String trailingComment = TRAILING_COMMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #isBlankLineBefore() <em>Blank Line Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBlankLineBefore()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BLANK_LINE_BEFORE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBlankLineBefore() <em>Blank Line Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBlankLineBefore()
	 * @generated
	 * @ordered
	 */
	protected boolean blankLineBefore = BLANK_LINE_BEFORE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ElementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.ELEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOffset() {
		return offset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffset(int newOffset) {
		int oldOffset = offset;
		offset = newOffset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ELEMENT__OFFSET, oldOffset, offset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLength() {
		return length;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLength(int newLength) {
		int oldLength = length;
		length = newLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ELEMENT__LENGTH, oldLength, length));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLine() {
		return line;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLine(int newLine) {
		int oldLine = line;
		line = newLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ELEMENT__LINE, oldLine, line));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getColumn() {
		return column;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColumn(int newColumn) {
		int oldColumn = column;
		column = newColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ELEMENT__COLUMN, oldColumn, column));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getComments() {
		if (comments == null) {
			comments = new EDataTypeEList<String>(String.class, this, ScenarioPackage.ELEMENT__COMMENTS);
		}
		return comments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTrailingComment() {
		return trailingComment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrailingComment(String newTrailingComment) {
		String oldTrailingComment = trailingComment;
		trailingComment = newTrailingComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ELEMENT__TRAILING_COMMENT, oldTrailingComment, trailingComment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBlankLineBefore() {
		return blankLineBefore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlankLineBefore(boolean newBlankLineBefore) {
		boolean oldBlankLineBefore = blankLineBefore;
		blankLineBefore = newBlankLineBefore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ELEMENT__BLANK_LINE_BEFORE, oldBlankLineBefore, blankLineBefore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.ELEMENT__OFFSET:
				return getOffset();
			case ScenarioPackage.ELEMENT__LENGTH:
				return getLength();
			case ScenarioPackage.ELEMENT__LINE:
				return getLine();
			case ScenarioPackage.ELEMENT__COLUMN:
				return getColumn();
			case ScenarioPackage.ELEMENT__COMMENTS:
				return getComments();
			case ScenarioPackage.ELEMENT__TRAILING_COMMENT:
				return getTrailingComment();
			case ScenarioPackage.ELEMENT__BLANK_LINE_BEFORE:
				return isBlankLineBefore();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ScenarioPackage.ELEMENT__OFFSET:
				setOffset((Integer)newValue);
				return;
			case ScenarioPackage.ELEMENT__LENGTH:
				setLength((Integer)newValue);
				return;
			case ScenarioPackage.ELEMENT__LINE:
				setLine((Integer)newValue);
				return;
			case ScenarioPackage.ELEMENT__COLUMN:
				setColumn((Integer)newValue);
				return;
			case ScenarioPackage.ELEMENT__COMMENTS:
				getComments().clear();
				getComments().addAll((Collection<? extends String>)newValue);
				return;
			case ScenarioPackage.ELEMENT__TRAILING_COMMENT:
				setTrailingComment((String)newValue);
				return;
			case ScenarioPackage.ELEMENT__BLANK_LINE_BEFORE:
				setBlankLineBefore((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ScenarioPackage.ELEMENT__OFFSET:
				setOffset(OFFSET_EDEFAULT);
				return;
			case ScenarioPackage.ELEMENT__LENGTH:
				setLength(LENGTH_EDEFAULT);
				return;
			case ScenarioPackage.ELEMENT__LINE:
				setLine(LINE_EDEFAULT);
				return;
			case ScenarioPackage.ELEMENT__COLUMN:
				setColumn(COLUMN_EDEFAULT);
				return;
			case ScenarioPackage.ELEMENT__COMMENTS:
				getComments().clear();
				return;
			case ScenarioPackage.ELEMENT__TRAILING_COMMENT:
				setTrailingComment(TRAILING_COMMENT_EDEFAULT);
				return;
			case ScenarioPackage.ELEMENT__BLANK_LINE_BEFORE:
				setBlankLineBefore(BLANK_LINE_BEFORE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ScenarioPackage.ELEMENT__OFFSET:
				return offset != OFFSET_EDEFAULT;
			case ScenarioPackage.ELEMENT__LENGTH:
				return length != LENGTH_EDEFAULT;
			case ScenarioPackage.ELEMENT__LINE:
				return line != LINE_EDEFAULT;
			case ScenarioPackage.ELEMENT__COLUMN:
				return column != COLUMN_EDEFAULT;
			case ScenarioPackage.ELEMENT__COMMENTS:
				return comments != null && !comments.isEmpty();
			case ScenarioPackage.ELEMENT__TRAILING_COMMENT:
				return TRAILING_COMMENT_EDEFAULT == null ? trailingComment != null : !TRAILING_COMMENT_EDEFAULT.equals(trailingComment);
			case ScenarioPackage.ELEMENT__BLANK_LINE_BEFORE:
				return blankLineBefore != BLANK_LINE_BEFORE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (offset: ");
		result.append(offset);
		result.append(", length: ");
		result.append(length);
		result.append(", line: ");
		result.append(line);
		result.append(", column: ");
		result.append(column);
		result.append(", comments: ");
		result.append(comments);
		result.append(", trailingComment: ");
		result.append(trailingComment);
		result.append(", blankLineBefore: ");
		result.append(blankLineBefore);
		result.append(')');
		return result.toString();
	}

} //ElementImpl
