/**
 */
package org.mmrace.model.scenario.impl;

import org.eclipse.emf.ecore.EClass;

import org.mmrace.model.scenario.ScenarioPackage;
import org.mmrace.model.scenario.Target;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class TargetImpl extends ElementImpl implements Target {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TargetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.TARGET;
	}

} //TargetImpl
