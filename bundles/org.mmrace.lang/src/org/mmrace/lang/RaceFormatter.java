package org.mmrace.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.mmrace.model.scenario.Address;
import org.mmrace.model.scenario.AioWait;
import org.mmrace.model.scenario.And;
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
import org.mmrace.model.scenario.Expression;
import org.mmrace.model.scenario.FileTarget;
import org.mmrace.model.scenario.Fork;
import org.mmrace.model.scenario.GupMode;
import org.mmrace.model.scenario.GupReference;
import org.mmrace.model.scenario.KnobSetting;
import org.mmrace.model.scenario.KsmMerge;
import org.mmrace.model.scenario.Load;
import org.mmrace.model.scenario.Madvise;
import org.mmrace.model.scenario.Mapping;
import org.mmrace.model.scenario.MemoryTarget;
import org.mmrace.model.scenario.Mprotect;
import org.mmrace.model.scenario.Munmap;
import org.mmrace.model.scenario.Not;
import org.mmrace.model.scenario.Operation;
import org.mmrace.model.scenario.Or;
import org.mmrace.model.scenario.Pin;
import org.mmrace.model.scenario.PipeRead;
import org.mmrace.model.scenario.PropertyKey;
import org.mmrace.model.scenario.RegionRef;
import org.mmrace.model.scenario.RegisterTarget;
import org.mmrace.model.scenario.Scenario;
import org.mmrace.model.scenario.ScenarioProcess;
import org.mmrace.model.scenario.ScenarioProperty;
import org.mmrace.model.scenario.ScenarioThread;
import org.mmrace.model.scenario.SectorRange;
import org.mmrace.model.scenario.Signal;
import org.mmrace.model.scenario.Store;
import org.mmrace.model.scenario.StrategyDefinition;
import org.mmrace.model.scenario.Target;
import org.mmrace.model.scenario.Unpin;
import org.mmrace.model.scenario.Vmsplice;
import org.mmrace.model.scenario.Wait;

/**
 * The canonical text of a scenario: one statement per line, operations indented by two spaces,
 * single spaces between words, three before a condition's label, at least two before a trailing
 * comment (aligned in runs of commented lines, as are the outcomes of consecutive expectations);
 * comments and single blank lines kept where they were. Statements keep their order in the file
 * (elements built in memory, without a position, follow the order of the format's sections).
 * Formatting is idempotent, and the formatted text parses to the same scenario.
 */
public final class RaceFormatter {

  private static final String INDENT = "  ";
  private static final String LABEL_GAP = "   ";
  /** Marks a column to align; see {@link #align(String)}. */
  private static final char ALIGN = '\0';

  /** The result of formatting text: the new text, or the errors that prevented it. */
  public record Result(Optional<String> text, List<Diagnostic> diagnostics) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /**
   * Formats .race text. A file with syntax errors is not formatted (a statement with an error is
   * not in the model, and formatting would drop it): the result then holds only the errors.
   */
  public Result format(String file, String text) {
    ParseResult parsed = RaceParser.parse(file, text);
    if (parsed.hasErrors()) {
      return new Result(Optional.empty(), parsed.diagnostics());
    }
    return new Result(Optional.of(format(parsed.scenario())), parsed.diagnostics());
  }

  /** The canonical text of a scenario, ending in a newline. */
  public String format(Scenario scenario) {
    StringBuilder out = new StringBuilder();
    for (Element element : topLevel(scenario)) {
      leading(out, element, "");
      if (element == scenario) {
        out.append("scenario ").append(scenario.getName());
      } else if (element instanceof ScenarioProperty property) {
        property(out, property);
      } else if (element instanceof ScenarioProcess process) {
        out.append("process ").append(process.getName());
      } else if (element instanceof Mapping mapping) {
        mapping(out, mapping);
      } else if (element instanceof ScenarioThread thread) {
        thread(out, thread);
        continue;
      } else if (element instanceof Condition condition) {
        condition(out, condition);
      } else if (element instanceof Expectation expectation) {
        out.append("expect ").append(expectation.getStrategy()).append(ALIGN).append(expectation.getOutcome().getLiteral());
      } else if (element instanceof StrategyDefinition strategy) {
        strategy(out, strategy);
      }
      trailing(out, element);
    }
    for (String comment : scenario.getEndComments()) {
      out.append('#').append(comment).append('\n');
    }
    return align(out.toString());
  }

