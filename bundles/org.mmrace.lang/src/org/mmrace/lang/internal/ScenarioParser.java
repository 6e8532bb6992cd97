package org.mmrace.lang.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.mmrace.lang.Diagnostic;
import org.mmrace.lang.Severity;
import org.mmrace.model.scenario.Address;
import org.mmrace.model.scenario.Advice;
import org.mmrace.model.scenario.And;
import org.mmrace.model.scenario.Comparison;
import org.mmrace.model.scenario.ComparisonOperator;
import org.mmrace.model.scenario.Condition;
import org.mmrace.model.scenario.ConditionKind;
import org.mmrace.model.scenario.DirectIo;
import org.mmrace.model.scenario.DmaRead;
import org.mmrace.model.scenario.DmaWrite;
import org.mmrace.model.scenario.Element;
import org.mmrace.model.scenario.Expectation;
import org.mmrace.model.scenario.ExpectedOutcome;
import org.mmrace.model.scenario.Expression;
import org.mmrace.model.scenario.FileTarget;
import org.mmrace.model.scenario.GupMode;
import org.mmrace.model.scenario.GupReference;
import org.mmrace.model.scenario.KnobSetting;
import org.mmrace.model.scenario.Mapping;
import org.mmrace.model.scenario.MemoryTarget;
import org.mmrace.model.scenario.Not;
import org.mmrace.model.scenario.Operation;
import org.mmrace.model.scenario.Or;
import org.mmrace.model.scenario.PropertyKey;
import org.mmrace.model.scenario.Protection;
import org.mmrace.model.scenario.RegionKind;
import org.mmrace.model.scenario.RegionRef;
import org.mmrace.model.scenario.ThpMode;
import org.mmrace.model.scenario.RegisterTarget;
import org.mmrace.model.scenario.Scenario;
import org.mmrace.model.scenario.ScenarioFactory;
import org.mmrace.model.scenario.ScenarioProcess;
import org.mmrace.model.scenario.ScenarioProperty;
import org.mmrace.model.scenario.ScenarioThread;
import org.mmrace.model.scenario.SectorRange;
import org.mmrace.model.scenario.Sharing;
import org.mmrace.model.scenario.StrategyDefinition;
import org.mmrace.model.scenario.Target;

/**
 * Hand-written recursive-descent parser of the .race format (version 1). One statement per line:
 * an error abandons the statement it is in and parsing goes on with the next line, so that one run
 * reports every error of a file. Expressions nest at most {@link #MAX_NESTING} levels, so the
 * parser's recursion is bounded whatever the input.
 */
public final class ScenarioParser {

  /** Deepest nesting of parentheses and 'not' in a condition. */
  public static final int MAX_NESTING = 100;
  /** After this many errors the parser stops: the rest is most likely not a .race file. */
  public static final int MAX_ERRORS = 200;

  static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
  static final Pattern REGISTER = Pattern.compile("r[0-9]+");
  static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");
  static final Pattern SECTORS = Pattern.compile("([0-9]{1,9})(?:-([0-9]{1,9}))?");
  static final Pattern PAGES = SECTORS;

  /** The `thp=` values (docs/format.md, issue 11). */
  static final List<String> THP_MODES = List.of("pmd", "pte", "single-pte", "partial-shared", "partial-mremap");

  /** The operations of version 1, in the order of docs/format.md (for messages). */
  public static final List<String> OPERATIONS = List.of("store", "load", "fork", "exit", "munmap", "mprotect",
      "madvise", "dio_read", "dio_write", "aio_read", "aio_write", "aio_wait", "vmsplice", "pipe_read", "pin",
      "dma_write", "dma_read", "unpin", "ksm_merge", "signal", "wait", "collapse");
  static final Set<String> BODY_KEYWORDS = Set.of("thread", "kthread", "require", "forbid", "observe", "expect",
      "strategy");
  static final Set<String> HEADER_KEYWORDS = Set.of("scenario", "title", "source", "about", "process", "map");

  private static final ScenarioFactory F = ScenarioFactory.eINSTANCE;

  private final String file;
  private final String text;
  private final LineIndex lines;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private int errorCount;

  private List<Token> tokens = List.of();
  private int pos;
  /** Index of the token that ends the current statement (NEWLINE, EOF or a trailing COMMENT). */
  private int statementEnd;

  private final Scenario scenario = F.createScenario();
  private boolean sawStatement;
  private boolean sawScenario;
  private boolean inBody;
  private ScenarioThread currentThread;
  private final Map<PropertyKey, Integer> propertyLines = new EnumMap<>(PropertyKey.class);
  private final List<String> pendingComments = new ArrayList<>();
  private boolean pendingBlank;

  public ScenarioParser(String file, String text) {
    this.file = file;
    this.text = text;
    this.lines = new LineIndex(text);
  }

