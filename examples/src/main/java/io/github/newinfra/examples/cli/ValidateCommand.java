package io.github.newinfra.examples.cli;

import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.catalog.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newinfra validate FILE}: every problem of a catalog file. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Validate a catalog JSON file and list every problem with its JSON path.")
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the catalog JSON file")
  Path file;

  @Override
  public Integer call() {
    FileChecks.readable(file, io.github.newinfra.core.report.Label.FILE_CATALOG);
    List<Problem> problems = Catalog.check(file);
    String name = Messages.escape(file.toString());
    if (problems.isEmpty()) {
      spec.commandLine().getOut().println(name + ": valid");
      return 0;
    }
    var err = spec.commandLine().getErr();
    err.println(name + ": " + Messages.count(problems.size(), "problem"));
    NewInfraCli.print(problems, err);
    return NewInfraCli.INVALID_INPUT;
  }
}
