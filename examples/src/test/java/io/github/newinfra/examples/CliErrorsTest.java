package io.github.newinfra.examples;

import static io.github.newinfra.examples.CliRun.run;
import static io.github.newinfra.examples.CliRun.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.examples.cli.NewInfraCli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every error the CLI reports is in the user's terms: what is wrong and where, never a Java class name, a package
 * or an inner-class {@code $}; and every command explains itself with {@code --help} and {@code -h}.
 */
class CliErrorsTest {
  /** No Java internals; {@code $} only as the root of a JSON path ({@code $.targets[0]}, {@code $[3]}). */
  private static void assertInUserTerms(String message) {
    for (String internal : List.of("Exception", "java.", "sun.", "com.fasterxml", "io.github.newinfra.", "`",
        "\tat ", "null")) {
      assertFalse(message.contains(internal), "'" + internal + "' in: " + message);
    }
    assertFalse(message.replace("$.", "").replace("$[", "").contains("$"), "'$' in: " + message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-13-01", "2023-02-30", "2023-1-1", "31/12/2023", "tomorrow"})
  void anInvalidDateSaysSoAndTheExpectedForm(String date) {
    CliRun r = run("evaluate", "--observations", resource("observations.csv"), "--as-of", date);
    assertEquals(2, r.code, r.err);
    assertTrue(r.err.contains("'" + date + "'") && r.err.contains("--as-of"), r.err);
    assertTrue(r.err.contains("YYYY-MM-DD"), r.err);
    assertInUserTerms(r.err);
  }

  @Test
  void anImpossibleDateSaysWhy() {
    assertTrue(run("evaluate", "--as-of", "2023-13-01", "--lang", "en").err.contains("no month 13"));
    assertTrue(run("evaluate", "--as-of", "2023-02-29", "--lang", "en").err.contains("day 29 does not exist in 2023-02"));
    // in Chinese, the default
    assertEquals("newinfra: 选项 --as-of 的值无效：'2023-13-01'不是有效日期（没有13月）：应为 YYYY-MM-DD，如 2023-12-31\n"
        + "运行“newinfra evaluate --help”查看选项。\n", run("evaluate", "--as-of", "2023-13-01").err);
    assertTrue(run("evaluate", "--as-of", "2023-02-29").err.contains("（2023-02没有29日）"));
  }

  @Test
  void evaluatesUsageErrorsFollowLangAndOtherCommandsSpeakEnglish() {
    assertTrue(run("evaluate", "--format", "foo").err.startsWith("newinfra: 选项 --format 的值无效：应为 [text, markdown, "
        + "json, html, xlsx] 之一（不区分大小写），实为'foo'\n"));
    assertTrue(run("evaluate", "--fromat=html").err.startsWith("newinfra: 未知选项：--fromat=html\n"));
    assertTrue(run("evaluate", "--as-of").err.startsWith("newinfra: 选项 --as-of 缺少值\n"));
    assertTrue(run("evaluate", "--encoding", "XYZ").err.contains("未知编码'XYZ'"));
    assertTrue(run("evaluate", "--format", "foo", "--lang", "en").err.startsWith("newinfra: Invalid value for option "
        + "'--format': expected one of"));
    CliRun targets = run("targets", "--due", "20x5");
    assertTrue(targets.err.contains("'20x5' is not a year") && targets.err.contains("Run 'newinfra targets --help'"),
        targets.err);
  }

  @Test
  void aMissingObservationsFileIsNamed() {
    CliRun zh = run("evaluate", "--observations", "/no/such/folder/data.csv");
    assertEquals(1, zh.code, zh.err);
    assertEquals("newinfra: 找不到观测数据文件：/no/such/folder/data.csv（文件夹/no/such/folder不存在）\n", zh.err);
    CliRun r = run("evaluate", "--observations", "/no/such/folder/data.csv", "--lang", "en");
    assertEquals(1, r.code, r.err);
    assertTrue(r.err.contains("observations file not found: /no/such/folder/data.csv"), r.err);
    assertTrue(r.err.contains("the folder /no/such/folder does not exist"), r.err);
    assertInUserTerms(r.err);
  }

  @Test
  void aMissingCatalogFileIsNamed(@TempDir Path dir) {
    String missing = dir.resolve("plan.json").toString();
    for (String[] args : List.of(new String[] {"validate", missing}, new String[] {"targets", "--catalog", missing},
        new String[] {"evaluate", "--catalog", missing, "--observations", resource("observations.csv"), "--lang",
            "en"})) {
      CliRun r = run(args);
      assertEquals(1, r.code, r.err);
      assertEquals("newinfra: catalog file not found: " + missing + "\n", r.err);
    }
  }

  @Test
  void anEmptyOrImpossibleFileNameIsSaidSo() {
    CliRun empty = run("evaluate", "--observations", "", "--lang", "en");
    assertEquals(1, empty.code, empty.err);
    assertEquals("newinfra: observations file not named: the file name is empty\n", empty.err);
    assertEquals("newinfra: 未指定观测数据文件：文件名为空\n", run("evaluate", "--observations", "").err);
    CliRun nul = run("evaluate", "--observations", "a\u0000b.csv");
    assertEquals(2, nul.code, nul.err);
    assertTrue(nul.err.contains("'a\\u0000b.csv' is not a valid file name"), nul.err);
    assertInUserTerms(nul.err);
  }

  @Test
  void aFolderIsNotAFile(@TempDir Path dir) {
    CliRun r = run("evaluate", "--observations", dir.toString(), "--lang", "en");
    assertEquals(1, r.code, r.err);
    assertTrue(r.err.contains(dir + " is a folder, not a file"), r.err);
    assertTrue(run("evaluate", "--observations", dir.toString()).err.contains(dir + "是文件夹，不是文件"));
    assertInUserTerms(r.err);
  }

  @Test
  void aReportIntoAMissingFolderSaysTheFolderDoesNotExist(@TempDir Path dir) {
    Path out = dir.resolve("nonexistent").resolve("x");
    CliRun r = run("evaluate", "--catalog", resource("plan.json"), "--observations", resource("observations.csv"),
        "--as-of", "2023-01-01", "--out", out.toString(), "--lang", "en");
    assertEquals(1, r.code, r.err);
    assertTrue(r.err.contains("cannot write the report to " + out), r.err);
    assertTrue(r.err.contains("the folder " + out.getParent() + " does not exist"), r.err);
    assertFalse(r.err.contains("rejected"), "fails before evaluating: " + r.err);
    assertInUserTerms(r.err);
  }

  @Test
  void aReportOntoAFolderIsRefused(@TempDir Path dir) {
    CliRun r = run("evaluate", "--out", dir.toString(), "--lang", "en");
    assertEquals(1, r.code, r.err);
    assertTrue(r.err.contains("it is a folder"), r.err);
    assertTrue(run("evaluate", "--out", dir.toString()).err.contains("这是文件夹，请指定其中的文件"));
    assertInUserTerms(r.err);
  }

  @Test
  void aCatalogValueOutsideItsListNamesTheValueAndTheChoices(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, Files.readString(Path.of(resource("plan.json"))).replaceFirst("\"AT_LEAST\"", "\"ATLEAST\""));
    CliRun r = run("validate", file.toString());
    assertEquals(1, r.code, r.err);
    assertTrue(r.err.contains("comparator: [MALFORMED] expected one of AT_LEAST, GREATER_THAN")
        && r.err.contains("found \"ATLEAST\""), r.err);
    assertTrue(r.err.contains("$.targets["), "located by JSON path: " + r.err);
    assertInUserTerms(r.err);
    CliRun load = run("targets", "--catalog", file.toString());
    assertEquals(1, load.code, load.err);
    assertTrue(load.err.contains("expected one of AT_LEAST") && load.err.contains("found \"ATLEAST\""), load.err);
    assertInUserTerms(load.err);
  }

  @Test
  void aTruncatedCatalogSaysWhereItEnds(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("cut.json");
    Files.writeString(file, Files.readString(Path.of(resource("plan.json"))).substring(0, 300));
    for (String[] args : List.of(new String[] {"validate", file.toString()},
        new String[] {"catalog", "--catalog", file.toString()})) {
      CliRun r = run(args);
      assertEquals(1, r.code, r.err);
      assertTrue(r.err.contains(file.toString()) && r.err.contains("line "), r.err);
      assertInUserTerms(r.err);
    }
  }

  @Test
  void aTruncatedObservationsFileSaysWhereItEnds(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("cut.json");
    Files.writeString(file, "[{\"indicator\": \"rsu_km\", \"region\": ");
    CliRun r = run("evaluate", "--catalog", resource("plan.json"), "--observations", file.toString());
    assertEquals(1, r.code, r.err);
    assertTrue(r.err.contains(file.toString()) && r.err.contains("line 1"), r.err);
    assertInUserTerms(r.err);
  }

  @Test
  void aBareMInACatalogNamesBothReadings(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("m.json");
    Files.writeString(file, Files.readString(Path.of(resource("plan.json"))).replace("\"2000公里\"", "\"2000M\""));
    CliRun r = run("validate", file.toString());
    assertEquals(1, r.code, r.err);
    assertTrue(r.err.contains("'M' is ambiguous") && r.err.contains("metre")
        && r.err.contains("megabits per second"), r.err);
    assertInUserTerms(r.err);
  }

  @Test
  void anUnknownUnitListsTheKnownSymbolsCleanly(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("jin.json");
    Files.writeString(file, Files.readString(Path.of(resource("plan.json"))).replace("\"2000公里\"", "\"2000斤\""));
    CliRun r = run("validate", file.toString());
    assertEquals(1, r.code, r.err);
    assertTrue(r.err.contains("个, 座, 家"), r.err);
    assertFalse(r.err.contains("[, ") || r.err.contains("([,"), r.err);
    assertInUserTerms(r.err);
  }

  @Test
  void theMetreCodeInAnObservationsFileIsTheMetre(@TempDir Path dir) throws IOException {
    // 1 400 000 M = 1400 km: the same value as the hand-made file's 0.14 x 10^4 KM.
    Path file = dir.resolve("metres.csv");
    Files.writeString(file, "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE\nrsu_km,320000,2022,1400000,M\n");
    CliRun r = run("evaluate", "--catalog", resource("plan.json"), "--observations", file.toString(),
        "--as-of", "2023-01-01", "--format", "json");
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("\"value\" : 1400.0") || r.out.contains("\"value\":1400.0"), r.out);
  }