  public Scenario scenario() {
    return scenario;
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  public LineIndex lines() {
    return lines;
  }

  /** Parses the whole text; the result is in {@link #scenario()} and {@link #diagnostics()}. */
  public void parse() {
    tokens = new Lexer(text, lines, (offset, length, message) -> error(offset, length, message)).tokenize();
    pos = 0;
    boolean atLineStart = true;
    while (!tokens.get(pos).is(TokenKind.EOF) && errorCount < MAX_ERRORS) {
      Token token = tokens.get(pos);
      if (token.is(TokenKind.NEWLINE)) {
        if (atLineStart) {
          pendingBlank = true;
        }
        pos++;
        atLineStart = true;
        continue;
      }
      if (token.is(TokenKind.COMMENT)) {
        pendingComments.add(token.value());
        pos++;
        atLineStart = false;
        continue;
      }
      atLineStart = false;
      statement();
    }
    if (errorCount >= MAX_ERRORS) {
      Token token = tokens.get(Math.min(pos, tokens.size() - 1));
      error(token.offset(), 0, "too many errors (" + MAX_ERRORS + "); the rest of the file was not read");
    }
    scenario.getEndComments().addAll(pendingComments);
    pendingComments.clear();
    if (!sawStatement) {
      error(0, 0, text.isBlank() ? "empty file: a scenario starts with 'scenario NAME'"
          : "no statements: a scenario starts with 'scenario NAME'");
    }
  }

  // ---------------------------------------------------------------- statements

  /** Thrown to abandon the current statement after its error has been reported. */
  private static final class StatementAbandoned extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StatementAbandoned() {
      super(null, null, false, false);
    }
  }

  private void statement() {
    int start = pos;
    statementEnd = start;
    while (!tokens.get(statementEnd).is(TokenKind.NEWLINE) && !tokens.get(statementEnd).is(TokenKind.EOF)
        && !tokens.get(statementEnd).is(TokenKind.COMMENT)) {
      statementEnd++;
    }
    String trailingComment = tokens.get(statementEnd).is(TokenKind.COMMENT) ? tokens.get(statementEnd).value() : null;
    try {
      Element element = dispatch(tokens.get(start));
      if (element != null) {
        element.getComments().addAll(pendingComments);
        element.setTrailingComment(trailingComment);
        element.setBlankLineBefore(pendingBlank);
      }
    } catch (StatementAbandoned abandoned) {
      // reported; go on with the next line
    }
    pendingComments.clear();
    pendingBlank = false;
    pos = statementEnd;
    if (tokens.get(pos).is(TokenKind.COMMENT)) {
      pos++;
    }
    sawStatement = true;
  }

  private Element dispatch(Token first) {
    if (!first.is(TokenKind.WORD)) {
      throw fail(first, "expected a statement (scenario, process, map, thread, an operation, require, ...), found "
          + first.describe() + invalidCharacterHint(first));
    }
    String keyword = first.value();
    if (!sawScenario && !keyword.equals("scenario") && !sawStatement) {
      error(first, "expected 'scenario NAME' as the first statement, found " + first.describe());
      sawScenario = true; // report once
    }
    if (HEADER_KEYWORDS.contains(keyword) && inBody) {
      throw fail(first, "'" + keyword + "' must come before the first thread, condition, expect or strategy"
          + " (a thread block runs until the next thread, kthread, require, forbid, observe, expect or strategy)");
    }
    switch (keyword) {
      case "scenario":
        return scenarioStatement(first);
      case "title":
        return property(first, PropertyKey.TITLE);
      case "source":
        return property(first, PropertyKey.SOURCE);
      case "about":
        return property(first, PropertyKey.ABOUT);
      case "process":
        return process(first);
      case "map":
        return mapping(first);
      case "thread":
      case "kthread":
        inBody = true;
        // Until the statement parses, its operations go to a thread outside the scenario: they are
        // still checked for syntax, but never attributed to the thread before.
        currentThread = F.createScenarioThread();
        return thread(first, keyword.equals("kthread"));
      case "require":
      case "forbid":
      case "observe":
        inBody = true;
        currentThread = null;
        return condition(first, ConditionKind.get(keyword));
      case "expect":
        inBody = true;
        currentThread = null;
        return expectation(first);
      case "strategy":
        inBody = true;
        currentThread = null;
        return strategy(first);
      default:
        if (currentThread == null) {
          if (OPERATIONS.contains(keyword)) {
            throw fail(first, "operation '" + keyword + "' outside a thread: put it under 'thread P.NAME' or 'kthread NAME'");
          }
          throw fail(first, "unknown statement " + first.describe() + suggestion(keyword, allKeywords())
              + "; expected one of: scenario, title, source, about, process, map, thread, kthread, require, forbid,"
              + " observe, expect, strategy");
        }
        return operation(first);
    }
  }

  private static List<String> allKeywords() {
    List<String> all = new ArrayList<>(List.of("scenario", "title", "source", "about", "process", "map"));
    all.addAll(BODY_KEYWORDS);
    return all;
  }

  private Element scenarioStatement(Token keyword) {
    pos++;
    if (sawScenario && scenario.getOffset() >= 0) {
      throw fail(keyword, "duplicate 'scenario' (the first is at line " + scenario.getLine() + ")");
    }
    if (sawStatement && !sawScenario) {
      error(keyword, "'scenario NAME' must be the first statement");
    }
    sawScenario = true;
    Token name = name("the scenario's name");
    scenario.setName(name.value());
    endOfStatement();
    position(scenario, keyword, name);
    return scenario;
  }

  private Element property(Token keyword, PropertyKey key) {
    pos++;
    Integer previous = propertyLines.get(key);
    if (previous != null) {
      throw fail(keyword, "duplicate '" + key.getLiteral() + "' (the first is at line " + previous + ")");
    }
    Token value = expect(TokenKind.STRING, "a string (\"...\"" + (key == PropertyKey.ABOUT ? " or \"\"\"...\"\"\"" : "")
        + ") after '" + key.getLiteral() + "'");
    endOfStatement();
    ScenarioProperty property = F.createScenarioProperty();
    property.setKey(key);
    property.setValue(value.value());
    position(property, keyword, value);
    propertyLines.put(key, line(keyword));
    scenario.getProperties().add(property);
    return property;
  }

