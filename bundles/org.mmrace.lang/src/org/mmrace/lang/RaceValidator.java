package org.mmrace.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.mmrace.lang.internal.ScenarioParser;
import org.mmrace.model.scenario.Address;
import org.mmrace.model.scenario.AioWait;
import org.mmrace.model.scenario.Comparison;
import org.mmrace.model.scenario.Condition;
import org.mmrace.model.scenario.DioRead;
import org.mmrace.model.scenario.DioWrite;
import org.mmrace.model.scenario.DirectIo;
import org.mmrace.model.scenario.DmaRead;
import org.mmrace.model.scenario.DmaWrite;
import org.mmrace.model.scenario.Element;
import org.mmrace.model.scenario.Exit;
import org.mmrace.model.scenario.Expectation;
import org.mmrace.model.scenario.FileTarget;
import org.mmrace.model.scenario.Fork;
import org.mmrace.model.scenario.KnobSetting;
import org.mmrace.model.scenario.KsmMerge;
import org.mmrace.model.scenario.Load;
import org.mmrace.model.scenario.Madvise;
import org.mmrace.model.scenario.Mapping;
import org.mmrace.model.scenario.MemoryTarget;
import org.mmrace.model.scenario.Mprotect;
import org.mmrace.model.scenario.Munmap;
import org.mmrace.model.scenario.Operation;
import org.mmrace.model.scenario.Pin;
import org.mmrace.model.scenario.PipeRead;
import org.mmrace.model.scenario.RegionRef;
import org.mmrace.model.scenario.RegisterTarget;
import org.mmrace.model.scenario.Scenario;
import org.mmrace.model.scenario.ScenarioProcess;
import org.mmrace.model.scenario.ScenarioThread;
import org.mmrace.model.scenario.SectorRange;
import org.mmrace.model.scenario.Signal;
import org.mmrace.model.scenario.Store;
import org.mmrace.model.scenario.StrategyDefinition;
import org.mmrace.model.scenario.Unpin;
import org.mmrace.model.scenario.Vmsplice;
import org.mmrace.model.scenario.Wait;

/**
 * Checks what the grammar cannot: that every name refers to something declared (process, region,
 * thread, pin, pipe, I/O, event, file, register, strategy), that pages and sectors are in range,
 * that names are not declared twice, and warns about operations that can never do what they say.
 * Works on any {@link Scenario}, parsed or built in memory; diagnostics point at the elements'
 * source positions. Linear in the size of the scenario.
 */
public final class RaceValidator {

  private static final int SECTORS_PER_PAGE = 8;

  private final StrategyCatalog catalog;