  @Test
  void theMetreCodeForADataRateNamesBothReadings(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bandwidth.csv");
    Files.writeString(file, "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE\n"
        + "school_broadband_bandwidth,320000,2022,1000,M\n"
        + "school_broadband_bandwidth,320000,2023,1000,MBPS\n");
    CliRun r = run("evaluate", "--observations", file.toString(), "--as-of", "2023-12-31", "--lang", "en");
    assertEquals(0, r.code, r.err);
    String[] lines = r.err.split("\n");
    assertEquals(2, lines.length, "one rejected row: " + r.err);
    // in Chinese, the default, the same hint
    CliRun zh = run("evaluate", "--observations", file.toString(), "--as-of", "2023-12-31");
    assertTrue(zh.err.contains("第2行：单位量纲不符（UNIT_OF_ANOTHER_DIMENSION）") && zh.err.contains("M 表示米"), zh.err);
    assertTrue(lines[1].startsWith("  line 2: UNIT_OF_ANOTHER_DIMENSION") && lines[1].contains("metre")
        && lines[1].contains("megabits per second write MBPS"), r.err);
    assertInUserTerms(r.err);
  }

  @Test
  void usageErrorsSayWhatAndPointToHelp() {
    CliRun unknown = run("evaluat");
    assertEquals(2, unknown.code);
    assertTrue(unknown.err.contains("unknown command 'evaluat'") && unknown.err.contains("evaluate"), unknown.err);
    CliRun year = run("targets", "--due", "next");
    assertEquals(2, year.code);
    assertTrue(year.err.contains("'next' is not a year"), year.err);
    assertTrue(year.err.contains("newinfra targets --help"), year.err);
    CliRun blank = run("search", " ");
    assertEquals(2, blank.code);
    assertTrue(blank.err.contains("search needs a text"), blank.err);
    for (CliRun r : List.of(unknown, year, blank)) {
      assertInUserTerms(r.err);
      assertFalse(r.err.contains("Usage:"), "the message, not the whole usage text: " + r.err);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"catalog", "indicators", "search", "targets", "evaluate", "validate"})
  void everyCommandExplainsItselfWithHelpAndH(String command) {
    for (String flag : List.of("--help", "-h")) {
      CliRun r = run(command, flag);
      assertEquals(0, r.code, command + " " + flag + ": " + r.err);
      assertTrue(r.out.startsWith("Usage: newinfra " + command), r.out);
      assertEquals("", r.err);
    }
    assertEquals(run("help", command).out, run(command, "--help").out);
  }