  private Element process(Token keyword) {
    pos++;
    Token name = name("a process name");
    endOfStatement();
    ScenarioProcess process = F.createScenarioProcess();
    process.setName(name.value());
    position(process, keyword, name);
    scenario.getProcesses().add(process);
    return process;
  }

  private Element mapping(Token keyword) {
    pos++;
    Mapping mapping = F.createMapping();
    Token process = name("a process name (map P.REGION ...)");
    expect(TokenKind.DOT, "'.' between the process and the region (map P.REGION ...)");
    Token region = name("a region name (map P.REGION ...)");
    mapping.setProcess(process.value());
    mapping.setRegion(region.value());
    mapping.setKind(choice(RegionKind.class, "a region kind", RegionKind.VALUES.stream().map(RegionKind::getLiteral).toList()));
    mapping.setSharing(choice(Sharing.class, "'private' or 'shared'", List.of("private", "shared")));
    mapping.setProtection(choice(Protection.class, "'rw' or 'ro'", List.of("rw", "ro")));
    Set<String> seen = new java.util.HashSet<>();
    Token fillToken = null;
    while (!atStatementEnd()) {
      Token key = expectWord("an option (pages=N, fill=S or thp=...)");
      if (!key.value().equals("pages") && !key.value().equals("fill") && !key.value().equals("thp")) {
        throw fail(key, "unknown option " + key.describe() + " for map: expected pages=N, fill=S or thp=MODE");
      }
      if (!seen.add(key.value())) {
        throw fail(key, "duplicate option '" + key.value() + "='");
      }
      expect(TokenKind.ASSIGN, "'=' after '" + key.value() + "'");
      if (key.value().equals("pages")) {
        Token count = peek();
        int pages = number("the number of pages");
        if (pages < 1) {
          throw fail(count, "pages must be at least 1");
        }
        mapping.setPages(pages);
      } else if (key.value().equals("thp")) {
        mapping.setThp(choice(ThpMode.class, "a THP backing (" + String.join(", ", THP_MODES) + ")", THP_MODES));
      } else {
        fillToken = peek();
        mapping.setFill(symbols("the fill symbols"));
      }
    }
    if (fillToken != null) {
      int length = mapping.getFill().length();
      if (length != 1 && length != 8 && length != 8 * mapping.getPages()) {
        throw fail(fillToken, "fill= needs 1 symbol (every sector), 8 (one per sector of each page) or "
            + 8 * mapping.getPages() + " (one per sector of the region), found " + length);
      }
    }
    position(mapping, keyword, previous());
    scenario.getMappings().add(mapping);
    return mapping;
  }

  private Element thread(Token keyword, boolean kernel) {
    pos++;
    ScenarioThread thread = F.createScenarioThread();
    thread.setKernel(kernel);
    if (kernel) {
      Token name = name("the kernel thread's name (kthread NAME)");
      if (peek().is(TokenKind.DOT)) {
        throw fail(peek(), "a kernel thread has no process: write 'kthread NAME'");
      }
      thread.setName(name.value());
    } else {
      Token process = name("the thread's process and name (thread P.NAME)");
      if (!peek().is(TokenKind.DOT)) {
        throw fail(peek(), "expected '.' and the thread's name after the process (thread " + process.value()
            + ".NAME), found " + peek().describe() + "; a kernel thread is declared with 'kthread NAME'");
      }
      pos++;
      Token name = name("the thread's name (thread P.NAME)");
      thread.setProcess(process.value());
      thread.setName(name.value());
    }
    endOfStatement();
    position(thread, keyword, previous());
    scenario.getThreads().add(thread);
    currentThread = thread;
    return thread;
  }

  private Element expectation(Token keyword) {
    pos++;
    Token strategyStart = peek();
    String strategy = dottedName("a strategy name (expect STRATEGY holds|violated|deadlock|error)");
    Token outcomeToken = peek();
    Token word = expectWord("'holds', 'violated', 'deadlock' or 'error'");
    ExpectedOutcome outcome = ExpectedOutcome.get(word.value());
    if (outcome == null) {
      throw fail(outcomeToken, "expected 'holds', 'violated', 'deadlock' or 'error', found " + word.describe()
          + suggestion(word.value(), List.of("holds", "violated", "deadlock", "error")));
    }
    endOfStatement();
    Expectation expectation = F.createExpectation();
    expectation.setStrategy(strategy);
    expectation.setOutcome(outcome);
    position(expectation, keyword, previous());
    expectation.setOffset(strategyStart.offset());
    expectation.setLine(line(strategyStart));
    expectation.setColumn(column(strategyStart));
    expectation.setLength(previous().end() - strategyStart.offset());
    scenario.getExpectations().add(expectation);
    return expectation;
  }

