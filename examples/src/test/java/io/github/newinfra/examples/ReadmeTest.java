package io.github.newinfra.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.examples.cli.NewInfraCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README.md is the front door: short, and every command in it runs as written. Its command-line examples run here
 * (in this JVM, paths from the repository's root, files written with {@code --out} kept in a temporary directory),
 * and its Java quick start is the body of {@link QuickStart}, which the build compiles.
 */
class ReadmeTest {
  private static final Path ROOT = Path.of("..");
  private static final String CLI = "java -jar examples/target/newinfra.jar ";

  private static List<String> readme() throws IOException {
    return Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
  }

  @Test
  void theReadmeIsAtMostOneHundredAndFiftyLines() throws IOException {
    assertTrue(readme().size() <= 150, "README.md has " + readme().size() + " lines; the rest belongs in docs/");
  }

  @Test
  void everyCommandLineInTheReadmeRunsAsWritten(@TempDir Path dir) throws IOException {
    List<String> commands = new ArrayList<>();
    for (String line : readme()) {
      int at = line.indexOf(CLI);
      if (at >= 0 && !line.contains("`")) {
        commands.add(line.substring(at + CLI.length()).strip());
      }
    }
    assertFalse(commands.isEmpty(), "README.md shows no command");
    for (String command : commands) {
      List<String> args = new ArrayList<>();
      String[] words = command.split(" +");
      for (int i = 0; i < words.length; i++) {
        String w = words[i];
        if (i > 0 && words[i - 1].equals("--out")) {
          w = dir.resolve(Path.of(w).getFileName()).toString();
        } else if (w.startsWith("examples/")) {
          assertTrue(Files.exists(ROOT.resolve(w)), command + ": " + w + " does not exist");
          w = ROOT.resolve(w).toString();
        }
        args.add(w);
      }
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = NewInfraCli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
      assertEquals(0, code, () -> command + " failed: " + err);
    }
  }

  @Test
  void theJavaQuickStartIsTheQuickStartProgram() throws IOException {
    List<String> lines = readme();
    int start = lines.indexOf("```java");
    int end = lines.subList(start + 1, lines.size()).indexOf("```") + start + 1;
    List<String> block = lines.subList(start + 1, end).stream().map(String::strip).filter(l -> !l.isEmpty())
        .collect(Collectors.toList());
    List<String> program = Files.readAllLines(Path.of("src/main/java/io/github/newinfra/examples/QuickStart.java"),
        StandardCharsets.UTF_8).stream().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
    int from = 0;
    for (String line : block) {
      int found = program.subList(from, program.size()).indexOf(line);
      assertTrue(found >= 0, "the README's quick start line '" + line + "' is not in QuickStart.java (in order)");
      from += found + 1;
    }
  }
}
