package io.github.newinfra.examples.cli;

import io.github.newinfra.catalog.Problem;
import io.github.newinfra.core.report.Label;
import io.github.newinfra.core.report.Labels;
import io.github.newinfra.model.NewInfraException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newinfra} command-line tool: {@code catalog}, {@code indicators}, {@code search}, {@code targets},
 * {@code evaluate} and {@code validate}. Every command takes {@code --help} ({@code -h}).
 *
 * <p>Exit codes:
 * <ul>
 *   <li>0: the command did its job. A report that was produced exits 0 even when observations were rejected;
 *       each rejected row is a warning on standard error, one line with its location and reason;
 *   <li>1: invalid input that prevents the result (a missing file, a catalog with problems, an unreadable
 *       observations file; with {@code evaluate --strict}, any rejected row); the message says what and where;
 *   <li>2: usage error (an unknown option, a bad option value, a missing argument);
 *   <li>3: internal error (a broken installation or a bug), reported in one line;
 *   <li>4: the input is too large for the Java heap; the message says the current maximum and how to raise it.
 * </ul>
 * No command prints a stack trace or a Java class name.
 */
@Command(name = "newinfra", mixinStandardHelpOptions = true, versionProvider = NewInfraCli.Version.class,
    description = "Machine-readable Jiangsu new-infrastructure plans: browse the catalog, find indicators, list "
        + "targets, evaluate progress, validate catalogs.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done (a report with rejected rows too: they are warnings on standard error)",
        "1:invalid input that prevents the result; evaluate --strict: any rejected row",
        "2:usage error",
        "3:internal error",
        "4:input too large for the Java heap (raise it with java -Xmx…)"})
public final class NewInfraCli implements Runnable {
  /** Exit code for invalid input. */
  static final int INVALID_INPUT = 1;
  /** Exit code for a usage error. */
  static final int USAGE = 2;
  /** Exit code for an internal error. */
  static final int INTERNAL = 3;
  /** Exit code for input too large for the heap. */
  static final int OUT_OF_MEMORY = 4;