  private Element strategy(Token keyword) {
    pos++;
    StrategyDefinition definition = F.createStrategyDefinition();
    definition.setName(dottedName("the strategy's name (strategy NAME = BASE with knob=value ...)"));
    expect(TokenKind.ASSIGN, "'=' after the strategy's name (strategy NAME = BASE ...)");
    definition.setBase(dottedName("the built-in strategy it is based on (strategy NAME = BASE ...)"));
    if (!atStatementEnd()) {
      Token with = expectWord("'with' and knob settings");
      if (!with.value().equals("with")) {
        throw fail(with, "expected 'with' and knob settings, found " + with.describe());
      }
      if (atStatementEnd()) {
        throw fail(peek(), "expected a knob setting (knob=value) after 'with'");
      }
      while (!atStatementEnd()) {
        Token knobStart = peek();
        String knob = dottedName("a knob name (knob=value)");
        expect(TokenKind.ASSIGN, "'=' after the knob '" + knob + "'");
        String value = dottedName("the value of knob '" + knob + "'");
        KnobSetting setting = F.createKnobSetting();
        setting.setName(knob);
        setting.setValue(value);
        position(setting, knobStart, previous());
        definition.getKnobs().add(setting);
      }
    }
    position(definition, keyword, previous());
    scenario.getStrategies().add(definition);
    return definition;
  }

  // ---------------------------------------------------------------- operations

  private Element operation(Token opToken) {
    pos++;
    String op = opToken.value();
    Operation operation = switch (op) {
      case "store" -> {
        var store = F.createStore();
        store.setAddress(address(false));
        Map<String, Token> options = options(op, Set.of("data"), Set.of("data"), Set.of(), false);
        store.setData(symbolOf(options.get("data")));
        yield store;
      }
      case "load" -> {
        var load = F.createLoad();
        load.setAddress(address(false));
        load.setRegister(arrowRegister());
        yield load;
      }
      case "fork" -> {
        var fork = F.createFork();
        fork.setChild(name("the child process's name (fork CHILD)").value());
        yield fork;
      }
      case "exit" -> F.createExit();
      case "munmap" -> {
        var munmap = F.createMunmap();
        munmap.setRegion(pageRange(regionRef()));
        yield munmap;
      }
      case "mprotect" -> {
        var mprotect = F.createMprotect();
        mprotect.setRegion(pageRange(regionRef()));
        mprotect.setProtection(choice(Protection.class, "'ro' or 'rw'", List.of("ro", "rw")));
        yield mprotect;
      }
      case "madvise" -> {
        var madvise = F.createMadvise();
        madvise.setRegion(regionRef());
        madvise.setAdvice(choice(Advice.class,
            "'dontfork', 'dofork', 'mergeable', 'pageout', 'hugepage' or 'nohugepage'",
            List.of("dontfork", "dofork", "mergeable", "pageout", "hugepage", "nohugepage")));
        yield madvise;
      }
      case "collapse" -> {
        var collapse = F.createCollapse();
        collapse.setRegion(regionRef());
        yield collapse;
      }
      case "dio_read", "aio_read" -> {
        var read = F.createDioRead();
        boolean async = op.startsWith("aio");
        read.setAddress(address(false));
        Map<String, Token> options = options(op, Set.of("data", "gup", "pin"), Set.of("data"), Set.of(), async);
        read.setData(symbolOf(options.get("data")));
        directIoOptions(read, options, async);
        yield read;
      }
      case "dio_write", "aio_write" -> {
        var write = F.createDioWrite();
        boolean async = op.startsWith("aio");
        write.setAddress(address(false));
        Map<String, Token> options = options(op, Set.of("file", "gup", "pin"), Set.of("file"), Set.of(), async);
        write.setFile(nameOf(options.get("file"), "a file name"));
        directIoOptions(write, options, async);
        yield write;
      }
      case "aio_wait" -> {
        var wait = F.createAioWait();
        wait.setHandle(name("the I/O's name (aio_wait ioN)").value());
        yield wait;
      }
      case "vmsplice" -> {
        var vmsplice = F.createVmsplice();
        vmsplice.setAddress(address(false));
        Map<String, Token> options = options(op, Set.of("pipe"), Set.of("pipe"), Set.of(), false);
        vmsplice.setPipe(nameOf(options.get("pipe"), "a pipe name"));
        yield vmsplice;
      }
      case "pipe_read" -> {
        var read = F.createPipeRead();
        read.setPipe(name("the pipe's name (pipe_read NAME -> rN)").value());
        read.setRegister(arrowRegister());
        yield read;
      }
      case "pin" -> {
        var pin = F.createPin();
        pin.setAddress(address(false));
        pin.setProtection(choice(Protection.class, "'ro' or 'rw'", List.of("ro", "rw")));
        Map<String, Token> options = options(op, Set.of(), Set.of(), Set.of("fast", "longterm"), true);
        pin.setFast(options.containsKey("fast"));
        pin.setLongterm(options.containsKey("longterm"));
        pin.setName(options.get("as").value());
        yield pin;
      }
      case "dma_write" -> {
        var write = F.createDmaWrite();
        write.setPin(name("the pin's name (dma_write pinN SECTORS data=S)").value());
        write.setSectors(sectorRange());
        Map<String, Token> options = options(op, Set.of("data"), Set.of("data"), Set.of(), false);
        write.setData(symbolOf(options.get("data")));
        yield write;
      }
      case "dma_read" -> {
        var read = F.createDmaRead();
        read.setPin(name("the pin's name (dma_read pinN SECTORS -> rN)").value());
        read.setSectors(sectorRange());
        read.setRegister(arrowRegister());
        yield read;
      }
      case "unpin" -> {
        var unpin = F.createUnpin();
        unpin.setPin(name("the pin's name (unpin pinN)").value());
        yield unpin;
      }
      case "ksm_merge" -> {
        var merge = F.createKsmMerge();
        merge.setFirst(address(false));
        merge.setSecond(address(false));
        yield merge;
      }
      case "signal" -> {
        var signal = F.createSignal();
        signal.setEvent(name("the event's name (signal E)").value());
        yield signal;
      }
      case "wait" -> {
        var wait = F.createWait();
        wait.setEvent(name("the event's name (wait E)").value());
        yield wait;
      }
      default -> {
        if (HEADER_KEYWORDS.contains(op)) {
          throw fail(opToken, "'" + op + "' must come before the first thread");
        }
        throw fail(opToken, "unknown operation " + opToken.describe() + suggestion(op, OPERATIONS)
            + "; expected one of: " + String.join(", ", OPERATIONS));
      }
    };
    endOfStatement();
    position(operation, opToken, previous());
    currentThread.getOperations().add(operation);
    return operation;
  }