  /**
   * Lines out of {@link #format(Scenario)} carry {@link #ALIGN} where a column may be padded: before
   * the outcome of an {@code expect} and before a trailing comment. Outcomes are aligned in runs of
   * consecutive expectations, then comments in runs of consecutive commented lines, each to the
   * widest of its run, as gofmt aligns comments: expectations read as a table and comments line up.
   * Text cannot hold the mark (the parser refuses NUL), so formatting stays idempotent.
   */
  static String align(String text) {
    String[] lines = text.split("\n", -1);
    alignRuns(lines, false);
    alignRuns(lines, true);
    return String.join("\n", lines);
  }

  private static void alignRuns(String[] lines, boolean comments) {
    int i = 0;
    while (i < lines.length) {
      if (mark(lines[i], comments) < 0) {
        i++;
        continue;
      }
      int j = i;
      int widest = 0;
      while (j < lines.length && mark(lines[j], comments) >= 0) {
        widest = Math.max(widest, mark(lines[j], comments));
        j++;
      }
      for (int k = i; k < j; k++) {
        int at = mark(lines[k], comments);
        lines[k] = lines[k].substring(0, at) + " ".repeat(widest - at + (comments ? 2 : 1)) + lines[k].substring(at + 1);
      }
      i = j;
    }
  }

  /** Where the line's comment mark (or outcome mark) is, or -1. */
  private static int mark(String line, boolean comment) {
    for (int at = line.indexOf(ALIGN); at >= 0; at = line.indexOf(ALIGN, at + 1)) {
      if (line.startsWith("#", at + 1) == comment) {
        return at;
      }
    }
    return -1;
  }

  private static List<Element> topLevel(Scenario scenario) {
    List<Element> elements = new ArrayList<>();
    if (scenario.getName() != null) {
      elements.add(scenario);
    }
    elements.addAll(scenario.getProperties());
    // Each mapping once, after the first process of its name (a file may declare a process twice).
    List<Element> declarations = new ArrayList<>();
    java.util.Map<String, List<Mapping>> byProcess = new java.util.HashMap<>();
    for (Mapping mapping : scenario.getMappings()) {
      byProcess.computeIfAbsent(String.valueOf(mapping.getProcess()), k -> new ArrayList<>()).add(mapping);
    }
    for (ScenarioProcess process : scenario.getProcesses()) {
      declarations.add(process);
      List<Mapping> own = byProcess.remove(String.valueOf(process.getName()));
      if (own != null) {
        declarations.addAll(own);
      }
    }
    for (Mapping mapping : scenario.getMappings()) {
      if (byProcess.containsKey(String.valueOf(mapping.getProcess()))) {
        declarations.add(mapping);
      }
    }
    elements.addAll(declarations);
    elements.addAll(scenario.getThreads());
    elements.addAll(scenario.getStrategies());
    elements.addAll(scenario.getConditions());
    elements.addAll(scenario.getExpectations());
    if (elements.stream().allMatch(e -> e.getOffset() >= 0)) {
      elements.sort(Comparator.comparingInt(Element::getOffset));
    }
    return elements;
  }

  private static void leading(StringBuilder out, Element element, String indent) {
    if (element.isBlankLineBefore() && !out.isEmpty()) {
      out.append('\n');
    }
    for (String comment : element.getComments()) {
      out.append(indent).append('#').append(comment).append('\n');
    }
    out.append(indent);
  }

  private static void trailing(StringBuilder out, Element element) {
    if (element.getTrailingComment() != null) {
      out.append(ALIGN).append('#').append(element.getTrailingComment());
    }
    out.append('\n');
  }

  private static void property(StringBuilder out, ScenarioProperty property) {
    out.append(property.getKey().getLiteral()).append(' ');
    String value = property.getValue() == null ? "" : property.getValue();
    if (property.getKey() == PropertyKey.ABOUT && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
      out.append("\"\"\"").append(escapeTriple(value)).append("\"\"\"");
    } else {
      out.append(quote(value));
    }
  }

