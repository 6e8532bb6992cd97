/**
 */
package org.mmrace.model.result;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Oracle</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.mmrace.model.result.ResultPackage#getOracle()
 * @model
 * @generated
 */
public enum Oracle implements Enumerator {
	/**
	 * The '<em><b>Isolation</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ISOLATION_VALUE
	 * @generated
	 * @ordered
	 */
	ISOLATION(0, "isolation", "isolation"),

	/**
	 * The '<em><b>Refcount</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFCOUNT_VALUE
	 * @generated
	 * @ordered
	 */
	REFCOUNT(1, "refcount", "refcount"),

	/**
	 * The '<em><b>Ksm</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KSM_VALUE
	 * @generated
	 * @ordered
	 */
	KSM(2, "ksm", "ksm"),

	/**
	 * The '<em><b>Deadlock</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEADLOCK_VALUE
	 * @generated
	 * @ordered
	 */
	DEADLOCK(3, "deadlock", "deadlock"),

	/**
	 * The '<em><b>Condition</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONDITION_VALUE
	 * @generated
	 * @ordered
	 */
	CONDITION(4, "condition", "condition");

	/**
	 * The '<em><b>Isolation</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ISOLATION
	 * @model name="isolation"
	 * @generated
	 * @ordered
	 */
	public static final int ISOLATION_VALUE = 0;

	/**
	 * The '<em><b>Refcount</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFCOUNT
	 * @model name="refcount"
	 * @generated
	 * @ordered
	 */
	public static final int REFCOUNT_VALUE = 1;

	/**
	 * The '<em><b>Ksm</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KSM
	 * @model name="ksm"
	 * @generated
	 * @ordered
	 */
	public static final int KSM_VALUE = 2;

	/**
	 * The '<em><b>Deadlock</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEADLOCK
	 * @model name="deadlock"
	 * @generated
	 * @ordered
	 */
	public static final int DEADLOCK_VALUE = 3;

	/**
	 * The '<em><b>Condition</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONDITION
	 * @model name="condition"
	 * @generated
	 * @ordered
	 */
	public static final int CONDITION_VALUE = 4;

	/**
	 * An array of all the '<em><b>Oracle</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Oracle[] VALUES_ARRAY =
		new Oracle[] {
			ISOLATION,
			REFCOUNT,
			KSM,
			DEADLOCK,
			CONDITION,
		};

	/**
	 * A public read-only list of all the '<em><b>Oracle</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Oracle> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Oracle</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Oracle get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Oracle result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Oracle</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Oracle getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Oracle result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Oracle</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Oracle get(int value) {
		switch (value) {
			case ISOLATION_VALUE: return ISOLATION;
			case REFCOUNT_VALUE: return REFCOUNT;
			case KSM_VALUE: return KSM;
			case DEADLOCK_VALUE: return DEADLOCK;
			case CONDITION_VALUE: return CONDITION;
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
	private Oracle(int value, String name, String literal) {
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
	
} //Oracle