  private void directIoOptions(DirectIo io, Map<String, Token> options, boolean async) {
    Token gup = options.get("gup");
    if (gup != null) {
      io.setGup(enumValue(gup, GupMode.class, "'fast' or 'slow'", List.of("fast", "slow")));
    }
    Token pin = options.get("pin");
    if (pin != null) {
      io.setReference(enumValue(pin, GupReference.class, "'get' or 'pin'", List.of("get", "pin")));
    }
    io.setAsynchronous(async);
    if (async) {
      io.setHandle(options.get("as").value());
    }
  }

  /**
   * Reads {@code key=value} options, flags and (when {@code as} is true, required) {@code as NAME}
   * up to the end of the statement. Values are single tokens; the map holds the value tokens, the
   * flag tokens and the name after 'as'.
   */
  private Map<String, Token> options(String op, Set<String> keys, Set<String> required, Set<String> flags, boolean as) {
    Map<String, Token> found = new LinkedHashMap<>();
    while (!atStatementEnd()) {
      Token key = expectWord("an option" + optionList(keys, flags, as));
      String k = key.value();
      if (k.equals("as") && as) {
        if (found.containsKey("as")) {
          throw fail(key, "duplicate 'as'");
        }
        found.put("as", name("a name after 'as'"));
        continue;
      }
      if (flags.contains(k)) {
        if (found.put(k, key) != null) {
          throw fail(key, "duplicate '" + k + "'");
        }
        continue;
      }
      if (keys.contains(k) && !peek().is(TokenKind.ASSIGN)) {
        throw fail(peek(), "expected '=' after '" + k + "', found " + peek().describe());
      }
      if (!keys.contains(k)) {
        throw fail(key, "unexpected " + key.describe() + " for " + op + ": expected" + optionList(keys, flags, as)
            .replaceFirst("^ \\(", " ").replaceFirst("\\)$", ""));
      }
      if (found.containsKey(k)) {
        throw fail(key, "duplicate option '" + k + "='");
      }
      pos++;
      Token value = peek();
      if (!value.is(TokenKind.WORD) && !value.is(TokenKind.DOT)) {
        throw fail(value, "expected a value after '" + k + "=', found " + value.describe());
      }
      pos++;
      found.put(k, value);
    }
    for (String key : required) {
      if (!found.containsKey(key)) {
        throw fail(peek(), op + " needs " + key + "=" + (key.equals("data") ? "S" : key.equals("file") ? "F" : "NAME"));
      }
    }
    if (as && !found.containsKey("as")) {
      throw fail(peek(), op + " needs 'as NAME' at the end (" + (op.equals("pin") ? "as pin1" : "as io1") + ")");
    }
    return found;
  }