  /**
   * The commands by name, in the order the usage help lists them. They are registered in code rather than in
   * {@code @Command(subcommands = …)} so that a run builds the command-line model (by reflection over the
   * annotations, a good part of a cold start) of the command it runs only.
   */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("catalog", CatalogCommand::new);
    commands.put("indicators", IndicatorsCommand::new);
    commands.put("search", SearchCommand::new);
    commands.put("targets", TargetsCommand::new);
    commands.put("evaluate", EvaluateCommand::new);
    commands.put("template", TemplateCommand::new);
    commands.put("validate", ValidateCommand::new);
    commands.put("help", CommandLine.HelpCommand::new);
    return commands;
  }

  /**
   * The command line of the tool for these arguments: with the named command only when the first argument names
   * one (other than {@code help}), as nothing then reaches the others; with every command otherwise, for the
   * usage help, {@code help COMMAND} and the suggestions for a mistyped command.
   *
   * @param args the command line
   * @return the tool's command line, not yet configured
   */
  static CommandLine commandLine(String[] args) {
    CommandLine cli = new CommandLine(new NewInfraCli());
    String first = args.length == 0 ? "" : args[0];
    boolean one = COMMANDS.containsKey(first) && !first.equals("help");
    for (Map.Entry<String, Supplier<Object>> command : COMMANDS.entrySet()) {
      if (!one || command.getKey().equals(first)) {
        cli.addSubcommand(command.getKey(), command.getValue().get());
      }
    }
    return cli;
  }

  /**
   * Runs the tool.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    Charset charset = outputCharset(Charset.defaultCharset());
    System.exit(run(args, new PrintWriter(new OutputStreamWriter(System.out, charset), true),
        new PrintWriter(new OutputStreamWriter(System.err, charset), true)));
  }

  /**
   * The charset the tool writes in: the platform's, so that a console set to GBK (Chinese Windows) shows the
   * reports' Chinese, unless the platform's charset cannot write Chinese at all (e.g. ASCII under {@code LANG=C}),
   * in which case UTF-8 rather than a line of question marks.
   *
   * @param platform the platform's default charset
   * @return the charset to write standard output and standard error in
   */
  static Charset outputCharset(Charset platform) {
    return platform.newEncoder().canEncode("规划目标") ? platform : StandardCharsets.UTF_8;
  }

  /**
   * Runs the tool with the given output streams, for embedding and tests.
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    int code;
    try {
      CommandLine cli = commandLine(args);
      cli.setOut(out);
      cli.setErr(err);
      cli.setCaseInsensitiveEnumValuesAllowed(true);
      cli.setParameterExceptionHandler(NewInfraCli::usageError);
      cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> fail(e, commandLine.getErr()));
      for (CommandLine sub : cli.getSubcommands().values()) {
        sub.getCommandSpec().version(cli.getCommandSpec().version());
      }
      code = cli.execute(args);
    } catch (RuntimeException | Error e) {
      // Thrown outside a command (the JVM itself, e.g. out of memory, or a broken installation).
      code = fail(e, err);
    }
    out.flush();
    err.flush();
    return code;
  }

  /**
   * The language the tool speaks in on standard error, as {@code --lang} asks: English for {@code --lang en}, Chinese
   * otherwise (the default), so that even a command line that cannot be parsed is answered in the chosen language.
   */
  static Locale language(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equalsIgnoreCase("--lang=en") || args[i].equals("--lang") && i + 1 < args.length
          && args[i + 1].equalsIgnoreCase("en")) {
        return Locale.ENGLISH;
      }
    }
    return Locale.SIMPLIFIED_CHINESE;
  }

  /** picocli's message for a value not among an enum's constants. */
  private static final java.util.regex.Pattern ONE_OF = java.util.regex.Pattern.compile(
      "expected one of (\\[[^\\]]*\\]) \\(case-insensitive\\) but was '(.*)'$");

  /** picocli's message for an option given without its value. */
  private static final java.util.regex.Pattern MISSING = java.util.regex.Pattern.compile(
      "^Missing required parameter for option '([^']+)'");

  /** A usage error worded in Chinese where the tool knows its parts; the message as given otherwise. */
  private static String chinese(CommandLine.ParameterException e, String message, Labels l) {
    String option = e.getArgSpec() instanceof CommandLine.Model.OptionSpec
        ? ((CommandLine.Model.OptionSpec) e.getArgSpec()).longestName() : null;
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof Converters.BadValue && option != null) {
        Converters.BadValue bad = (Converters.BadValue) c;
        return l.format(Label.USAGE_INVALID_VALUE, option, l.format(bad.label, bad.args));
      }
    }
    java.util.regex.Matcher m = ONE_OF.matcher(message);
    if (option != null && m.find()) {
      return l.format(Label.USAGE_ONE_OF, option, m.group(1), m.group(2));
    }
    if (e instanceof CommandLine.UnmatchedArgumentException) {
      return l.format(Label.USAGE_UNKNOWN_OPTION, String.join(l.listSeparator(),
          ((CommandLine.UnmatchedArgumentException) e).getUnmatched()));
    }
    java.util.regex.Matcher missing = MISSING.matcher(message);
    if (missing.find()) {
      return l.format(Label.USAGE_MISSING_VALUE, missing.group(1));
    }
    return message;
  }

  /** Prints a usage error: the message and where to find help, not the whole usage text. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    String message = Messages.of(e);
    if (e instanceof CommandLine.UnmatchedArgumentException && cmd.getParent() == null
        && !((CommandLine.UnmatchedArgumentException) e).getUnmatched().isEmpty()
        && !((CommandLine.UnmatchedArgumentException) e).getUnmatched().get(0).startsWith("-")) {
      message = "unknown command '" + ((CommandLine.UnmatchedArgumentException) e).getUnmatched().get(0)
          + "': the commands are catalog, indicators, search, targets, evaluate, template, validate and help";
    }
    // evaluate and template speak the language of --lang, Chinese by default; the other commands English
    String command = cmd.getCommandSpec().name();
    Labels l = Labels.of("evaluate".equals(command) || "template".equals(command) ? language(args) : Locale.ENGLISH);
    String name = cmd.getCommandSpec().qualifiedName(" ");
    if (l.chinese()) {
      err.println("newinfra: " + Messages.escape(chinese(e, message, l)));
      if (e instanceof CommandLine.UnmatchedArgumentException
          && !((CommandLine.UnmatchedArgumentException) e).getSuggestions().isEmpty()) {
        err.println(l.format(Label.USAGE_SUGGESTIONS, String.join(l.listSeparator(),
            ((CommandLine.UnmatchedArgumentException) e).getSuggestions())));
      }
    } else {
      err.println("newinfra: " + Messages.escape(message));
      CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    }
    err.println(l.format(Label.CLI_HELP, name));
    err.flush();
    return USAGE;
  }

  /**
   * Reports a failure on standard error in one line (problem lists one per line) and returns its exit code.
   *
   * @param e what went wrong
   * @param err standard error
   * @return 1 for invalid input, 4 for input too large for the heap, 3 for anything else
   */
  static int fail(Throwable e, PrintWriter err) {
    int code;
    String message;
    if (e instanceof OutOfMemoryError) {
      code = OUT_OF_MEMORY;
      message = outOfMemory(Runtime.getRuntime().maxMemory());
    } else if (e instanceof InputError || e instanceof NewInfraException || e instanceof UncheckedIOException) {
      code = INVALID_INPUT;
      message = Messages.of(e);
    } else {
      code = INTERNAL;
      message = "internal error (a broken installation or a bug; please report it with the command line): "
          + Messages.of(e);
    }
    // One line per line of the message, each with its control characters escaped.
    String[] lines = message.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      err.println((i == 0 ? "newinfra: " : "") + Messages.escape(lines[i]));
    }
    err.flush();
    return code;
  }

  /**
   * The message for a heap too small for the input.
   *
   * @param maxHeapBytes the current maximum heap, {@link Runtime#maxMemory()}
   * @return what happened, the current maximum and how to raise it
   */
  static String outOfMemory(long maxHeapBytes) {
    long mb = Math.max(1, maxHeapBytes / (1024 * 1024));
    long suggestedGb = Math.max(1, (2 * mb + 1023) / 1024);
    return String.format(Locale.ROOT, "input too large for the heap (-Xmx%dm): the Java heap may grow to %d MB and "
        + "the input needs more. Raise it, e.g. java -Xmx%dg -jar newinfra.jar …, or split the input", mb, mb,
        suggestedGb);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing command: catalog, indicators, search, targets, evaluate, template or validate");
  }

  /** Prints problems one per line, in the user's terms. */
  static void print(List<Problem> problems, PrintWriter err) {
    for (Problem p : problems) {
      err.println("  " + Messages.escape(Messages.clean(p.toString())));
    }
  }

  /** What {@code --version} prints: the version the tool was built as (version.properties, filled in by the build). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws java.io.IOException {
      java.util.Properties p = new java.util.Properties();
      try (java.io.InputStream in = NewInfraCli.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"newinfra " + p.getProperty("version", "(version unknown)")};
    }
  }
}
