/**
 */
package org.mmrace.model.scenario.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.mmrace.model.scenario.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ScenarioFactoryImpl extends EFactoryImpl implements ScenarioFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ScenarioFactory init() {
		try {
			ScenarioFactory theScenarioFactory = (ScenarioFactory)EPackage.Registry.INSTANCE.getEFactory(ScenarioPackage.eNS_URI);
			if (theScenarioFactory != null) {
				return theScenarioFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ScenarioFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScenarioFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ScenarioPackage.SCENARIO: return createScenario();
			case ScenarioPackage.SCENARIO_PROPERTY: return createScenarioProperty();
			case ScenarioPackage.SCENARIO_PROCESS: return createScenarioProcess();
			case ScenarioPackage.MAPPING: return createMapping();
			case ScenarioPackage.SCENARIO_THREAD: return createScenarioThread();
			case ScenarioPackage.ADDRESS: return createAddress();
			case ScenarioPackage.REGION_REF: return createRegionRef();
			case ScenarioPackage.SECTOR_RANGE: return createSectorRange();
			case ScenarioPackage.STORE: return createStore();
			case ScenarioPackage.LOAD: return createLoad();
			case ScenarioPackage.FORK: return createFork();
			case ScenarioPackage.EXIT: return createExit();
			case ScenarioPackage.MUNMAP: return createMunmap();
			case ScenarioPackage.MPROTECT: return createMprotect();
			case ScenarioPackage.MADVISE: return createMadvise();
			case ScenarioPackage.COLLAPSE: return createCollapse();
			case ScenarioPackage.DIO_READ: return createDioRead();
			case ScenarioPackage.DIO_WRITE: return createDioWrite();
			case ScenarioPackage.AIO_WAIT: return createAioWait();
			case ScenarioPackage.VMSPLICE: return createVmsplice();
			case ScenarioPackage.PIPE_READ: return createPipeRead();
			case ScenarioPackage.PIN: return createPin();
			case ScenarioPackage.DMA_WRITE: return createDmaWrite();
			case ScenarioPackage.DMA_READ: return createDmaRead();
			case ScenarioPackage.UNPIN: return createUnpin();
			case ScenarioPackage.KSM_MERGE: return createKsmMerge();
			case ScenarioPackage.SIGNAL: return createSignal();
			case ScenarioPackage.WAIT: return createWait();
			case ScenarioPackage.CONDITION: return createCondition();
			case ScenarioPackage.AND: return createAnd();
			case ScenarioPackage.OR: return createOr();
			case ScenarioPackage.NOT: return createNot();
			case ScenarioPackage.COMPARISON: return createComparison();
			case ScenarioPackage.MEMORY_TARGET: return createMemoryTarget();
			case ScenarioPackage.REGISTER_TARGET: return createRegisterTarget();
			case ScenarioPackage.FILE_TARGET: return createFileTarget();
			case ScenarioPackage.EXPECTATION: return createExpectation();
			case ScenarioPackage.STRATEGY_DEFINITION: return createStrategyDefinition();
			case ScenarioPackage.KNOB_SETTING: return createKnobSetting();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case ScenarioPackage.PROPERTY_KEY:
				return createPropertyKeyFromString(eDataType, initialValue);
			case ScenarioPackage.REGION_KIND:
				return createRegionKindFromString(eDataType, initialValue);
			case ScenarioPackage.SHARING:
				return createSharingFromString(eDataType, initialValue);
			case ScenarioPackage.PROTECTION:
				return createProtectionFromString(eDataType, initialValue);
			case ScenarioPackage.THP_MODE:
				return createThpModeFromString(eDataType, initialValue);
			case ScenarioPackage.ADVICE:
				return createAdviceFromString(eDataType, initialValue);
			case ScenarioPackage.GUP_MODE:
				return createGupModeFromString(eDataType, initialValue);
			case ScenarioPackage.GUP_REFERENCE:
				return createGupReferenceFromString(eDataType, initialValue);
			case ScenarioPackage.CONDITION_KIND:
				return createConditionKindFromString(eDataType, initialValue);
			case ScenarioPackage.COMPARISON_OPERATOR:
				return createComparisonOperatorFromString(eDataType, initialValue);
			case ScenarioPackage.EXPECTED_OUTCOME:
				return createExpectedOutcomeFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case ScenarioPackage.PROPERTY_KEY:
				return convertPropertyKeyToString(eDataType, instanceValue);
			case ScenarioPackage.REGION_KIND:
				return convertRegionKindToString(eDataType, instanceValue);
			case ScenarioPackage.SHARING:
				return convertSharingToString(eDataType, instanceValue);
			case ScenarioPackage.PROTECTION:
				return convertProtectionToString(eDataType, instanceValue);
			case ScenarioPackage.THP_MODE:
				return convertThpModeToString(eDataType, instanceValue);
			case ScenarioPackage.ADVICE:
				return convertAdviceToString(eDataType, instanceValue);
			case ScenarioPackage.GUP_MODE:
				return convertGupModeToString(eDataType, instanceValue);
			case ScenarioPackage.GUP_REFERENCE:
				return convertGupReferenceToString(eDataType, instanceValue);
			case ScenarioPackage.CONDITION_KIND:
				return convertConditionKindToString(eDataType, instanceValue);
			case ScenarioPackage.COMPARISON_OPERATOR:
				return convertComparisonOperatorToString(eDataType, instanceValue);
			case ScenarioPackage.EXPECTED_OUTCOME:
				return convertExpectedOutcomeToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scenario createScenario() {
		ScenarioImpl scenario = new ScenarioImpl();
		return scenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScenarioProperty createScenarioProperty() {
		ScenarioPropertyImpl scenarioProperty = new ScenarioPropertyImpl();
		return scenarioProperty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScenarioProcess createScenarioProcess() {
		ScenarioProcessImpl scenarioProcess = new ScenarioProcessImpl();
		return scenarioProcess;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mapping createMapping() {
		MappingImpl mapping = new MappingImpl();
		return mapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScenarioThread createScenarioThread() {
		ScenarioThreadImpl scenarioThread = new ScenarioThreadImpl();
		return scenarioThread;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Address createAddress() {
		AddressImpl address = new AddressImpl();
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegionRef createRegionRef() {
		RegionRefImpl regionRef = new RegionRefImpl();
		return regionRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SectorRange createSectorRange() {
		SectorRangeImpl sectorRange = new SectorRangeImpl();
		return sectorRange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Store createStore() {
		StoreImpl store = new StoreImpl();
		return store;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Load createLoad() {
		LoadImpl load = new LoadImpl();
		return load;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Fork createFork() {
		ForkImpl fork = new ForkImpl();
		return fork;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Exit createExit() {
		ExitImpl exit = new ExitImpl();
		return exit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Munmap createMunmap() {
		MunmapImpl munmap = new MunmapImpl();
		return munmap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mprotect createMprotect() {
		MprotectImpl mprotect = new MprotectImpl();
		return mprotect;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Madvise createMadvise() {
		MadviseImpl madvise = new MadviseImpl();
		return madvise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collapse createCollapse() {
		CollapseImpl collapse = new CollapseImpl();
		return collapse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DioRead createDioRead() {
		DioReadImpl dioRead = new DioReadImpl();
		return dioRead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DioWrite createDioWrite() {
		DioWriteImpl dioWrite = new DioWriteImpl();
		return dioWrite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AioWait createAioWait() {
		AioWaitImpl aioWait = new AioWaitImpl();
		return aioWait;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Vmsplice createVmsplice() {
		VmspliceImpl vmsplice = new VmspliceImpl();
		return vmsplice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PipeRead createPipeRead() {
		PipeReadImpl pipeRead = new PipeReadImpl();
		return pipeRead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Pin createPin() {
		PinImpl pin = new PinImpl();
		return pin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DmaWrite createDmaWrite() {
		DmaWriteImpl dmaWrite = new DmaWriteImpl();
		return dmaWrite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DmaRead createDmaRead() {
		DmaReadImpl dmaRead = new DmaReadImpl();
		return dmaRead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Unpin createUnpin() {
		UnpinImpl unpin = new UnpinImpl();
		return unpin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KsmMerge createKsmMerge() {
		KsmMergeImpl ksmMerge = new KsmMergeImpl();
		return ksmMerge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Signal createSignal() {
		SignalImpl signal = new SignalImpl();
		return signal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Wait createWait() {
		WaitImpl wait = new WaitImpl();
		return wait;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Condition createCondition() {
		ConditionImpl condition = new ConditionImpl();
		return condition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public And createAnd() {
		AndImpl and = new AndImpl();
		return and;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Or createOr() {
		OrImpl or = new OrImpl();
		return or;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Not createNot() {
		NotImpl not = new NotImpl();
		return not;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Comparison createComparison() {
		ComparisonImpl comparison = new ComparisonImpl();
		return comparison;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MemoryTarget createMemoryTarget() {
		MemoryTargetImpl memoryTarget = new MemoryTargetImpl();
		return memoryTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegisterTarget createRegisterTarget() {
		RegisterTargetImpl registerTarget = new RegisterTargetImpl();
		return registerTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FileTarget createFileTarget() {
		FileTargetImpl fileTarget = new FileTargetImpl();
		return fileTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Expectation createExpectation() {
		ExpectationImpl expectation = new ExpectationImpl();
		return expectation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StrategyDefinition createStrategyDefinition() {
		StrategyDefinitionImpl strategyDefinition = new StrategyDefinitionImpl();
		return strategyDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KnobSetting createKnobSetting() {
		KnobSettingImpl knobSetting = new KnobSettingImpl();
		return knobSetting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PropertyKey createPropertyKeyFromString(EDataType eDataType, String initialValue) {
		PropertyKey result = PropertyKey.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPropertyKeyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RegionKind createRegionKindFromString(EDataType eDataType, String initialValue) {
		RegionKind result = RegionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRegionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Sharing createSharingFromString(EDataType eDataType, String initialValue) {
		Sharing result = Sharing.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSharingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Protection createProtectionFromString(EDataType eDataType, String initialValue) {
		Protection result = Protection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProtectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ThpMode createThpModeFromString(EDataType eDataType, String initialValue) {
		ThpMode result = ThpMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertThpModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Advice createAdviceFromString(EDataType eDataType, String initialValue) {
		Advice result = Advice.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAdviceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GupMode createGupModeFromString(EDataType eDataType, String initialValue) {
		GupMode result = GupMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGupModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GupReference createGupReferenceFromString(EDataType eDataType, String initialValue) {
		GupReference result = GupReference.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGupReferenceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConditionKind createConditionKindFromString(EDataType eDataType, String initialValue) {
		ConditionKind result = ConditionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConditionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComparisonOperator createComparisonOperatorFromString(EDataType eDataType, String initialValue) {
		ComparisonOperator result = ComparisonOperator.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComparisonOperatorToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExpectedOutcome createExpectedOutcomeFromString(EDataType eDataType, String initialValue) {
		ExpectedOutcome result = ExpectedOutcome.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertExpectedOutcomeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScenarioPackage getScenarioPackage() {
		return (ScenarioPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ScenarioPackage getPackage() {
		return ScenarioPackage.eINSTANCE;
	}

} //ScenarioFactoryImpl