  private static String optionList(Set<String> keys, Set<String> flags, boolean as) {
    List<String> parts = new ArrayList<>();
    keys.stream().sorted().forEach(k -> parts.add(k + "="));
    flags.stream().sorted().forEach(parts::add);
    if (as) {
      parts.add("as NAME");
    }
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  private String symbolOf(Token token) {
    if (token.is(TokenKind.DOT)) {
      return ".";
    }
    if (!isSymbol(token.value())) {
      throw fail(token, "expected one symbol (a letter, a digit or '.'), found " + token.describe());
    }
    return token.value();
  }

  private String nameOf(Token token, String what) {
    if (!token.is(TokenKind.WORD) || !IDENTIFIER.matcher(token.value()).matches()) {
      throw fail(token, "expected " + what + ", found " + token.describe());
    }
    return token.value();
  }

  private <E extends Enum<E>> E enumValue(Token token, Class<E> type, String expected, List<String> literals) {
    if (!token.is(TokenKind.WORD) || !literals.contains(token.value())) {
      throw fail(token, "expected " + expected + ", found " + token.describe()
          + (token.is(TokenKind.WORD) ? suggestion(token.value(), literals) : ""));
    }
    return literal(type, token.value());
  }

  private static <E extends Enum<E>> E literal(Class<E> type, String literal) {
    for (E e : type.getEnumConstants()) {
      if (((org.eclipse.emf.common.util.Enumerator) e).getLiteral().equals(literal)) {
        return e;
      }
    }
    throw new IllegalArgumentException(literal);
  }

  private <E extends Enum<E>> E choice(Class<E> type, String expected, List<String> literals) {
    Token token = peek();
    if (!token.is(TokenKind.WORD)) {
      throw fail(token, "expected " + expected + ", found " + token.describe());
    }
    E value = enumValue(token, type, expected, literals);
    pos++;
    return value;
  }

  private String arrowRegister() {
    expect(TokenKind.ARROW, "'->' and a register (-> r1)");
    Token register = expectWord("a register (r0, r1, ...)");
    if (!REGISTER.matcher(register.value()).matches()) {
      throw fail(register, "expected a register (r0, r1, ...), found " + register.describe());
    }
    return register.value();
  }

  private RegionRef regionRef() {
    Token first = name("a region name");
    RegionRef ref = F.createRegionRef();
    if (peek().is(TokenKind.DOT)) {
      pos++;
      ref.setProcess(first.value());
      ref.setRegion(name("a region name after '" + first.value() + ".'").value());
    } else {
      ref.setRegion(first.value());
    }
    position(ref, first, previous());
    return ref;
  }

  /** An optional [N] or [N-M] after the region of munmap / mprotect: part of the region (issue 11). */
  private RegionRef pageRange(RegionRef ref) {
    if (!peek().is(TokenKind.LBRACKET)) {
      return ref;
    }
    pos++;
    Token pages = expectWord("a page or a range of pages (N or N-M)");
    var matcher = PAGES.matcher(pages.value());
    if (!matcher.matches()) {
      throw fail(pages, "expected a page or a range of pages (N or N-M), found " + pages.describe());
    }
    int first = Integer.parseInt(matcher.group(1));
    int last = matcher.group(2) == null ? first : Integer.parseInt(matcher.group(2));
    if (last < first) {
      throw fail(pages, "page range " + first + "-" + last + " runs backwards");
    }
    expect(TokenKind.RBRACKET, "']' after the pages");
    ref.setFirstPage(first);
    ref.setLastPage(last);
    return ref;
  }

  private SectorRange sectorRange() {
    Token token = expectWord("sectors (N or N-M, 0..7)");
    var matcher = SECTORS.matcher(token.value());
    if (!matcher.matches()) {
      throw fail(token, "expected sectors (N or N-M, 0..7), found " + token.describe());
    }
    SectorRange range = F.createSectorRange();
    range.setFirst(Integer.parseInt(matcher.group(1)));
    range.setLast(matcher.group(2) == null ? range.getFirst() : Integer.parseInt(matcher.group(2)));
    position(range, token, token);
    return range;
  }

  /** REGION[PAGE][.SECTORS] or P.REGION[PAGE][.SECTORS]. */
  private Address address(boolean processRequired) {
    Token first = expectWord(processRequired ? "an address (P.REGION[PAGE].SECTOR)" : "an address (REGION[PAGE].SECTOR)");
    Address address = F.createAddress();
    String region = first.value();
    if (peek().is(TokenKind.DOT)) {
      pos++;
      checkName(first, "a process name");
      address.setProcess(first.value());
      region = name("a region name after '" + first.value() + ".'").value();
    } else {
      checkName(first, "an address (REGION[PAGE].SECTOR)");
      if (processRequired) {
        throw fail(first, "an address in a condition needs its process: P." + first.value() + "[PAGE]");
      }
    }
    address.setRegion(region);
    if (!peek().is(TokenKind.LBRACKET)) {
      throw fail(peek(), "expected '[' and a page number after '" + region + "' (an address is "
          + (address.getProcess() == null ? "" : address.getProcess() + ".") + region + "[PAGE].SECTOR), found "
          + peek().describe());
    }
    pos++;
    address.setPage(number("a page number"));
    expect(TokenKind.RBRACKET, "']' after the page number");
    address.setFirstSector(0);
    address.setLastSector(7);
    if (peek().is(TokenKind.DOT) && peekAt(1).is(TokenKind.WORD) && peekAt(1).offset() == peek().end()) {
      pos++;
      Token sectors = expectWord("sectors");
      var matcher = SECTORS.matcher(sectors.value());
      if (!matcher.matches()) {
        throw fail(sectors, "expected a sector (0..7) or a range of sectors (N-M), found " + sectors.describe());
      }
      address.setFirstSector(Integer.parseInt(matcher.group(1)));
      address.setLastSector(matcher.group(2) == null ? address.getFirstSector() : Integer.parseInt(matcher.group(2)));
    }
    position(address, first, previous());
    return address;
  }

  // ---------------------------------------------------------------- conditions

  private Element condition(Token keyword, ConditionKind kind) {
    pos++;
    Condition condition = F.createCondition();
    condition.setKind(kind);
    if (atStatementEnd()) {
      throw fail(peek(), "expected a condition after '" + keyword.value() + "' (e.g. P.buf[0].0 == D)");
    }
    condition.setExpression(or(0));
    if (peek().is(TokenKind.STRING)) {
      condition.setLabel(peek().value());
      pos++;
    }
    if (!atStatementEnd()) {
      throw fail(peek(), "expected 'and', 'or', a label string or the end of the line, found " + peek().describe());
    }
    position(condition, keyword, previous());
    scenario.getConditions().add(condition);
    return condition;
  }

  private Expression or(int depth) {
    Token start = peek();
    Expression first = and(depth);
    if (!peek().isWord("or")) {
      return first;
    }
    Or or = F.createOr();
    addFlattened(or.getOperands(), first, Or.class);
    while (peek().isWord("or")) {
      pos++;
      addFlattened(or.getOperands(), and(depth), Or.class);
    }
    position(or, start, previous());
    return or;
  }

  private Expression and(int depth) {
    Token start = peek();
    Expression first = unary(depth);
    if (!peek().isWord("and")) {
      return first;
    }
    And and = F.createAnd();
    addFlattened(and.getOperands(), first, And.class);
    while (peek().isWord("and")) {
      pos++;
      addFlattened(and.getOperands(), unary(depth), And.class);
    }
    position(and, start, previous());
    return and;
  }

  /** (a or b) or c is a or b or c: keep n-ary operators flat, so the formatter's output reads back the same. */
  private static void addFlattened(List<Expression> operands, Expression operand, Class<? extends Expression> type) {
    if (type.isInstance(operand)) {
      operands.addAll(operand instanceof Or or ? List.copyOf(or.getOperands()) : List.copyOf(((And) operand).getOperands()));
    } else {
      operands.add(operand);
    }
  }

  private Expression unary(int depth) {
    Token token = peek();
    if (depth >= MAX_NESTING && (token.isWord("not") || token.is(TokenKind.LPAREN))) {
      throw fail(token, "condition nested too deeply (more than " + MAX_NESTING + " levels of parentheses and 'not')");
    }
    if (token.isWord("not")) {
      pos++;
      Not not = F.createNot();
      not.setOperand(unary(depth + 1));
      position(not, token, previous());
      return not;
    }
    if (token.is(TokenKind.LPAREN)) {
      pos++;
      Expression inner = or(depth + 1);
      if (!peek().is(TokenKind.RPAREN)) {
        throw fail(peek(), "expected ')' to close the '(' at column " + column(token) + ", found " + peek().describe());
      }
      pos++;
      return inner;
    }
    return comparison();
  }

  private Expression comparison() {
    Token start = peek();
    Target target = target();
    Token op = peek();
    Comparison comparison = F.createComparison();
    comparison.setTarget(target);
    if (op.is(TokenKind.EQ)) {
      comparison.setOperator(ComparisonOperator.EQUAL);
    } else if (op.is(TokenKind.NE)) {
      comparison.setOperator(ComparisonOperator.NOT_EQUAL);
    } else {
      throw fail(op, "expected '==' or '!=' after " + text.substring(start.offset(), previous().end()) + ", found "
          + op.describe() + (op.is(TokenKind.ASSIGN) ? " (comparisons use '==')" : ""));
    }
    pos++;
    Token symbol = peek();
    if (symbol.is(TokenKind.DOT) || symbol.is(TokenKind.BANG)) {
      comparison.setSymbol(symbol.value());
    } else if (symbol.is(TokenKind.WORD) && isSymbol(symbol.value())) {
      comparison.setSymbol(symbol.value());
    } else {
      throw fail(symbol, "expected a symbol (a letter, a digit, '.' for zero-filled or '!' for unmapped), found "
          + symbol.describe());
    }
    pos++;
    position(comparison, start, previous());
    return comparison;
  }

  /** P.REGION[PAGE].S (memory), P.THREAD.rN or KTHREAD.rN (register), FILE[PAGE].S (file). */
  private Target target() {
    Token first = peek();
    if (!first.is(TokenKind.WORD)) {
      throw fail(first, "expected an address (P.REGION[PAGE].SECTOR), a register (P.THREAD.rN) or a file sector"
          + " (FILE[PAGE].SECTOR), found " + first.describe());
    }
    if (peekAt(1).is(TokenKind.LBRACKET)) {
      pos++;
      checkName(first, "a file name");
      FileTarget fileTarget = F.createFileTarget();
      fileTarget.setFile(first.value());
      pos++;
      fileTarget.setPage(number("a page number"));
      expect(TokenKind.RBRACKET, "']' after the page number");
      fileTarget.setFirstSector(0);
      fileTarget.setLastSector(7);
      if (peek().is(TokenKind.DOT) && peekAt(1).is(TokenKind.WORD)) {
        pos++;
        Token sectors = expectWord("sectors");
        var matcher = SECTORS.matcher(sectors.value());
        if (!matcher.matches()) {
          throw fail(sectors, "expected a sector (0..7) or a range of sectors (N-M), found " + sectors.describe());
        }
        fileTarget.setFirstSector(Integer.parseInt(matcher.group(1)));
        fileTarget.setLastSector(matcher.group(2) == null ? fileTarget.getFirstSector() : Integer.parseInt(matcher.group(2)));
      }
      position(fileTarget, first, previous());
      return fileTarget;
    }
    boolean memory = peekAt(1).is(TokenKind.DOT) && peekAt(2).is(TokenKind.WORD) && peekAt(3).is(TokenKind.LBRACKET);
    if (memory) {
      MemoryTarget memoryTarget = F.createMemoryTarget();
      memoryTarget.setAddress(address(true));
      position(memoryTarget, first, previous());
      return memoryTarget;
    }
    // a register: P.THREAD.rN or KTHREAD.rN
    List<Token> parts = new ArrayList<>();
    parts.add(expectWord("a name"));
    while (peek().is(TokenKind.DOT) && parts.size() < 3) {
      pos++;
      parts.add(expectWord("a name after '.'"));
    }
    Token last = parts.get(parts.size() - 1);
    if (parts.size() < 2 || !REGISTER.matcher(last.value()).matches()) {
      throw fail(first, "expected an address (P.REGION[PAGE].SECTOR), a register (P.THREAD.rN) or a file sector"
          + " (FILE[PAGE].SECTOR), found '" + text.substring(first.offset(), previous().end()) + "'");
    }
    RegisterTarget register = F.createRegisterTarget();
    for (int i = 0; i < parts.size() - 1; i++) {
      checkName(parts.get(i), i == 0 && parts.size() == 3 ? "a process name" : "a thread name");
    }
    if (parts.size() == 3) {
      register.setProcess(parts.get(0).value());
    }
    register.setThread(parts.get(parts.size() - 2).value());
    register.setRegister(last.value());
    position(register, first, last);
    return register;
  }

  // ---------------------------------------------------------------- token helpers

  private Token peek() {
    return pos < statementEnd ? tokens.get(pos) : tokens.get(statementEnd);
  }

  private Token peekAt(int ahead) {
    int index = pos + ahead;
    return index < statementEnd ? tokens.get(index) : tokens.get(statementEnd);
  }

  private Token previous() {
    return tokens.get(pos - 1);
  }

  private boolean atStatementEnd() {
    return pos >= statementEnd;
  }

  private void endOfStatement() {
    if (!atStatementEnd()) {
      throw fail(peek(), "expected the end of the line, found " + peek().describe() + invalidCharacterHint(peek()));
    }
  }

  private Token expect(TokenKind kind, String what) {
    Token token = peek();
    if (!token.is(kind)) {
      throw fail(token, "expected " + what + ", found " + token.describe() + invalidCharacterHint(token));
    }
    pos++;
    return token;
  }

  private Token expectWord(String what) {
    return expect(TokenKind.WORD, what);
  }

  private Token name(String what) {
    Token token = expectWord(what);
    checkName(token, what);
    return token;
  }

  private void checkName(Token token, String what) {
    if (!IDENTIFIER.matcher(token.value()).matches()) {
      throw fail(token, "expected " + what + " (a letter or '_', then letters, digits, '_' or '-'), found "
          + token.describe());
    }
  }

  /** A name that may contain dots, written without spaces: linux-2.6.27, gup_fast.guard. */
  private String dottedName(String what) {
    Token first = peek();
    if (!first.is(TokenKind.WORD)) {
      throw fail(first, "expected " + what + ", found " + first.describe());
    }
    StringBuilder name = new StringBuilder();
    int end = first.offset();
    while ((peek().is(TokenKind.WORD) || peek().is(TokenKind.DOT)) && peek().offset() == end) {
      name.append(peek().value());
      end = peek().end();
      pos++;
    }
    if (name.charAt(name.length() - 1) == '.') {
      throw fail(previous(), "expected " + what + ", found a name ending in '.'");
    }
    return name.toString();
  }

  /** Symbols written together (fill=AB..CDEF): letters, digits and '.'. */
  private String symbols(String what) {
    Token first = peek();
    StringBuilder symbols = new StringBuilder();
    int end = first.offset();
    while ((peek().is(TokenKind.WORD) || peek().is(TokenKind.DOT)) && peek().offset() == end) {
      Token token = peek();
      for (int i = 0; i < token.value().length(); i++) {
        if (!isSymbol(token.value().substring(i, i + 1)) && token.value().charAt(i) != '.') {
          throw fail(token, "expected " + what + " (letters, digits or '.'), found '" + token.value().charAt(i) + "'");
        }
      }
      symbols.append(token.value());
      end = token.end();
      pos++;
    }
    if (symbols.isEmpty()) {
      throw fail(first, "expected " + what + " (letters, digits or '.'), found " + first.describe());
    }
    return symbols.toString();
  }

  private int number(String what) {
    Token token = peek();
    if (!token.is(TokenKind.WORD) || !token.value().chars().allMatch(Character::isDigit)) {
      throw fail(token, "expected " + what + ", found " + token.describe());
    }
    if (!NUMBER.matcher(token.value()).matches()) {
      throw fail(token, "number too large: " + token.describe());
    }
    pos++;
    return Integer.parseInt(token.value());
  }

  static boolean isSymbol(String value) {
    if (value.length() != 1) {
      return false;
    }
    char c = value.charAt(0);
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.';
  }

  private static String invalidCharacterHint(Token token) {
    if (!token.is(TokenKind.INVALID)) {
      return "";
    }
    int cp = token.value().codePointAt(0);
    return String.format(" (character U+%04X)", cp);
  }

  /** ", did you mean 'store'?" when a close candidate exists. */
  public static String suggestion(String word, List<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = Levenshtein.distance(word, candidate, 3);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    // One- and two-letter names (P, C, r1) are each close to all others: no suggestion there.
    return best != null && word.length() >= 3 && bestDistance <= (word.length() <= 4 ? 1 : 2) ? " (did you mean '" + best + "'?)" : "";
  }

  // ---------------------------------------------------------------- positions and errors

  private void position(Element element, Token first, Token last) {
    element.setOffset(first.offset());
    element.setLength(Math.max(0, last.end() - first.offset()));
    element.setLine(line(first));
    element.setColumn(column(first));
  }

  private int line(Token token) {
    return lines.line(token.offset());
  }

  private int column(Token token) {
    return lines.column(token.offset());
  }

  private StatementAbandoned fail(Token token, String message) {
    error(token, message);
    return new StatementAbandoned();
  }

  private void error(Token token, String message) {
    error(token.offset(), token.is(TokenKind.NEWLINE) || token.is(TokenKind.EOF) ? 0 : token.length(), message);
  }

  private void error(int offset, int length, String message) {
    errorCount++;
    diagnostics.add(new Diagnostic(Severity.ERROR, file, lines.line(offset), lines.column(offset), offset, length,
        message));
  }
}