  /** "..." with \" and \\ escaped. */
  static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.append('"').toString();
  }

  /** Inside """...""": escape backslashes, and quotes that would end the string early. */
  private static String escapeTriple(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' || (c == '"' && (i + 1 == value.length() || value.charAt(i + 1) == '"'))) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  private static void mapping(StringBuilder out, Mapping mapping) {
    out.append("map ").append(mapping.getProcess()).append('.').append(mapping.getRegion()).append(' ')
        .append(mapping.getKind().getLiteral()).append(' ').append(mapping.getSharing().getLiteral()).append(' ')
        .append(mapping.getProtection().getLiteral()).append(" pages=").append(mapping.getPages());
    if (mapping.getFill() != null && !mapping.getFill().equals(".")) {
      out.append(" fill=").append(mapping.getFill());
    }
    if (mapping.getThp() != org.mmrace.model.scenario.ThpMode.NONE) {
      out.append(" thp=").append(mapping.getThp().getLiteral());
    }
  }

  private void thread(StringBuilder out, ScenarioThread thread) {
    if (thread.isKernel()) {
      out.append("kthread ").append(thread.getName());
    } else {
      out.append("thread ").append(thread.getProcess()).append('.').append(thread.getName());
    }
    trailing(out, thread);
    for (Operation operation : thread.getOperations()) {
      leading(out, operation, INDENT);
      operation(out, operation);
      trailing(out, operation);
    }
  }

  private static void operation(StringBuilder out, Operation operation) {
    if (operation instanceof Store store) {
      out.append("store ").append(address(store.getAddress())).append(" data=").append(store.getData());
    } else if (operation instanceof Load load) {
      out.append("load ").append(address(load.getAddress())).append(" -> ").append(load.getRegister());
    } else if (operation instanceof Fork fork) {
      out.append("fork ").append(fork.getChild());
    } else if (operation instanceof Exit) {
      out.append("exit");
    } else if (operation instanceof Munmap munmap) {
      out.append("munmap ").append(region(munmap.getRegion()));
    } else if (operation instanceof Mprotect mprotect) {
      out.append("mprotect ").append(region(mprotect.getRegion())).append(' ')
          .append(mprotect.getProtection().getLiteral());
    } else if (operation instanceof Madvise madvise) {
      out.append("madvise ").append(region(madvise.getRegion())).append(' ').append(madvise.getAdvice().getLiteral());
    } else if (operation instanceof org.mmrace.model.scenario.Collapse collapse) {
      out.append("collapse ").append(region(collapse.getRegion()));
    } else if (operation instanceof DirectIo io) {
      directIo(out, io);
    } else if (operation instanceof AioWait wait) {
      out.append("aio_wait ").append(wait.getHandle());
    } else if (operation instanceof Vmsplice vmsplice) {
      out.append("vmsplice ").append(address(vmsplice.getAddress())).append(" pipe=").append(vmsplice.getPipe());
    } else if (operation instanceof PipeRead read) {
      out.append("pipe_read ").append(read.getPipe()).append(" -> ").append(read.getRegister());
    } else if (operation instanceof Pin pin) {
      out.append("pin ").append(address(pin.getAddress())).append(' ').append(pin.getProtection().getLiteral());
      if (pin.isFast()) {
        out.append(" fast");
      }
      if (pin.isLongterm()) {
        out.append(" longterm");
      }
      out.append(" as ").append(pin.getName());
    } else if (operation instanceof DmaWrite write) {
      out.append("dma_write ").append(write.getPin()).append(' ').append(sectors(write.getSectors()))
          .append(" data=").append(write.getData());
    } else if (operation instanceof DmaRead read) {
      out.append("dma_read ").append(read.getPin()).append(' ').append(sectors(read.getSectors())).append(" -> ")
          .append(read.getRegister());
    } else if (operation instanceof Unpin unpin) {
      out.append("unpin ").append(unpin.getPin());
    } else if (operation instanceof KsmMerge merge) {
      out.append("ksm_merge ").append(address(merge.getFirst())).append(' ').append(address(merge.getSecond()));
    } else if (operation instanceof Signal signal) {
      out.append("signal ").append(signal.getEvent());
    } else if (operation instanceof Wait wait) {
      out.append("wait ").append(wait.getEvent());
    } else {
      throw new IllegalArgumentException("no syntax for " + operation.eClass().getName());
    }
  }

  private static void directIo(StringBuilder out, DirectIo io) {
    String kind = io instanceof DioRead ? "_read" : "_write";
    out.append(io.isAsynchronous() ? "aio" : "dio").append(kind).append(' ').append(address(io.getAddress()));
    if (io instanceof DioRead read) {
      out.append(" data=").append(read.getData());
    } else if (io instanceof DioWrite write) {
      out.append(" file=").append(write.getFile());
    }
    if (io.getGup() != GupMode.DEFAULT) {
      out.append(" gup=").append(io.getGup().getLiteral());
    }
    if (io.getReference() != GupReference.DEFAULT) {
      out.append(" pin=").append(io.getReference().getLiteral());
    }
    if (io.isAsynchronous()) {
      out.append(" as ").append(io.getHandle());
    }
  }

  /** P.region[page].sectors, the whole page without sectors, one sector as .N, a range as .N-M. */
  public static String address(Address address) {
    StringBuilder out = new StringBuilder();
    if (address.getProcess() != null) {
      out.append(address.getProcess()).append('.');
    }
    out.append(address.getRegion()).append('[').append(address.getPage()).append(']');
    return out.append(sectorSuffix(address.getFirstSector(), address.getLastSector())).toString();
  }

  private static String sectorSuffix(int first, int last) {
    if (first == 0 && last == 7) {
      return "";
    }
    return first == last ? "." + first : "." + first + "-" + last;
  }

  private static String sectors(SectorRange range) {
    return range.getFirst() == range.getLast() ? Integer.toString(range.getFirst())
        : range.getFirst() + "-" + range.getLast();
  }

  private static String region(RegionRef region) {
    String name = region.getProcess() == null ? region.getRegion() : region.getProcess() + "." + region.getRegion();
    if (region.getFirstPage() < 0) {
      return name;
    }
    return name + "[" + region.getFirstPage()
        + (region.getLastPage() == region.getFirstPage() ? "" : "-" + region.getLastPage()) + "]";
  }

  private static void condition(StringBuilder out, Condition condition) {
    out.append(condition.getKind().getLiteral()).append(' ').append(expression(condition.getExpression()));
    if (condition.getLabel() != null) {
      out.append(LABEL_GAP).append(quote(condition.getLabel()));
    }
  }

  /** A condition in canonical syntax, with the parentheses its structure needs and no others. */
  public static String expression(Expression expression) {
    if (expression instanceof Or or) {
      return join(or.getOperands(), " or ", Or.class);
    } else if (expression instanceof And and) {
      return join(and.getOperands(), " and ", Or.class);
    } else if (expression instanceof Not not) {
      Expression operand = not.getOperand();
      String inner = expression(operand);
      return "not " + (operand instanceof And || operand instanceof Or ? "(" + inner + ")" : inner);
    } else if (expression instanceof Comparison comparison) {
      return target(comparison.getTarget()) + " " + comparison.getOperator().getLiteral() + " " + comparison.getSymbol();
    }
    throw new IllegalArgumentException("no syntax for " + (expression == null ? "a missing condition"
        : expression.eClass().getName()));
  }

  private static String join(List<Expression> operands, String operator, Class<? extends Expression> needsParentheses) {
    StringBuilder out = new StringBuilder();
    for (Expression operand : operands) {
      if (!out.isEmpty()) {
        out.append(operator);
      }
      String text = expression(operand);
      boolean parenthesize = needsParentheses.isInstance(operand) && operator.equals(" and ");
      out.append(parenthesize ? "(" + text + ")" : text);
    }
    return out.toString();
  }

  private static String target(Target target) {
    if (target instanceof MemoryTarget memory) {
      return address(memory.getAddress());
    } else if (target instanceof RegisterTarget register) {
      return (register.getProcess() == null ? "" : register.getProcess() + ".") + register.getThread() + "."
          + register.getRegister();
    } else if (target instanceof FileTarget file) {
      return file.getFile() + "[" + file.getPage() + "]" + sectorSuffix(file.getFirstSector(), file.getLastSector());
    }
    throw new IllegalArgumentException("no syntax for " + target.eClass().getName());
  }

  private static void strategy(StringBuilder out, StrategyDefinition strategy) {
    out.append("strategy ").append(strategy.getName()).append(" = ").append(strategy.getBase());
    if (!strategy.getKnobs().isEmpty()) {
      out.append(" with");
      for (KnobSetting knob : strategy.getKnobs()) {
        out.append(' ').append(knob.getName()).append('=').append(knob.getValue());
      }
    }
  }
}
