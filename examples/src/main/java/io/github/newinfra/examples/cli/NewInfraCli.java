package io.github.newinfra.examples.cli;

import io.github.newinfra.catalog.CatalogFormatException;
import io.github.newinfra.catalog.InvalidCatalogException;
import io.github.newinfra.catalog.Problem;
import io.github.newinfra.model.NewInfraException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newinfra} command-line tool: {@code catalog}, {@code targets}, {@code evaluate} and {@code validate}.
 *
 * <p>Exit codes: 0 success; 1 invalid input (a message on standard error says what and where); 2 usage error;
 * 3 internal error (a broken installation), reported in one line.
 * No command prints a stack trace.
 */
@Command(name = "newinfra", mixinStandardHelpOptions = true, version = "newinfra 0.1.0-SNAPSHOT",
    description = "Machine-readable Jiangsu new-infrastructure plans: browse the catalog, list targets, "
        + "evaluate progress, validate catalogs.",
    subcommands = {CatalogCommand.class, TargetsCommand.class, EvaluateCommand.class, ValidateCommand.class,
        CommandLine.HelpCommand.class})
public final class NewInfraCli implements Runnable {
  /** Exit code for invalid input. */
  static final int INVALID_INPUT = 1;
  /** Exit code for input too large for the heap. */
  static final int INPUT_TOO_LARGE = 4;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /**
   * Runs the tool.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
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
    CommandLine cli = new CommandLine(new NewInfraCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("newinfra: " + message(e));
      commandLine.getErr().flush();
      return e instanceof NewInfraException || e instanceof java.io.UncheckedIOException ? INVALID_INPUT : 3;
    });
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) {
      err.println("newinfra: input too large for the heap (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
          + " MiB); give the JVM more, e.g. java -Xmx4g -jar newinfra.jar …");
      code = INPUT_TOO_LARGE;
    } catch (RuntimeException | Error e) {
      // Not an input problem: a broken installation (e.g. missing catalog resources) or the JVM itself.
      err.println("newinfra: internal error: " + e);
      code = 3;
    }
    out.flush();
    err.flush();
    return code;
  }

  private static String message(Exception e) {
    if (e instanceof InvalidCatalogException || e instanceof CatalogFormatException || e instanceof NewInfraException) {
      return e.getMessage();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: catalog, targets, evaluate or validate");
  }

  /** Prints problems one per line. */
  static void print(List<Problem> problems, PrintWriter err) {
    for (Problem p : problems) {
      err.println("  " + p);
    }
  }
}