  public RaceValidator(StrategyCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /** A validator that knows the built-in strategy ids and accepts every knob. */
  public RaceValidator() {
    this(new EngineStrategyCatalog());
  }

  /** All errors and warnings, in the order of the file. */
  public List<Diagnostic> validate(String file, Scenario scenario) {
    Run run = new Run(file, scenario);
    try {
      run.check();
    } catch (RuntimeException e) {
      run.report(scenario, Severity.ERROR, "internal error of the validator (please report it): " + e);
    }
    List<Diagnostic> sorted = new ArrayList<>(run.diagnostics);
    sorted.sort(Comparator.comparingInt(Diagnostic::offset));
    return List.copyOf(sorted);
  }

  /** The state of one validation. */
  private final class Run {
    final String file;
    final Scenario scenario;
    final List<Diagnostic> diagnostics = new ArrayList<>();

    /** process name -> its regions (name -> pages), for declared and forked processes. */
    final Map<String, Map<String, Integer>> regions = new HashMap<>();
    final Map<String, Element> processDeclarations = new LinkedHashMap<>();
    final Map<String, Fork> forks = new LinkedHashMap<>();
    final Map<Fork, ScenarioThread> forkThreads = new HashMap<>();
    final Map<String, ScenarioThread> threads = new HashMap<>();
    final Map<String, Pin> pins = new HashMap<>();
    final Set<String> pipes = new HashSet<>();
    final Map<String, DirectIo> handles = new HashMap<>();
    final Set<String> events = new HashSet<>();
    final Set<String> files = new HashSet<>();
    final Map<String, Set<String>> registers = new HashMap<>();

    Run(String file, Scenario scenario) {
      this.file = file;
      this.scenario = scenario;
    }

    void check() {
      declareProcesses();
      declareRegions();
      declareThreadsAndFlow();
      for (ScenarioThread thread : scenario.getThreads()) {
        checkThread(thread);
      }
      for (Condition condition : scenario.getConditions()) {
        checkCondition(condition);
      }
      checkStrategies();
    }

    // ------------------------------------------------------------ declarations

    void declareProcesses() {
      for (ScenarioProcess process : scenario.getProcesses()) {
        Element previous = processDeclarations.putIfAbsent(process.getName(), process);
        if (previous != null) {
          report(process, Severity.ERROR, "duplicate process '" + process.getName() + "'" + firstAt(previous));
        }
      }
      for (ScenarioThread thread : scenario.getThreads()) {
        for (Operation operation : thread.getOperations()) {
          if (operation instanceof Fork fork) {
            if (thread.isKernel()) {
              report(fork, Severity.ERROR, "a kernel thread cannot fork: it has no process");
              continue;
            }
            Element previous = processDeclarations.get(fork.getChild());
            if (previous != null) {
              report(fork, Severity.ERROR, "duplicate process '" + fork.getChild() + "': "
                  + (previous instanceof Fork ? "another fork creates it" : "it is declared") + firstAt(previous));
              continue;
            }
            processDeclarations.put(fork.getChild(), fork);
            forks.put(fork.getChild(), fork);
            forkThreads.put(fork, thread);
          }
        }
      }
    }

    void declareRegions() {
      for (String process : processDeclarations.keySet()) {
        if (!forks.containsKey(process)) {
          regions.put(process, new LinkedHashMap<>());
        }
      }
      Map<String, Mapping> firstMapping = new HashMap<>();
      for (Mapping mapping : scenario.getMappings()) {
        String process = mapping.getProcess();
        if (forks.containsKey(process)) {
          report(mapping, Severity.ERROR, "process '" + process + "' is created by the fork at line "
              + forks.get(process).getLine() + " and inherits its mappings; 'map' declares memory of a process"
              + " declared with 'process'");
          continue;
        }
        Map<String, Integer> own = regions.get(process);
        if (own == null) {
          report(mapping, Severity.ERROR, "undefined process '" + process + "' (declare it with 'process " + process
              + "')" + suggest(process, processDeclarations.keySet()));
          continue;
        }
        String key = process + "." + mapping.getRegion();
        Mapping previous = firstMapping.putIfAbsent(key, mapping);
        if (previous != null) {
          report(mapping, Severity.ERROR, "duplicate region '" + key + "'" + firstAt(previous));
          continue;
        }
        if (mapping.getPages() < 1) {
          report(mapping, Severity.ERROR, "pages must be at least 1");
        }
        checkThp(mapping);
        own.put(mapping.getRegion(), Math.max(1, mapping.getPages()));
      }
      // A child inherits its parent's region names at fork (docs/format.md, "fork CHILD").
      // Forks may chain (C forks D): resolve in passes; a cycle leaves a process without regions.
      boolean changed = true;
      while (changed) {
        changed = false;
        for (Map.Entry<String, Fork> entry : forks.entrySet()) {
          if (regions.containsKey(entry.getKey())) {
            continue;
          }
          Map<String, Integer> parent = regions.get(forkThreads.get(entry.getValue()).getProcess());
          if (parent != null) {
            regions.put(entry.getKey(), parent);
            changed = true;
          }
        }
      }
    }

    /**
     * thp=: one model THP of 4 or 8 subpages (standing in for 512; no rule depends on the number), anonymous
     * and private (shmem THP is not modelled). partial-mremap is refused with the reason (docs/format.md).
     */
    void checkThp(Mapping mapping) {
      org.mmrace.model.scenario.ThpMode thp = mapping.getThp();
      if (thp == null || thp == org.mmrace.model.scenario.ThpMode.NONE) {
        return;
      }
      if (mapping.getPages() != 4 && mapping.getPages() != 8) {
        report(mapping, Severity.ERROR, "thp=" + thp.getLiteral() + " needs pages=4 or pages=8 (one model THP of 4"
            + " or 8 subpages standing in for 512), found pages=" + mapping.getPages());
      }
      if (mapping.getSharing() == org.mmrace.model.scenario.Sharing.SHARED) {
        report(mapping, Severity.ERROR, "thp=" + thp.getLiteral() + " on a shared mapping is not supported: the"
            + " engine models anonymous private THP only (shmem THP is not modelled)");
      }
      if (thp == org.mmrace.model.scenario.ThpMode.PARTIAL_MREMAP) {
        report(mapping, Severity.ERROR, "thp=partial-mremap is not supported: the engine has no mremap, so a folio"
            + " mapped from two virtual ranges cannot be expressed (use thp=pte or thp=partial-shared)");
      }
    }

    void declareThreadsAndFlow() {
      for (ScenarioThread thread : scenario.getThreads()) {
        String name = qualifiedName(thread);
        ScenarioThread previous = threads.putIfAbsent(name, thread);
        if (previous != null) {
          report(thread, Severity.ERROR, "duplicate thread '" + name + "'" + firstAt(previous));
        }
        if (!thread.isKernel() && !processDeclarations.containsKey(thread.getProcess())) {
          report(thread, Severity.ERROR, "thread of undefined process '" + thread.getProcess() + "': no 'process "
              + thread.getProcess() + "' declares it and no 'fork " + thread.getProcess() + "' creates it"
              + suggest(thread.getProcess(), processDeclarations.keySet()));
        }
        for (Operation operation : thread.getOperations()) {
          declareNames(thread, operation);
        }
      }
    }

    void declareNames(ScenarioThread thread, Operation operation) {
      if (operation instanceof Pin pin) {
        Pin previous = pins.putIfAbsent(pin.getName(), pin);
        if (previous != null) {
          report(pin, Severity.ERROR, "duplicate pin '" + pin.getName() + "'" + firstAt(previous));
        }
      } else if (operation instanceof Vmsplice vmsplice) {
        pipes.add(vmsplice.getPipe());
      } else if (operation instanceof DirectIo io) {
        if (io.isAsynchronous()) {
          DirectIo previous = handles.putIfAbsent(io.getHandle(), io);
          if (previous != null) {
            report(io, Severity.ERROR, "duplicate I/O name '" + io.getHandle() + "'" + firstAt(previous));
          }
        }
        if (io instanceof DioWrite write) {
          files.add(write.getFile());
        }
      } else if (operation instanceof Signal signal) {
        events.add(signal.getEvent());
      }
      String register = operation instanceof Load load ? load.getRegister()
          : operation instanceof PipeRead read ? read.getRegister()
          : operation instanceof DmaRead read ? read.getRegister() : null;
      if (register != null) {
        registers.computeIfAbsent(qualifiedName(thread), k -> new HashSet<>()).add(register);
      }
    }

    // ------------------------------------------------------------ threads

    void checkThread(ScenarioThread thread) {
      Map<String, Munmap> unmapped = new HashMap<>();
      Exit exit = null;
      for (Operation operation : thread.getOperations()) {
        if (exit != null) {
          report(operation, Severity.WARNING, "never runs: the 'exit' at line " + exit.getLine()
              + " ends the process first");
        }
        if (operation instanceof Exit e && exit == null) {
          exit = e;
        }
        for (Address address : addressesOf(operation)) {
          String process = checkAddress(address, thread, operation instanceof KsmMerge);
          warnIfUnmapped(address, process, address.getRegion(), unmapped);
        }
        RegionRef region = operation instanceof Munmap m ? m.getRegion()
            : operation instanceof Mprotect m ? m.getRegion()
            : operation instanceof Madvise m ? m.getRegion()
            : operation instanceof org.mmrace.model.scenario.Collapse m ? m.getRegion() : null;
        if (region != null) {
          String process = checkRegion(region, thread);
          checkPageRange(region, process);
          warnIfUnmapped(region, process, region.getRegion(), unmapped);
          if (operation instanceof Munmap munmap && process != null && region.getFirstPage() < 0) {
            unmapped.putIfAbsent(process + "." + region.getRegion(), munmap);
          }
        }
        checkOperation(thread, operation);
      }
    }

    void warnIfUnmapped(Element element, String process, String region, Map<String, Munmap> unmapped) {
      if (process == null) {
        return;
      }
      Munmap munmap = unmapped.get(process + "." + region);
      if (munmap != null) {
        report(element, Severity.WARNING, "region '" + region + "' was unmapped by the munmap at line "
            + munmap.getLine() + " of this thread");
      }
    }

    List<Address> addressesOf(Operation operation) {
      if (operation instanceof Store store) {
        return nonNull(store.getAddress());
      } else if (operation instanceof Load load) {
        return nonNull(load.getAddress());
      } else if (operation instanceof DirectIo io) {
        return nonNull(io.getAddress());
      } else if (operation instanceof Vmsplice vmsplice) {
        return nonNull(vmsplice.getAddress());
      } else if (operation instanceof Pin pin) {
        return nonNull(pin.getAddress());
      } else if (operation instanceof KsmMerge merge) {
        List<Address> both = new ArrayList<>(nonNull(merge.getFirst()));
        both.addAll(nonNull(merge.getSecond()));
        return both;
      }
      return List.of();
    }

    private List<Address> nonNull(Address address) {
      return address == null ? List.of() : List.of(address);
    }

    void checkOperation(ScenarioThread thread, Operation operation) {
      if (operation instanceof Madvise madvise && madvise.getAdvice() == org.mmrace.model.scenario.Advice.PAGEOUT) {
        checkPageout(thread, madvise);
      }
      if (operation instanceof Store store) {
        checkSymbol(store, store.getData());
      } else if (operation instanceof DioRead read) {
        checkSymbol(read, read.getData());
      } else if (operation instanceof DmaWrite write) {
        checkPin(write, write.getPin());
        checkSectors(write.getSectors());
        checkSymbol(write, write.getData());
      } else if (operation instanceof DmaRead read) {
        checkPin(read, read.getPin());
        checkSectors(read.getSectors());
      } else if (operation instanceof Unpin unpin) {
        checkPin(unpin, unpin.getPin());
      } else if (operation instanceof PipeRead read && !pipes.contains(read.getPipe())) {
        report(read, Severity.ERROR, "undefined pipe '" + read.getPipe() + "': no 'vmsplice ... pipe="
            + read.getPipe() + "' fills it" + suggest(read.getPipe(), pipes));
      } else if (operation instanceof AioWait wait && !handles.containsKey(wait.getHandle())) {
        report(wait, Severity.ERROR, "undefined I/O '" + wait.getHandle() + "': no 'aio_read ... as "
            + wait.getHandle() + "' or 'aio_write ... as " + wait.getHandle() + "' starts it"
            + suggest(wait.getHandle(), handles.keySet()));
      } else if (operation instanceof Wait wait && !events.contains(wait.getEvent())) {
        report(wait, Severity.WARNING, "no thread signals event '" + wait.getEvent() + "': this wait blocks forever"
            + suggest(wait.getEvent(), events));
      }
    }

    void checkPin(Operation operation, String pin) {
      if (!pins.containsKey(pin)) {
        report(operation, Severity.ERROR, "undefined pin '" + pin + "': no 'pin ... as " + pin + "' takes it"
            + suggest(pin, pins.keySet()));
      }
    }

    void checkSymbol(Element element, String symbol) {
      if (symbol == null || symbol.length() != 1 || !(Character.isLetterOrDigit(symbol.charAt(0)) && symbol.charAt(0) < 128
          || symbol.equals("."))) {
        report(element, Severity.ERROR, "invalid symbol '" + symbol + "': one letter, digit or '.'");
      }
    }

    void checkSectors(SectorRange range) {
      if (range != null) {
        checkSectorRange(range, range.getFirst(), range.getLast());
      }
    }

    /** @return the process the address is in, or null when it has none. */
    String checkAddress(Address address, ScenarioThread thread, boolean anyProcess) {
      String process = resolveProcess(address, address.getProcess(), thread, anyProcess);
      if (process == null) {
        return null;
      }
      Integer pages = checkRegionOf(address, process, address.getRegion());
      if (pages != null && (address.getPage() < 0 || address.getPage() >= pages)) {
        report(address, Severity.ERROR, "page " + address.getPage() + " out of range: " + process + "."
            + address.getRegion() + " has " + pages + (pages == 1 ? " page (page 0)" : " pages (0.." + (pages - 1) + ")"));
      }
      checkSectorRange(address, address.getFirstSector(), address.getLastSector());
      return process;
    }

    /** madvise pageout swaps anonymous private memory only: shmem swap is not modelled. */
    void checkPageout(ScenarioThread thread, Madvise madvise) {
      String process = madvise.getRegion().getProcess() != null ? madvise.getRegion().getProcess() : thread.getProcess();
      for (int hops = 0; process != null && forks.containsKey(process) && hops < forks.size(); hops++) {
        process = forkThreads.get(forks.get(process)).getProcess(); // a child's regions are its root's
      }
      for (Mapping mapping : scenario.getMappings()) {
        if (mapping.getProcess().equals(process) && mapping.getRegion().equals(madvise.getRegion().getRegion())
            && mapping.getSharing() == org.mmrace.model.scenario.Sharing.SHARED) {
          report(madvise, Severity.ERROR, "madvise pageout of the shared mapping " + process + "." + mapping.getRegion()
              + " is not supported: only anonymous private memory is swapped (shmem swap is not modelled)");
        }
      }
    }

    String checkRegion(RegionRef region, ScenarioThread thread) {
      String process = resolveProcess(region, region.getProcess(), thread, false);
      if (process != null) {
        checkRegionOf(region, process, region.getRegion());
      }
      return process;
    }

    /** munmap REGION[N-M] / mprotect REGION[N-M]: the pages must be in the region. */
    void checkPageRange(RegionRef region, String process) {
      if (region.getFirstPage() < 0 || process == null || regions.get(process) == null) {
        return;
      }
      Integer pages = regions.get(process).get(region.getRegion());
      if (pages != null && region.getLastPage() >= pages) {
        report(region, Severity.ERROR, "page " + region.getLastPage() + " out of range: " + process + "."
            + region.getRegion() + " has " + pages + (pages == 1 ? " page (page 0)" : " pages (0.." + (pages - 1) + ")"));
      }
    }

    String resolveProcess(Element element, String explicit, ScenarioThread thread, boolean anyProcess) {
      String process = explicit != null ? explicit : thread == null ? null : thread.getProcess();
      if (process == null) {
        report(element, Severity.ERROR, "a kernel thread has no process: name it (P." + regionName(element) + ")");
        return null;
      }
      if (!processDeclarations.containsKey(process)) {
        if (explicit == null) {
          return null; // the thread's process is undefined: reported at the thread
        }
        report(element, Severity.ERROR, "undefined process '" + process + "'" + suggest(process,
            processDeclarations.keySet()));
        return null;
      }
      if (explicit != null && thread != null && !thread.isKernel() && !anyProcess
          && !explicit.equals(thread.getProcess())) {
        report(element, Severity.ERROR, "thread " + qualifiedName(thread) + " cannot access the memory of process '"
            + explicit + "': a thread works in its own process");
        return null;
      }
      return process;
    }

    private String regionName(Element element) {
      return element instanceof Address a ? a.getRegion() + "[" + a.getPage() + "]"
          : element instanceof RegionRef r ? r.getRegion() : "REGION";
    }

    Integer checkRegionOf(Element element, String process, String region) {
      Map<String, Integer> own = regions.get(process);
      if (own == null) {
        return null; // the process's own problem is reported where it is declared
      }
      Integer pages = own.get(region);
      if (pages == null) {
        report(element, Severity.ERROR, "undefined region '" + region + "' in process " + process
            + (own.isEmpty() ? " (it maps nothing)" : " (regions: " + String.join(", ", own.keySet()) + ")")
            + suggest(region, own.keySet()));
      }
      return pages;
    }

    void checkSectorRange(Element element, int first, int last) {
      if (first < 0 || first >= SECTORS_PER_PAGE) {
        report(element, Severity.ERROR, "sector " + first + " out of range: a page has sectors 0..7");
      } else if (last < 0 || last >= SECTORS_PER_PAGE) {
        report(element, Severity.ERROR, "sector " + last + " out of range: a page has sectors 0..7");
      } else if (first > last) {
        report(element, Severity.ERROR, "empty sector range " + first + "-" + last + ": write the lower sector first");
      }
    }

    // ------------------------------------------------------------ conditions

    void checkCondition(Condition condition) {
      if (condition.getExpression() == null) {
        return;
      }
      // The parser bounds the nesting; eAllContents iterates without recursion in any case.
      TreeIterator<EObject> contents = condition.getExpression().eAllContents();
      List<EObject> nodes = new ArrayList<>();
      nodes.add(condition.getExpression());
      contents.forEachRemaining(nodes::add);
      for (EObject node : nodes) {
        if (node instanceof Comparison comparison) {
          checkSymbolOrUnmapped(comparison);
        } else if (node instanceof MemoryTarget memory && memory.getAddress() != null) {
          if (memory.getAddress().getProcess() == null) {
            report(memory, Severity.ERROR, "an address in a condition needs its process: P." + memory.getAddress().getRegion());
          } else {
            checkAddress(memory.getAddress(), null, true);
          }
        } else if (node instanceof RegisterTarget register) {
          checkRegister(register);
        } else if (node instanceof FileTarget fileTarget) {
          checkFile(fileTarget);
        }
      }
    }

    void checkSymbolOrUnmapped(Comparison comparison) {
      if (!"!".equals(comparison.getSymbol())) {
        checkSymbol(comparison, comparison.getSymbol());
      }
    }

    void checkRegister(RegisterTarget register) {
      String name = register.getProcess() == null ? register.getThread() : register.getProcess() + "." + register.getThread();
      ScenarioThread thread = threads.get(name);
      if (thread == null) {
        Set<String> candidates = threads.keySet();
        report(register, Severity.ERROR, "undefined thread '" + name + "'" + (register.getProcess() == null
            ? " (a user thread is named P.THREAD)" : "") + suggest(name, candidates));
        return;
      }
      if (!registers.getOrDefault(name, Set.of()).contains(register.getRegister())) {
        report(register, Severity.ERROR, "register " + register.getRegister() + " of " + name
            + " is never written: no load, pipe_read or dma_read of that thread puts a value in it");
      }
    }

    void checkFile(FileTarget fileTarget) {
      if (!files.contains(fileTarget.getFile())) {
        boolean isRegion = regions.values().stream().anyMatch(r -> r.containsKey(fileTarget.getFile()));
        report(fileTarget, Severity.ERROR, "undefined file '" + fileTarget.getFile() + "': no dio_write or aio_write"
            + " writes it" + (isRegion ? "; for memory, write the process: P." + fileTarget.getFile() + "["
            + fileTarget.getPage() + "]" : suggest(fileTarget.getFile(), files)));
      }
      checkSectorRange(fileTarget, fileTarget.getFirstSector(), fileTarget.getLastSector());
    }

    // ------------------------------------------------------------ strategies

    void checkStrategies() {
      Map<String, StrategyDefinition> defined = new LinkedHashMap<>();
      for (StrategyDefinition definition : scenario.getStrategies()) {
        if (catalog.isStrategy(definition.getName())) {
          report(definition, Severity.ERROR, "strategy '" + definition.getName()
              + "' is built in; give your strategy another name");
        } else {
          StrategyDefinition previous = defined.putIfAbsent(definition.getName(), definition);
          if (previous != null) {
            report(definition, Severity.ERROR, "duplicate strategy '" + definition.getName() + "'" + firstAt(previous));
          }
        }
        if (!catalog.isStrategy(definition.getBase())) {
          report(definition, Severity.ERROR, "unknown strategy '" + definition.getBase()
              + "': a strategy is based on a built-in one" + suggest(definition.getBase(), catalog.strategyIds()));
        }
        Set<String> knobs = new HashSet<>();
        for (KnobSetting knob : definition.getKnobs()) {
          if (!knobs.add(knob.getName())) {
            report(knob, Severity.ERROR, "knob '" + knob.getName() + "' is set twice");
            continue;
          }
          Optional<String> problem = catalog.checkKnob(knob.getName(), knob.getValue());
          problem.ifPresent(message -> report(knob, Severity.ERROR, message));
        }
      }
      Map<String, Expectation> expected = new HashMap<>();
      Set<String> known = new LinkedHashSet<>(catalog.strategyIds());
      known.addAll(defined.keySet());
      for (Expectation expectation : scenario.getExpectations()) {
        if (!known.contains(expectation.getStrategy())) {
          report(expectation, Severity.ERROR, "unknown strategy '" + expectation.getStrategy() + "'"
              + suggest(expectation.getStrategy(), known) + "; built-in strategies: "
              + String.join(", ", catalog.strategyIds()));
        }
        Expectation previous = expected.putIfAbsent(expectation.getStrategy(), expectation);
        if (previous != null) {
          report(expectation, Severity.ERROR, "a second expectation for '" + expectation.getStrategy() + "'"
              + firstAt(previous));
        }
      }
    }

    // ------------------------------------------------------------ helpers

    String qualifiedName(ScenarioThread thread) {
      return thread.isKernel() || thread.getProcess() == null ? thread.getName() : thread.getProcess() + "." + thread.getName();
    }

    String firstAt(Element previous) {
      return previous.getLine() > 0 ? " (the first is at line " + previous.getLine() + ")" : "";
    }

    String suggest(String name, Set<String> candidates) {
      return name == null ? "" : ScenarioParser.suggestion(name, List.copyOf(candidates));
    }

    void report(Element element, Severity severity, String message) {
      diagnostics.add(new Diagnostic(severity, file, Math.max(1, element.getLine()), Math.max(1, element.getColumn()),
          Math.max(0, element.getOffset()), Math.max(0, element.getLength()), message));
    }
  }
}
