package io.github.newinfra.examples;

import io.github.newinfra.examples.cli.NewInfraCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One run of the {@code newinfra} command line in this JVM: its exit code and what it wrote. */
final class CliRun {
  final int code;
  final String out;
  final String err;

  private CliRun(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  /** Runs the command line with these arguments, capturing standard output and standard error. */
  static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = NewInfraCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(code, out.toString(), err.toString());
  }

  /** The path of a test resource under {@code /cli}, e.g. the hand-made catalog {@code plan.json}. */
  static String resource(String name) {
    try {
      return Path.of(CliRun.class.getResource("/cli/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  /** The path of the published Jiangsu figures, {@code examples/data/jiangsu-published.csv}. */
  static String published() {
    Path p = Path.of("data/jiangsu-published.csv");
    if (!Files.exists(p)) {
      try {
        p = Path.of(CliRun.class.getResource("/").toURI()).resolve("../../data/jiangsu-published.csv");
      } catch (URISyntaxException e) {
        throw new AssertionError(e);
      }
    }
    return p.toString();
  }
}
