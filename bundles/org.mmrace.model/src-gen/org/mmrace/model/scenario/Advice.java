/**
 */
package org.mmrace.model.scenario;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Advice</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.mmrace.model.scenario.ScenarioPackage#getAdvice()
 * @model
 * @generated
 */
public enum Advice implements Enumerator {
	/**
	 * The '<em><b>Dontfork</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DONTFORK_VALUE
	 * @generated
	 * @ordered
	 */
	DONTFORK(0, "dontfork", "dontfork"),

	/**
	 * The '<em><b>Dofork</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOFORK_VALUE
	 * @generated
	 * @ordered
	 */
	DOFORK(1, "dofork", "dofork"),

	/**
	 * The '<em><b>Mergeable</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MERGEABLE_VALUE
	 * @generated
	 * @ordered
	 */
	MERGEABLE(2, "mergeable", "mergeable"),

	/**
	 * The '<em><b>Pageout</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAGEOUT_VALUE
	 * @generated
	 * @ordered
	 */
	PAGEOUT(3, "pageout", "pageout"),

	/**
	 * The '<em><b>Hugepage</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HUGEPAGE_VALUE
	 * @generated
	 * @ordered
	 */
	HUGEPAGE(4, "hugepage", "hugepage"),

	/**
	 * The '<em><b>Nohugepage</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOHUGEPAGE_VALUE
	 * @generated
	 * @ordered
	 */
	NOHUGEPAGE(5, "nohugepage", "nohugepage");

	/**
	 * The '<em><b>Dontfork</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DONTFORK
	 * @model name="dontfork"
	 * @generated
	 * @ordered
	 */
	public static final int DONTFORK_VALUE = 0;

	/**
	 * The '<em><b>Dofork</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOFORK
	 * @model name="dofork"
	 * @generated
	 * @ordered
	 */
	public static final int DOFORK_VALUE = 1;

	/**
	 * The '<em><b>Mergeable</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MERGEABLE
	 * @model name="mergeable"
	 * @generated
	 * @ordered
	 */
	public static final int MERGEABLE_VALUE = 2;

	/**
	 * The '<em><b>Pageout</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAGEOUT
	 * @model name="pageout"
	 * @generated
	 * @ordered
	 */
	public static final int PAGEOUT_VALUE = 3;

	/**
	 * The '<em><b>Hugepage</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HUGEPAGE
	 * @model name="hugepage"
	 * @generated
	 * @ordered
	 */
	public static final int HUGEPAGE_VALUE = 4;

	/**
	 * The '<em><b>Nohugepage</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOHUGEPAGE
	 * @model name="nohugepage"
	 * @generated
	 * @ordered
	 */
	public static final int NOHUGEPAGE_VALUE = 5;

	/**
	 * An array of all the '<em><b>Advice</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Advice[] VALUES_ARRAY =
		new Advice[] {
			DONTFORK,
			DOFORK,
			MERGEABLE,
			PAGEOUT,
			HUGEPAGE,
			NOHUGEPAGE,
		};

	/**
	 * A public read-only list of all the '<em><b>Advice</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Advice> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Advice</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Advice get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Advice result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Advice</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Advice getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Advice result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Advice</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Advice get(int value) {
		switch (value) {
			case DONTFORK_VALUE: return DONTFORK;
			case DOFORK_VALUE: return DOFORK;
			case MERGEABLE_VALUE: return MERGEABLE;
			case PAGEOUT_VALUE: return PAGEOUT;
			case HUGEPAGE_VALUE: return HUGEPAGE;
			case NOHUGEPAGE_VALUE: return NOHUGEPAGE;
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
	private Advice(int value, String name, String literal) {
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
	
} //Advice
