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
 * <!-- begin-model-doc -->
 * One literal per org.mmrace.core.run.ViolationClass (version 2); useAfterFree, refcountUnderflow, conditionFailed and other are what version 1 files hold.
 * <!-- end-model-doc -->
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
	OTHER(7, "other", "other"),

	/**
	 * The '<em><b>Count Underflow</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNT_UNDERFLOW_VALUE
	 * @generated
	 * @ordered
	 */
	COUNT_UNDERFLOW(8, "countUnderflow", "count-underflow"),

	/**
	 * The '<em><b>Freed Page Access</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FREED_PAGE_ACCESS_VALUE
	 * @generated
	 * @ordered
	 */
	FREED_PAGE_ACCESS(9, "freedPageAccess", "freed-page-access"),

	/**
	 * The '<em><b>Count Mismatch</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNT_MISMATCH_VALUE
	 * @generated
	 * @ordered
	 */
	COUNT_MISMATCH(10, "countMismatch", "count-mismatch"),

	/**
	 * The '<em><b>Require Failed</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REQUIRE_FAILED_VALUE
	 * @generated
	 * @ordered
	 */
	REQUIRE_FAILED(11, "requireFailed", "require-failed"),

	/**
	 * The '<em><b>Forbid Failed</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FORBID_FAILED_VALUE
	 * @generated
	 * @ordered
	 */
	FORBID_FAILED(12, "forbidFailed", "forbid-failed");

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
	 * The '<em><b>Count Underflow</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNT_UNDERFLOW
	 * @model name="countUnderflow" literal="count-underflow"
	 * @generated
	 * @ordered
	 */
	public static final int COUNT_UNDERFLOW_VALUE = 8;

	/**
	 * The '<em><b>Freed Page Access</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FREED_PAGE_ACCESS
	 * @model name="freedPageAccess" literal="freed-page-access"
	 * @generated
	 * @ordered
	 */
	public static final int FREED_PAGE_ACCESS_VALUE = 9;

	/**
	 * The '<em><b>Count Mismatch</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNT_MISMATCH
	 * @model name="countMismatch" literal="count-mismatch"
	 * @generated
	 * @ordered
	 */
	public static final int COUNT_MISMATCH_VALUE = 10;

	/**
	 * The '<em><b>Require Failed</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REQUIRE_FAILED
	 * @model name="requireFailed" literal="require-failed"
	 * @generated
	 * @ordered
	 */
	public static final int REQUIRE_FAILED_VALUE = 11;

	/**
	 * The '<em><b>Forbid Failed</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FORBID_FAILED
	 * @model name="forbidFailed" literal="forbid-failed"
	 * @generated
	 * @ordered
	 */
	public static final int FORBID_FAILED_VALUE = 12;

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
			COUNT_UNDERFLOW,
			FREED_PAGE_ACCESS,
			COUNT_MISMATCH,
			REQUIRE_FAILED,
			FORBID_FAILED,
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
			case COUNT_UNDERFLOW_VALUE: return COUNT_UNDERFLOW;
			case FREED_PAGE_ACCESS_VALUE: return FREED_PAGE_ACCESS;
			case COUNT_MISMATCH_VALUE: return COUNT_MISMATCH;
			case REQUIRE_FAILED_VALUE: return REQUIRE_FAILED;
			case FORBID_FAILED_VALUE: return FORBID_FAILED;
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
