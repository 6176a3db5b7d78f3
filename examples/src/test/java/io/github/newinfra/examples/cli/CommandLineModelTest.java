package io.github.newinfra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run builds the command-line model of the command it runs only, and of every command when it needs them. */
class CommandLineModelTest {
  private static final List<String> ALL =
      List.of("catalog", "indicators", "search", "targets", "evaluate", "template", "validate", "help");

  private static List<String> commands(String... args) {
    return List.copyOf(NewInfraCli.commandLine(args).getSubcommands().keySet());
  }

  @Test
  void aRunOfOneCommandBuildsThatCommandOnly() {
    for (String command : ALL.subList(0, 7)) {
      assertEquals(List.of(command), commands(command, "--format", "json"));
    }
    assertEquals(List.of("evaluate"), commands("evaluate", "--help"));
  }

  @Test
  void usageHelpAndMistypedCommandsSeeEveryCommandInOrder() {
    assertEquals(ALL, commands());
    assertEquals(ALL, commands("--help"));
    assertEquals(ALL, commands("help", "evaluate"));
    assertEquals(ALL, commands("evaluat"));
    assertEquals(ALL, commands("-V"));
  }

  @Test
  void theUsageHelpStillListsEveryCommand() {
    StringWriter out = new StringWriter();
    assertEquals(0, NewInfraCli.run(new String[] {"--help"}, new PrintWriter(out), new PrintWriter(new StringWriter())));
    for (String command : ALL) {
      assertTrue(out.toString().contains("  " + command + " "), command + " in\n" + out);
    }
  }

  @Test
  void aMistypedCommandIsStillSuggestedItsNeighbour() {
    StringWriter err = new StringWriter();
    assertEquals(NewInfraCli.USAGE, NewInfraCli.run(new String[] {"evaluat"}, new PrintWriter(new StringWriter()),
        new PrintWriter(err)));
    assertTrue(err.toString().contains("evaluate"), err.toString());
  }
}
