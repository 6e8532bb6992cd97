/**
 */
package org.mmrace.model.state;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Page</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A struct page (order 0). content holds 8 sector symbols.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.state.Page#getPfn <em>Pfn</em>}</li>
 *   <li>{@link org.mmrace.model.state.Page#getCount <em>Count</em>}</li>
 *   <li>{@link org.mmrace.model.state.Page#getMapcount <em>Mapcount</em>}</li>
 *   <li>{@link org.mmrace.model.state.Page#getPins <em>Pins</em>}</li>
 *   <li>{@link org.mmrace.model.state.Page#isAnon <em>Anon</em>}</li>
 *   <li>{@link org.mmrace.model.state.Page#isLocked <em>Locked</em>}</li>
 *   <li>{@link org.mmrace.model.state.Page#isSwapcache <em>Swapcache</em>}</li>
 *   <li>{@link org.mmrace.model.state.Page#isKsm <em>Ksm</em>}</li>
 *   <li>{@link org.mmrace.model.state.Page#isAnonExclusive <em>Anon Exclusive</em>}</li>
 *   <li>{@link org.mmrace.model.state.Page#isDontcow <em>Dontcow</em>}</li>
 *   <li>{@link org.mmrace.model.state.Page#isGup <em>Gup</em>}</li>
 *   <li>{@link org.mmrace.model.state.Page#isFreed <em>Freed</em>}</li>
 *   <li>{@link org.mmrace.model.state.Page#getContent <em>Content</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.state.StatePackage#getPage()
 * @model
 * @generated
 */
public interface Page extends EObject {
	/**
	 * Returns the value of the '<em><b>Pfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pfn</em>' attribute.
	 * @see #setPfn(int)
	 * @see org.mmrace.model.state.StatePackage#getPage_Pfn()
	 * @model
	 * @generated
	 */
	int getPfn();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Page#getPfn <em>Pfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pfn</em>' attribute.
	 * @see #getPfn()
	 * @generated
	 */
	void setPfn(int value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see org.mmrace.model.state.StatePackage#getPage_Count()
	 * @model
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Page#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

	/**
	 * Returns the value of the '<em><b>Mapcount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mapcount</em>' attribute.
	 * @see #setMapcount(int)
	 * @see org.mmrace.model.state.StatePackage#getPage_Mapcount()
	 * @model
	 * @generated
	 */
	int getMapcount();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Page#getMapcount <em>Mapcount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapcount</em>' attribute.
	 * @see #getMapcount()
	 * @generated
	 */
	void setMapcount(int value);

	/**
	 * Returns the value of the '<em><b>Pins</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many of count are FOLL_PIN references (1024 each).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pins</em>' attribute.
	 * @see #setPins(int)
	 * @see org.mmrace.model.state.StatePackage#getPage_Pins()
	 * @model
	 * @generated
	 */
	int getPins();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Page#getPins <em>Pins</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pins</em>' attribute.
	 * @see #getPins()
	 * @generated
	 */
	void setPins(int value);

	/**
	 * Returns the value of the '<em><b>Anon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Anon</em>' attribute.
	 * @see #setAnon(boolean)
	 * @see org.mmrace.model.state.StatePackage#getPage_Anon()
	 * @model
	 * @generated
	 */
	boolean isAnon();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Page#isAnon <em>Anon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anon</em>' attribute.
	 * @see #isAnon()
	 * @generated
	 */
	void setAnon(boolean value);

	/**
	 * Returns the value of the '<em><b>Locked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Locked</em>' attribute.
	 * @see #setLocked(boolean)
	 * @see org.mmrace.model.state.StatePackage#getPage_Locked()
	 * @model
	 * @generated
	 */
	boolean isLocked();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Page#isLocked <em>Locked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Locked</em>' attribute.
	 * @see #isLocked()
	 * @generated
	 */
	void setLocked(boolean value);

	/**
	 * Returns the value of the '<em><b>Swapcache</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Swapcache</em>' attribute.
	 * @see #setSwapcache(boolean)
	 * @see org.mmrace.model.state.StatePackage#getPage_Swapcache()
	 * @model
	 * @generated
	 */
	boolean isSwapcache();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Page#isSwapcache <em>Swapcache</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Swapcache</em>' attribute.
	 * @see #isSwapcache()
	 * @generated
	 */
	void setSwapcache(boolean value);

	/**
	 * Returns the value of the '<em><b>Ksm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ksm</em>' attribute.
	 * @see #setKsm(boolean)
	 * @see org.mmrace.model.state.StatePackage#getPage_Ksm()
	 * @model
	 * @generated
	 */
	boolean isKsm();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Page#isKsm <em>Ksm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ksm</em>' attribute.
	 * @see #isKsm()
	 * @generated
	 */
	void setKsm(boolean value);

	/**
	 * Returns the value of the '<em><b>Anon Exclusive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Anon Exclusive</em>' attribute.
	 * @see #setAnonExclusive(boolean)
	 * @see org.mmrace.model.state.StatePackage#getPage_AnonExclusive()
	 * @model
	 * @generated
	 */
	boolean isAnonExclusive();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Page#isAnonExclusive <em>Anon Exclusive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anon Exclusive</em>' attribute.
	 * @see #isAnonExclusive()
	 * @generated
	 */
	void setAnonExclusive(boolean value);

	/**
	 * Returns the value of the '<em><b>Dontcow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dontcow</em>' attribute.
	 * @see #setDontcow(boolean)
	 * @see org.mmrace.model.state.StatePackage#getPage_Dontcow()
	 * @model
	 * @generated
	 */
	boolean isDontcow();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Page#isDontcow <em>Dontcow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dontcow</em>' attribute.
	 * @see #isDontcow()
	 * @generated
	 */
	void setDontcow(boolean value);

	/**
	 * Returns the value of the '<em><b>Gup</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gup</em>' attribute.
	 * @see #setGup(boolean)
	 * @see org.mmrace.model.state.StatePackage#getPage_Gup()
	 * @model
	 * @generated
	 */
	boolean isGup();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Page#isGup <em>Gup</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gup</em>' attribute.
	 * @see #isGup()
	 * @generated
	 */
	void setGup(boolean value);

	/**
	 * Returns the value of the '<em><b>Freed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Freed</em>' attribute.
	 * @see #setFreed(boolean)
	 * @see org.mmrace.model.state.StatePackage#getPage_Freed()
	 * @model
	 * @generated
	 */
	boolean isFreed();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Page#isFreed <em>Freed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Freed</em>' attribute.
	 * @see #isFreed()
	 * @generated
	 */
	void setFreed(boolean value);

	/**
	 * Returns the value of the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content</em>' attribute.
	 * @see #setContent(String)
	 * @see org.mmrace.model.state.StatePackage#getPage_Content()
	 * @model
	 * @generated
	 */
	String getContent();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.Page#getContent <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content</em>' attribute.
	 * @see #getContent()
	 * @generated
	 */
	void setContent(String value);

} // Page
