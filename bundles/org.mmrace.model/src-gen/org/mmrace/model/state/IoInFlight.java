/**
 */
package org.mmrace.model.state;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Io In Flight</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A DMA transfer submitted to the device and not yet done.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.state.IoInFlight#getId <em>Id</em>}</li>
 *   <li>{@link org.mmrace.model.state.IoInFlight#getKind <em>Kind</em>}</li>
 *   <li>{@link org.mmrace.model.state.IoInFlight#getPfn <em>Pfn</em>}</li>
 *   <li>{@link org.mmrace.model.state.IoInFlight#getFirstSector <em>First Sector</em>}</li>
 *   <li>{@link org.mmrace.model.state.IoInFlight#getLastSector <em>Last Sector</em>}</li>
 *   <li>{@link org.mmrace.model.state.IoInFlight#getData <em>Data</em>}</li>
 *   <li>{@link org.mmrace.model.state.IoInFlight#getFile <em>File</em>}</li>
 *   <li>{@link org.mmrace.model.state.IoInFlight#getThread <em>Thread</em>}</li>
 * </ul>
 *
 * @see org.mmrace.model.state.StatePackage#getIoInFlight()
 * @model
 * @generated
 */
public interface IoInFlight extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.mmrace.model.state.StatePackage#getIoInFlight_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.IoInFlight#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mmrace.model.state.IoKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.mmrace.model.state.IoKind
	 * @see #setKind(IoKind)
	 * @see org.mmrace.model.state.StatePackage#getIoInFlight_Kind()
	 * @model
	 * @generated
	 */
	IoKind getKind();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.IoInFlight#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.mmrace.model.state.IoKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(IoKind value);

	/**
	 * Returns the value of the '<em><b>Pfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pfn</em>' attribute.
	 * @see #setPfn(int)
	 * @see org.mmrace.model.state.StatePackage#getIoInFlight_Pfn()
	 * @model
	 * @generated
	 */
	int getPfn();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.IoInFlight#getPfn <em>Pfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pfn</em>' attribute.
	 * @see #getPfn()
	 * @generated
	 */
	void setPfn(int value);

	/**
	 * Returns the value of the '<em><b>First Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Sector</em>' attribute.
	 * @see #setFirstSector(int)
	 * @see org.mmrace.model.state.StatePackage#getIoInFlight_FirstSector()
	 * @model
	 * @generated
	 */
	int getFirstSector();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.IoInFlight#getFirstSector <em>First Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Sector</em>' attribute.
	 * @see #getFirstSector()
	 * @generated
	 */
	void setFirstSector(int value);

	/**
	 * Returns the value of the '<em><b>Last Sector</b></em>' attribute.
	 * The default value is <code>"7"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Sector</em>' attribute.
	 * @see #setLastSector(int)
	 * @see org.mmrace.model.state.StatePackage#getIoInFlight_LastSector()
	 * @model default="7"
	 * @generated
	 */
	int getLastSector();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.IoInFlight#getLastSector <em>Last Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Sector</em>' attribute.
	 * @see #getLastSector()
	 * @generated
	 */
	void setLastSector(int value);

	/**
	 * Returns the value of the '<em><b>Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data</em>' attribute.
	 * @see #setData(String)
	 * @see org.mmrace.model.state.StatePackage#getIoInFlight_Data()
	 * @model
	 * @generated
	 */
	String getData();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.IoInFlight#getData <em>Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data</em>' attribute.
	 * @see #getData()
	 * @generated
	 */
	void setData(String value);

	/**
	 * Returns the value of the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File</em>' attribute.
	 * @see #setFile(String)
	 * @see org.mmrace.model.state.StatePackage#getIoInFlight_File()
	 * @model
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.IoInFlight#getFile <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' attribute.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(String value);

	/**
	 * Returns the value of the '<em><b>Thread</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Thread</em>' attribute.
	 * @see #setThread(String)
	 * @see org.mmrace.model.state.StatePackage#getIoInFlight_Thread()
	 * @model
	 * @generated
	 */
	String getThread();

	/**
	 * Sets the value of the '{@link org.mmrace.model.state.IoInFlight#getThread <em>Thread</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Thread</em>' attribute.
	 * @see #getThread()
	 * @generated
	 */
	void setThread(String value);

} // IoInFlight
