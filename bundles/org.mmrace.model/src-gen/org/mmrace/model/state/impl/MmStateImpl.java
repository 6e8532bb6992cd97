/**
 */
package org.mmrace.model.state.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.mmrace.model.state.FileContent;
import org.mmrace.model.state.FilePages;
import org.mmrace.model.state.IoInFlight;
import org.mmrace.model.state.IoRequest;
import org.mmrace.model.state.LockHeld;
import org.mmrace.model.state.LogicalMemory;
import org.mmrace.model.state.Mm;
import org.mmrace.model.state.MmState;
import org.mmrace.model.state.Page;
import org.mmrace.model.state.Pin;
import org.mmrace.model.state.Pipe;
import org.mmrace.model.state.StatePackage;
import org.mmrace.model.state.ThreadState;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mm State</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mmrace.model.state.impl.MmStateImpl#getMms <em>Mms</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.MmStateImpl#getPages <em>Pages</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.MmStateImpl#getPins <em>Pins</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.MmStateImpl#getPipes <em>Pipes</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.MmStateImpl#getIos <em>Ios</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.MmStateImpl#getLocks <em>Locks</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.MmStateImpl#getLogicalMemories <em>Logical Memories</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.MmStateImpl#getFiles <em>Files</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.MmStateImpl#getSignalledEvents <em>Signalled Events</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.MmStateImpl#getFinishedThreads <em>Finished Threads</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.MmStateImpl#getThreads <em>Threads</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.MmStateImpl#getRequests <em>Requests</em>}</li>
 *   <li>{@link org.mmrace.model.state.impl.MmStateImpl#getFilePages <em>File Pages</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MmStateImpl extends MinimalEObjectImpl.Container implements MmState {
	/**
	 * The cached value of the '{@link #getMms() <em>Mms</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMms()
	 * @generated
	 * @ordered
	 */
	protected EList<Mm> mms;

	/**
	 * The cached value of the '{@link #getPages() <em>Pages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPages()
	 * @generated
	 * @ordered
	 */
	protected EList<Page> pages;

	/**
	 * The cached value of the '{@link #getPins() <em>Pins</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPins()
	 * @generated
	 * @ordered
	 */
	protected EList<Pin> pins;

	/**
	 * The cached value of the '{@link #getPipes() <em>Pipes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPipes()
	 * @generated
	 * @ordered
	 */
	protected EList<Pipe> pipes;

	/**
	 * The cached value of the '{@link #getIos() <em>Ios</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIos()
	 * @generated
	 * @ordered
	 */
	protected EList<IoInFlight> ios;

	/**
	 * The cached value of the '{@link #getLocks() <em>Locks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocks()
	 * @generated
	 * @ordered
	 */
	protected EList<LockHeld> locks;

	/**
	 * The cached value of the '{@link #getLogicalMemories() <em>Logical Memories</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogicalMemories()
	 * @generated
	 * @ordered
	 */
	protected EList<LogicalMemory> logicalMemories;

	/**
	 * The cached value of the '{@link #getFiles() <em>Files</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiles()
	 * @generated
	 * @ordered
	 */
	protected EList<FileContent> files;

	/**
	 * The cached value of the '{@link #getSignalledEvents() <em>Signalled Events</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignalledEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<String> signalledEvents;

	/**
	 * The cached value of the '{@link #getFinishedThreads() <em>Finished Threads</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinishedThreads()
	 * @generated
	 * @ordered
	 */
	protected EList<String> finishedThreads;

	/**
	 * The cached value of the '{@link #getThreads() <em>Threads</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreads()
	 * @generated
	 * @ordered
	 */
	protected EList<ThreadState> threads;

	/**
	 * The cached value of the '{@link #getRequests() <em>Requests</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequests()
	 * @generated
	 * @ordered
	 */
	protected EList<IoRequest> requests;

	/**
	 * The cached value of the '{@link #getFilePages() <em>File Pages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilePages()
	 * @generated
	 * @ordered
	 */
	protected EList<FilePages> filePages;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MmStateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StatePackage.Literals.MM_STATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Mm> getMms() {
		if (mms == null) {
			mms = new EObjectContainmentEList<Mm>(Mm.class, this, StatePackage.MM_STATE__MMS);
		}
		return mms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Page> getPages() {
		if (pages == null) {
			pages = new EObjectContainmentEList<Page>(Page.class, this, StatePackage.MM_STATE__PAGES);
		}
		return pages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Pin> getPins() {
		if (pins == null) {
			pins = new EObjectContainmentEList<Pin>(Pin.class, this, StatePackage.MM_STATE__PINS);
		}
		return pins;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Pipe> getPipes() {
		if (pipes == null) {
			pipes = new EObjectContainmentEList<Pipe>(Pipe.class, this, StatePackage.MM_STATE__PIPES);
		}
		return pipes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IoInFlight> getIos() {
		if (ios == null) {
			ios = new EObjectContainmentEList<IoInFlight>(IoInFlight.class, this, StatePackage.MM_STATE__IOS);
		}
		return ios;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LockHeld> getLocks() {
		if (locks == null) {
			locks = new EObjectContainmentEList<LockHeld>(LockHeld.class, this, StatePackage.MM_STATE__LOCKS);
		}
		return locks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LogicalMemory> getLogicalMemories() {
		if (logicalMemories == null) {
			logicalMemories = new EObjectContainmentEList<LogicalMemory>(LogicalMemory.class, this, StatePackage.MM_STATE__LOGICAL_MEMORIES);
		}
		return logicalMemories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FileContent> getFiles() {
		if (files == null) {
			files = new EObjectContainmentEList<FileContent>(FileContent.class, this, StatePackage.MM_STATE__FILES);
		}
		return files;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSignalledEvents() {
		if (signalledEvents == null) {
			signalledEvents = new EDataTypeUniqueEList<String>(String.class, this, StatePackage.MM_STATE__SIGNALLED_EVENTS);
		}
		return signalledEvents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFinishedThreads() {
		if (finishedThreads == null) {
			finishedThreads = new EDataTypeUniqueEList<String>(String.class, this, StatePackage.MM_STATE__FINISHED_THREADS);
		}
		return finishedThreads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ThreadState> getThreads() {
		if (threads == null) {
			threads = new EObjectContainmentEList<ThreadState>(ThreadState.class, this, StatePackage.MM_STATE__THREADS);
		}
		return threads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IoRequest> getRequests() {
		if (requests == null) {
			requests = new EObjectContainmentEList<IoRequest>(IoRequest.class, this, StatePackage.MM_STATE__REQUESTS);
		}
		return requests;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FilePages> getFilePages() {
		if (filePages == null) {
			filePages = new EObjectContainmentEList<FilePages>(FilePages.class, this, StatePackage.MM_STATE__FILE_PAGES);
		}
		return filePages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StatePackage.MM_STATE__MMS:
				return ((InternalEList<?>)getMms()).basicRemove(otherEnd, msgs);
			case StatePackage.MM_STATE__PAGES:
				return ((InternalEList<?>)getPages()).basicRemove(otherEnd, msgs);
			case StatePackage.MM_STATE__PINS:
				return ((InternalEList<?>)getPins()).basicRemove(otherEnd, msgs);
			case StatePackage.MM_STATE__PIPES:
				return ((InternalEList<?>)getPipes()).basicRemove(otherEnd, msgs);
			case StatePackage.MM_STATE__IOS:
				return ((InternalEList<?>)getIos()).basicRemove(otherEnd, msgs);
			case StatePackage.MM_STATE__LOCKS:
				return ((InternalEList<?>)getLocks()).basicRemove(otherEnd, msgs);
			case StatePackage.MM_STATE__LOGICAL_MEMORIES:
				return ((InternalEList<?>)getLogicalMemories()).basicRemove(otherEnd, msgs);
			case StatePackage.MM_STATE__FILES:
				return ((InternalEList<?>)getFiles()).basicRemove(otherEnd, msgs);
			case StatePackage.MM_STATE__THREADS:
				return ((InternalEList<?>)getThreads()).basicRemove(otherEnd, msgs);
			case StatePackage.MM_STATE__REQUESTS:
				return ((InternalEList<?>)getRequests()).basicRemove(otherEnd, msgs);
			case StatePackage.MM_STATE__FILE_PAGES:
				return ((InternalEList<?>)getFilePages()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StatePackage.MM_STATE__MMS:
				return getMms();
			case StatePackage.MM_STATE__PAGES:
				return getPages();
			case StatePackage.MM_STATE__PINS:
				return getPins();
			case StatePackage.MM_STATE__PIPES:
				return getPipes();
			case StatePackage.MM_STATE__IOS:
				return getIos();
			case StatePackage.MM_STATE__LOCKS:
				return getLocks();
			case StatePackage.MM_STATE__LOGICAL_MEMORIES:
				return getLogicalMemories();
			case StatePackage.MM_STATE__FILES:
				return getFiles();
			case StatePackage.MM_STATE__SIGNALLED_EVENTS:
				return getSignalledEvents();
			case StatePackage.MM_STATE__FINISHED_THREADS:
				return getFinishedThreads();
			case StatePackage.MM_STATE__THREADS:
				return getThreads();
			case StatePackage.MM_STATE__REQUESTS:
				return getRequests();
			case StatePackage.MM_STATE__FILE_PAGES:
				return getFilePages();
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
			case StatePackage.MM_STATE__MMS:
				getMms().clear();
				getMms().addAll((Collection<? extends Mm>)newValue);
				return;
			case StatePackage.MM_STATE__PAGES:
				getPages().clear();
				getPages().addAll((Collection<? extends Page>)newValue);
				return;
			case StatePackage.MM_STATE__PINS:
				getPins().clear();
				getPins().addAll((Collection<? extends Pin>)newValue);
				return;
			case StatePackage.MM_STATE__PIPES:
				getPipes().clear();
				getPipes().addAll((Collection<? extends Pipe>)newValue);
				return;
			case StatePackage.MM_STATE__IOS:
				getIos().clear();
				getIos().addAll((Collection<? extends IoInFlight>)newValue);
				return;
			case StatePackage.MM_STATE__LOCKS:
				getLocks().clear();
				getLocks().addAll((Collection<? extends LockHeld>)newValue);
				return;
			case StatePackage.MM_STATE__LOGICAL_MEMORIES:
				getLogicalMemories().clear();
				getLogicalMemories().addAll((Collection<? extends LogicalMemory>)newValue);
				return;
			case StatePackage.MM_STATE__FILES:
				getFiles().clear();
				getFiles().addAll((Collection<? extends FileContent>)newValue);
				return;
			case StatePackage.MM_STATE__SIGNALLED_EVENTS:
				getSignalledEvents().clear();
				getSignalledEvents().addAll((Collection<? extends String>)newValue);
				return;
			case StatePackage.MM_STATE__FINISHED_THREADS:
				getFinishedThreads().clear();
				getFinishedThreads().addAll((Collection<? extends String>)newValue);
				return;
			case StatePackage.MM_STATE__THREADS:
				getThreads().clear();
				getThreads().addAll((Collection<? extends ThreadState>)newValue);
				return;
			case StatePackage.MM_STATE__REQUESTS:
				getRequests().clear();
				getRequests().addAll((Collection<? extends IoRequest>)newValue);
				return;
			case StatePackage.MM_STATE__FILE_PAGES:
				getFilePages().clear();
				getFilePages().addAll((Collection<? extends FilePages>)newValue);
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
			case StatePackage.MM_STATE__MMS:
				getMms().clear();
				return;
			case StatePackage.MM_STATE__PAGES:
				getPages().clear();
				return;
			case StatePackage.MM_STATE__PINS:
				getPins().clear();
				return;
			case StatePackage.MM_STATE__PIPES:
				getPipes().clear();
				return;
			case StatePackage.MM_STATE__IOS:
				getIos().clear();
				return;
			case StatePackage.MM_STATE__LOCKS:
				getLocks().clear();
				return;
			case StatePackage.MM_STATE__LOGICAL_MEMORIES:
				getLogicalMemories().clear();
				return;
			case StatePackage.MM_STATE__FILES:
				getFiles().clear();
				return;
			case StatePackage.MM_STATE__SIGNALLED_EVENTS:
				getSignalledEvents().clear();
				return;
			case StatePackage.MM_STATE__FINISHED_THREADS:
				getFinishedThreads().clear();
				return;
			case StatePackage.MM_STATE__THREADS:
				getThreads().clear();
				return;
			case StatePackage.MM_STATE__REQUESTS:
				getRequests().clear();
				return;
			case StatePackage.MM_STATE__FILE_PAGES:
				getFilePages().clear();
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
			case StatePackage.MM_STATE__MMS:
				return mms != null && !mms.isEmpty();
			case StatePackage.MM_STATE__PAGES:
				return pages != null && !pages.isEmpty();
			case StatePackage.MM_STATE__PINS:
				return pins != null && !pins.isEmpty();
			case StatePackage.MM_STATE__PIPES:
				return pipes != null && !pipes.isEmpty();
			case StatePackage.MM_STATE__IOS:
				return ios != null && !ios.isEmpty();
			case StatePackage.MM_STATE__LOCKS:
				return locks != null && !locks.isEmpty();
			case StatePackage.MM_STATE__LOGICAL_MEMORIES:
				return logicalMemories != null && !logicalMemories.isEmpty();
			case StatePackage.MM_STATE__FILES:
				return files != null && !files.isEmpty();
			case StatePackage.MM_STATE__SIGNALLED_EVENTS:
				return signalledEvents != null && !signalledEvents.isEmpty();
			case StatePackage.MM_STATE__FINISHED_THREADS:
				return finishedThreads != null && !finishedThreads.isEmpty();
			case StatePackage.MM_STATE__THREADS:
				return threads != null && !threads.isEmpty();
			case StatePackage.MM_STATE__REQUESTS:
				return requests != null && !requests.isEmpty();
			case StatePackage.MM_STATE__FILE_PAGES:
				return filePages != null && !filePages.isEmpty();
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
		result.append(" (signalledEvents: ");
		result.append(signalledEvents);
		result.append(", finishedThreads: ");
		result.append(finishedThreads);
		result.append(')');
		return result.toString();
	}

} //MmStateImpl