  @Test
  void everyCommandTellsTheVersion() {
    CliRun r = run("evaluate", "--version");
    assertEquals(0, r.code);
    assertTrue(r.out.startsWith("newinfra "), r.out);
  }

  @Test
  void inputTooLargeForTheHeapExitsFourAndSaysHowToRaiseIt(@TempDir Path dir) throws Exception {
    // 100 000 rows do not fit a 12 MB heap next to the built-in catalog.
    Path big = dir.resolve("big.csv");
    StringBuilder csv = new StringBuilder("INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE\n");
    for (int i = 0; i < 100_000; i++) {
      csv.append("rsu_road_length,3201").append(String.format("%02d", i % 13 + 1)).append(',')
          .append(1000 + i / 4000).append('-').append(String.format("%02d-%02d", i / 300 % 12 + 1, i % 28 + 1))
          .append(',').append(i).append('\n');
    }
    Files.writeString(big, csv);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-Xmx12m", "-cp", System.getProperty("java.class.path"),
        NewInfraCli.class.getName(), "evaluate", "--observations", big.toString(), "--as-of", "2023-12-31")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(dir.resolve("err.txt").toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
    String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
    assertEquals(4, p.exitValue(), err);
    assertTrue(err.startsWith("newinfra: input too large for the heap (-Xmx12m)"), err);
    assertTrue(err.contains("java -Xmx1g -jar newinfra.jar"), err);
    assertEquals(1, err.strip().split("\n").length, "one line: " + err);
    assertInUserTerms(err);
  }
}
