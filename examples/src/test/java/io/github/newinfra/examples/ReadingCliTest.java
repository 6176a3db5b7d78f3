package io.github.newinfra.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.examples.cli.NewInfraCli;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI on files in other encodings and on input too large for the heap. */
class ReadingCliTest {
  private static final String HEADER = "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS,COMMENT\n";

  private static String plan() {
    try {
      return Path.of(ReadingCliTest.class.getResource("/cli/plan.json").toURI()).toString();
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  private static int run(StringWriter out, StringWriter err, String... args) {
    return NewInfraCli.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void encodingNamesTheCharsetOfTheObservationsFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("gb.csv");
    Files.write(file, (HEADER + "new_stations,320100,2021,60,座,,A,南京\n").getBytes(Charset.forName("GB18030")));
    StringWriter err = new StringWriter();
    int code = run(new StringWriter(), err, "evaluate", "--catalog", plan(), "--observations", file.toString(),
        "--as-of", "2023-01-01", "--format", "json");
    assertEquals(1, code, err.toString());
    assertTrue(err.toString().contains("line 2") && err.toString().contains("--encoding GB18030"), err.toString());
    StringWriter err2 = new StringWriter();
    int code2 = run(new StringWriter(), err2, "evaluate", "--catalog", plan(), "--observations", file.toString(),
        "--as-of", "2023-01-01", "--format", "json", "--encoding", "GB18030");
    assertEquals(0, code2, err2.toString());
  }

  @Test
  void inputTooLargeForTheHeapExitsFourWithAClearMessage(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.csv");
    // Rejected rows cost bounded memory whatever their number; accepted rows are kept, each with its SOURCE.
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER.replace("COMMENT\n", "COMMENT,SOURCE\n"));
      String pad = "x".repeat(250);
      for (int i = 0; i < 120_000; i++) {
        w.write("new_stations,320100,2021-01-01," + i + ",,,A,," + i + pad + "\n");
      }
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-Xmx48m", "-XX:-UsePerfData", "-cp",
        System.getProperty("java.class.path"), NewInfraCli.class.getName(), "evaluate", "--catalog", plan(),
        "--observations", file.toString(), "--as-of", "2023-01-01", "--format", "json", "--out",
        dir.resolve("r.json").toString())).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(4, p.exitValue(), err);
    assertTrue(err.startsWith("newinfra: input too large for the heap (") && err.contains("-Xmx"), err);
    assertEquals(1, err.lines().count(), err);
  }
}
