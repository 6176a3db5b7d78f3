package io.github.newinfra.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.newinfra.examples.cli.NewInfraCli;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: every report format and listing, for the default (the final evaluation of both documents on the
 * published statistics the tool ships, without returns), the published statistics (also with
 * {@code --show all}) and the final evaluation of the illustrative returns, in both languages, compared byte for
 * byte with the files under {@code src/test/golden}. A change of output shows here as a failing comparison; when
 * the change is intended, run the module's tests with {@code -Dgolden.update=true}, read the difference in
 * {@code git diff} and commit it with the change that made it (docs/testing.md).
 */
class GoldenOutputTest {

  private static final Path GOLDEN = Path.of("src/test/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<Arguments> runs() {
    List<Arguments> runs = new ArrayList<>();
    for (String lang : List.of("zh", "en")) {
      for (String format : List.of("text", "markdown", "html", "json", "xlsx")) {
        runs.add(Arguments.of("default-" + lang + "." + extension(format),
            List.of("evaluate", "--as-of", "2026-12-07", "--format", format, "--lang", lang)));
        runs.add(Arguments.of("published-" + lang + "." + extension(format),
            List.of("evaluate", "--observations", "@published", "--as-of", "2026-03-31", "--format", format,
                "--lang", lang)));
      }
    }
    for (String lang : List.of("zh", "en")) {
      for (String format : List.of("text", "markdown", "html", "xlsx")) {
        runs.add(Arguments.of("published-all-" + lang + "." + extension(format),
            List.of("evaluate", "--observations", "@published", "--as-of", "2026-03-31", "--show", "all",
                "--format", format, "--lang", lang)));
      }
      for (String format : List.of("text", "markdown", "html", "json", "xlsx")) {
        runs.add(Arguments.of("final-" + lang + "." + extension(format),
            List.of("evaluate", "--returns", "@returns/省工业和信息化厅.xlsx", "@returns/省公安厅.csv",
                "@returns/省教育厅.json", "--as-of", "2021-06-30", "--format", format, "--lang", lang)));
      }
    }
    for (String format : List.of("text", "json", "csv")) {
      runs.add(Arguments.of("targets." + format, List.of("targets", "--format", format)));
      runs.add(Arguments.of("indicators." + format, List.of("indicators", "--format", format)));
    }
    return runs.stream();
  }

  private static String extension(String format) {
    return switch (format) {
      case "markdown" -> "md";
      case "text" -> "txt";
      case "xlsx" -> "xlsx.tsv";
      default -> format;
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void theOutputIsTheGoldenFile(String name, List<String> arguments, @TempDir Path dir) throws IOException {
    List<String> args = new ArrayList<>();
    for (String a : arguments) {
      args.add(a.equals("@published") ? published().toString()
          : a.startsWith("@returns/") ? returns().resolve(a.substring("@returns/".length())).toString() : a);
    }
    Path workbook = dir.resolve("report.xlsx");
    if (args.contains("xlsx")) {
      args.add("--out");
      args.add(workbook.toString());
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = NewInfraCli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, () -> name + " failed: " + err);
    String actual = args.contains("xlsx") ? sheets(workbook) : out.toString();
    actual = actual.replace(published().toString(), "@published").replace(returns().toString(), "@returns")
        .replace(dir.toString(), "@dir");
    Path golden = GOLDEN.resolve(name);
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(golden)) {
      fail(golden + " does not exist: run the tests with -Dgolden.update=true to write it");
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
        () -> name + " differs from " + golden + " (if intended, rerun with -Dgolden.update=true)");
  }

  /** The workbook's sheets as text: each sheet's name, then its rows with cells separated by tabs. */
  private static String sheets(Path workbook) throws IOException {
    StringBuilder text = new StringBuilder();
    try (InputStream in = Files.newInputStream(workbook); ReadableWorkbook book = new ReadableWorkbook(in)) {
      for (Sheet sheet : (Iterable<Sheet>) book.getSheets()::iterator) {
        text.append("== ").append(sheet.getName()).append('\n');
        for (Row row : sheet.read()) {
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < row.getCellCount(); c++) {
            cells.add(row.getOptionalCell(c).map(cell -> cell.getType() + ":" + cell.getRawValue()).orElse(""));
          }
          text.append(String.join("\t", cells)).append('\n');
        }
      }
    }
    return text.toString();
  }

  /** The illustrative returns of three departments, {@code examples/returns}. */
  private static Path returns() {
    return published().getParent().resolveSibling("returns");
  }

  private static Path published() {
    Path p = Path.of("data/jiangsu-published.csv");
    if (Files.exists(p)) {
      return p.toAbsolutePath();
    }
    try {
      return Path.of(GoldenOutputTest.class.getResource("/").toURI()).resolve("../../data/jiangsu-published.csv")
          .normalize();
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }
}
