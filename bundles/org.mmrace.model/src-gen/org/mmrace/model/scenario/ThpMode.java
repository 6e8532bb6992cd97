/**
 */
package org.mmrace.model.scenario;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Thp Mode</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 'thp=...' on a map: the region is one model THP (a large folio of pages= subpages), in the state cow.c prepares it in.
 * <!-- end-model-doc -->
 * @see org.mmrace.model.scenario.ScenarioPackage#getThpMode()
 * @model
 * @generated
 */
public enum ThpMode implements Enumerator {
	/**
	 * The '<em><b>None</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "none", "none"),

	/**
	 * The '<em><b>Pmd</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PMD_VALUE
	 * @generated
	 * @ordered
	 */
	PMD(1, "pmd", "pmd"),

	/**
	 * The '<em><b>Pte</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PTE_VALUE
	 * @generated
	 * @ordered
	 */
	PTE(2, "pte", "pte"),

	/**
	 * The '<em><b>Single pte</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SINGLE_PTE_VALUE
	 * @generated
	 * @ordered
	 */
	SINGLE_PTE(3, "single_pte", "single-pte"),

	/**
	 * The '<em><b>Partial shared</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTIAL_SHARED_VALUE
	 * @generated
	 * @ordered
	 */
	PARTIAL_SHARED(4, "partial_shared", "partial-shared"),

	/**
	 * The '<em><b>Partial mremap</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTIAL_MREMAP_VALUE
	 * @generated
	 * @ordered
	 */
	PARTIAL_MREMAP(5, "partial_mremap", "partial-mremap");

	/**
	 * The '<em><b>None</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE
	 * @model name="none"
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>Pmd</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PMD
	 * @model name="pmd"
	 * @generated
	 * @ordered
	 */
	public static final int PMD_VALUE = 1;

	/**
	 * The '<em><b>Pte</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PTE
	 * @model name="pte"
	 * @generated
	 * @ordered
	 */
	public static final int PTE_VALUE = 2;

	/**
	 * The '<em><b>Single pte</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SINGLE_PTE
	 * @model name="single_pte" literal="single-pte"
	 * @generated
	 * @ordered
	 */
	public static final int SINGLE_PTE_VALUE = 3;

	/**
	 * The '<em><b>Partial shared</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTIAL_SHARED
	 * @model name="partial_shared" literal="partial-shared"
	 * @generated
	 * @ordered
	 */
	public static final int PARTIAL_SHARED_VALUE = 4;

	/**
	 * The '<em><b>Partial mremap</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTIAL_MREMAP
	 * @model name="partial_mremap" literal="partial-mremap"
	 * @generated
	 * @ordered
	 */
	public static final int PARTIAL_MREMAP_VALUE = 5;

	/**
	 * An array of all the '<em><b>Thp Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ThpMode[] VALUES_ARRAY =
		new ThpMode[] {
			NONE,
			PMD,
			PTE,
			SINGLE_PTE,
			PARTIAL_SHARED,
			PARTIAL_MREMAP,
		};

	/**
	 * A public read-only list of all the '<em><b>Thp Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ThpMode> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Thp Mode</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ThpMode get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ThpMode result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Thp Mode</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ThpMode getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ThpMode result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Thp Mode</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ThpMode get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case PMD_VALUE: return PMD;
			case PTE_VALUE: return PTE;
			case SINGLE_PTE_VALUE: return SINGLE_PTE;
			case PARTIAL_SHARED_VALUE: return PARTIAL_SHARED;
			case PARTIAL_MREMAP_VALUE: return PARTIAL_MREMAP;
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
	private ThpMode(int value, String name, String literal) {
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
	
} //ThpMode
