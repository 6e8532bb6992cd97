/**
 */
package org.mmrace.model.scenario.impl;

import org.eclipse.emf.ecore.EClass;

import org.mmrace.model.scenario.Exit;
import org.mmrace.model.scenario.ScenarioPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Exit</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class ExitImpl extends OperationImpl implements Exit {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.EXIT;
	}

} //ExitImpl
