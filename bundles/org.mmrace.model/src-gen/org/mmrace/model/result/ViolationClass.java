/**
 */
package org.mmrace.model.result;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Violation Class</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.mmrace.model.result.ResultPackage#getViolationClass()
 * @model
 * @generated
 */
public enum ViolationClass implements Enumerator {
	/**
	 * The '<em><b>Missed Cow</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MISSED_COW_VALUE
	 * @generated
	 * @ordered
	 */
	MISSED_COW(0, "missedCow", "missed-COW"),

	/**
	 * The '<em><b>Wrong Cow</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WRONG_COW_VALUE
	 * @generated
	 * @ordered
	 */
	WRONG_COW(1, "wrongCow", "wrong-COW"),

	/**
	 * The '<em><b>Use After Free</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USE_AFTER_FREE_VALUE
	 * @generated
	 * @ordered
	 */
	USE_AFTER_FREE(2, "useAfterFree", "use-after-free"),

	/**
	 * The '<em><b>Refcount Underflow</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFCOUNT_UNDERFLOW_VALUE
	 * @generated
	 * @ordered
	 */
	REFCOUNT_UNDERFLOW(3, "refcountUnderflow", "refcount-underflow"),

	/**
	 * The '<em><b>Ksm Write</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KSM_WRITE_VALUE
	 * @generated
	 * @ordered
	 */
	KSM_WRITE(4, "ksmWrite", "ksm-write"),

	/**
	 * The '<em><b>Deadlock</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEADLOCK_VALUE
	 * @generated
	 * @ordered
	 */
	DEADLOCK(5, "deadlock", "deadlock"),

	/**
	 * The '<em><b>Condition Failed</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONDITION_FAILED_VALUE
	 * @generated
	 * @ordered
	 */
	CONDITION_FAILED(6, "conditionFailed", "condition-failed"),

	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(7, "other", "other");

	/**
	 * The '<em><b>Missed Cow</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MISSED_COW
	 * @model name="missedCow" literal="missed-COW"
	 * @generated
	 * @ordered
	 */
	public static final int MISSED_COW_VALUE = 0;

	/**
	 * The '<em><b>Wrong Cow</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WRONG_COW
	 * @model name="wrongCow" literal="wrong-COW"
	 * @generated
	 * @ordered
	 */
	public static final int WRONG_COW_VALUE = 1;

	/**
	 * The '<em><b>Use After Free</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USE_AFTER_FREE
	 * @model name="useAfterFree" literal="use-after-free"
	 * @generated
	 * @ordered
	 */
	public static final int USE_AFTER_FREE_VALUE = 2;

	/**
	 * The '<em><b>Refcount Underflow</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFCOUNT_UNDERFLOW
	 * @model name="refcountUnderflow" literal="refcount-underflow"
	 * @generated
	 * @ordered
	 */
	public static final int REFCOUNT_UNDERFLOW_VALUE = 3;

	/**
	 * The '<em><b>Ksm Write</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KSM_WRITE
	 * @model name="ksmWrite" literal="ksm-write"
	 * @generated
	 * @ordered
	 */
	public static final int KSM_WRITE_VALUE = 4;

	/**
	 * The '<em><b>Deadlock</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEADLOCK
	 * @model name="deadlock"
	 * @generated
	 * @ordered
	 */
	public static final int DEADLOCK_VALUE = 5;

	/**
	 * The '<em><b>Condition Failed</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONDITION_FAILED
	 * @model name="conditionFailed" literal="condition-failed"
	 * @generated
	 * @ordered
	 */
	public static final int CONDITION_FAILED_VALUE = 6;

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 7;

	/**
	 * An array of all the '<em><b>Violation Class</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ViolationClass[] VALUES_ARRAY =
		new ViolationClass[] {
			MISSED_COW,
			WRONG_COW,
			USE_AFTER_FREE,
			REFCOUNT_UNDERFLOW,
			KSM_WRITE,
			DEADLOCK,
			CONDITION_FAILED,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Violation Class</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ViolationClass> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Violation Class</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ViolationClass get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ViolationClass result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Violation Class</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ViolationClass getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ViolationClass result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Violation Class</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ViolationClass get(int value) {
		switch (value) {
			case MISSED_COW_VALUE: return MISSED_COW;
			case WRONG_COW_VALUE: return WRONG_COW;
			case USE_AFTER_FREE_VALUE: return USE_AFTER_FREE;
			case REFCOUNT_UNDERFLOW_VALUE: return REFCOUNT_UNDERFLOW;
			case KSM_WRITE_VALUE: return KSM_WRITE;
			case DEADLOCK_VALUE: return DEADLOCK;
			case CONDITION_FAILED_VALUE: return CONDITION_FAILED;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ViolationClass(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ViolationClass
