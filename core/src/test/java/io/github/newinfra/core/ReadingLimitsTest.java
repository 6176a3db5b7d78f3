package io.github.newinfra.core;

import static io.github.newinfra.core.Fixture.NEW_FIRMS;
import static io.github.newinfra.core.Fixture.SHARE;
import static io.github.newinfra.core.Fixture.STATIONS;
import static io.github.newinfra.core.Fixture.baseline;
import static io.github.newinfra.core.Fixture.catalog;
import static io.github.newinfra.core.Fixture.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.json.ModelJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers on hostile input: linear, bounded per row, strict about encodings, escaped in every message. */
class ReadingLimitsTest {
  private static final Target T = target("stations", STATIONS, Comparator.AT_LEAST).value(Quantity.parse("200座"))
      .baseline(baseline("100座", 2020)).build();
  private static final Evaluator EVALUATOR = Evaluator.of(catalog(T, target("firms", NEW_FIRMS, Comparator.AT_LEAST)
      .value(Quantity.parse("10家")).build(), target("share", SHARE, Comparator.AT_LEAST)
      .value(Quantity.parse("50%")).build())).asOf(LocalDate.of(2024, 1, 1));
  private static final String HEADER = "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS,COMMENT\n";
  private static final Charset GB18030 = Charset.forName("GB18030");

  private static EvaluationReport csv(String body) {
    return EVALUATOR.evaluate(ObservationSource.csv(new StringReader(HEADER + body), "t.csv"));
  }

  private static EvaluationReport csv(String body, int maxRecord) {
    return EVALUATOR.evaluate(ObservationSource.csv(new StringReader(HEADER + body), "t.csv",
        ReadOptions.defaults().withMaxRecordLength(maxRecord)));
  }

  private static EvaluationReport json(String text) {
    return EVALUATOR.evaluate(ObservationSource.json(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.json"));
  }

  private static Map<String, RejectionReason> reasons(EvaluationReport r) {
    return r.rejected().stream().collect(Collectors.toMap(Rejection::location, Rejection::reason));
  }

  /** Distinct daily rows, all valid. */
  private static String rows(int n, LocalDate from) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("stations,320000,").append(from.plusDays(i)).append(',').append(100 + i % 50).append(",,,,\n");
    }
    return b.toString();
  }

  private static void assertAccounted(EvaluationReport r) {
    assertEquals(r.inputObservations(), r.acceptedObservations() + r.rejected().size());
  }

  /** Well-formed UTF-16 on one line: encodes strictly and has no control character. */
  private static void assertPrintable(String s) throws Exception {
    StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).encode(java.nio.CharBuffer.wrap(s));
    assertTrue(s.chars().noneMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F)), s);
  }

  @Test
  void anUnterminatedQuoteRejectsItsLineOnlyAndReadingStaysLinear() {
    int n = 40_000;
    EvaluationReport r = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> csv("stations,320000,\"2023,1,,,,\n" + rows(n, LocalDate.of(1950, 1, 1))));
    assertEquals(Map.of("line 2", RejectionReason.MALFORMED_ROW), reasons(r));
    assertTrue(r.rejected().get(0).message().contains("unterminated quoted field"), r.rejected().get(0).message());
    assertEquals(n, r.acceptedObservations());
    assertEquals(n + 1, r.inputObservations());
  }

  @Test
  void linesThatKeepAQuoteOpenEitherWayCostLinearTime() {
    // `a","b` leaves a quote open whether it starts inside a quoted field or not: each line is rejected alone.
    int n = 50_000;
    String body = "a\",\"b\n".repeat(n);
    EvaluationReport r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> csv(body, 1000));
    assertEquals(n, r.inputObservations());
    assertEquals(n, r.rejectedObservations());
    assertEquals(Map.of(RejectionReason.MALFORMED_ROW, (long) n), r.rejectedByReason());
    // The first 10,000 are listed in full, the others counted.
    int listed = EvaluationOptions.DEFAULT_MAX_REJECTIONS_LISTED;
    assertEquals(listed, r.rejected().size());
    assertTrue(r.rejected().stream().allMatch(x -> x.reason() == RejectionReason.MALFORMED_ROW));
    assertEquals("line " + (listed + 1), r.rejected().get(listed - 1).location());
  }

  @Test
  void aQuotedFieldMaySpanLinesWithinTheLimit() {
    EvaluationReport r = csv("stations,320000,2023,170,,,,\"two\nlines\"\nstations,320000,2022,160,,,,\n");
    assertEquals(List.of(), r.rejected());
    assertEquals(2, r.acceptedObservations());
    EvaluationReport limited = csv("stations,320000,2023,170,,,,\"two\nlines\"\nstations,320000,2022,160,,,,\n", 35);
    // Over 35 characters the quote counts as unterminated: line 2 is rejected, lines 3 and 4 are read one by one.
    assertEquals(Map.of("line 2", RejectionReason.MALFORMED_ROW, "line 3", RejectionReason.MALFORMED_ROW),
        reasons(limited), limited.rejected().toString());
    assertEquals(1, limited.acceptedObservations());
    assertAccounted(limited);
  }

  @Test
  void aRecordOverTheMaximumLengthIsRejectedWithAnExcerptAndReadingGoesOn() {
    String huge = "stations,320000,2023,170,,,," + "x".repeat(3 << 20);
    EvaluationReport r = csv(huge + "\nstations,320000,2022,160,,,,\n");
    assertEquals(Map.of("line 2", RejectionReason.MALFORMED_ROW), reasons(r));
    Rejection x = r.rejected().get(0);
    assertTrue(x.message().contains("longer than 1048576 characters"), x.message());
    assertTrue(x.input().length() <= 240 && x.input().startsWith("stations,320000,2023,170")
        && x.input().endsWith(" more characters)"), x.input());
    assertEquals(1, r.acceptedObservations());
    EvaluationReport small = csv("stations,320000,2023,170,,,," + "y".repeat(100) + "\n", 64);
    assertEquals(Map.of("line 2", RejectionReason.MALFORMED_ROW), reasons(small));
  }

  @Test
  void rejectedRowsKeepABoundedExcerptAndMessage() {
    String longIndicator = "i".repeat(100_000);
    EvaluationReport r = csv(longIndicator + ",320000,2023,170,,,,\n" + "z".repeat(10_000) + "\n");
    assertEquals(Map.of("line 2", RejectionReason.UNKNOWN_INDICATOR, "line 3", RejectionReason.MALFORMED_ROW),
        reasons(r));
    for (Rejection x : r.rejected()) {
      assertTrue(x.input().length() <= 240, x.input());
      assertTrue(x.message().length() <= 700, x.message());
    }
    Rejection unknown = r.rejected().get(0);
    assertTrue(unknown.message().startsWith("unknown indicator 'iii") && unknown.message().endsWith("iii'")
        && unknown.message().contains("characters left out"), unknown.message());
    assertTrue(unknown.input().endsWith("…(" + (longIndicator.length() + 20 - 200) + " more characters)"),
        unknown.input());
  }

  @Test
  void jsonHasNoWholeDocumentCap() throws Exception {
    // 65 MiB of whitespace before the elements: the document is larger than any former cap.
    long padding = 65L << 20;
    InputStream spaces = new InputStream() {
      long left = padding;

      @Override
      public int read() {
        return left-- > 0 ? ' ' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) ' ');
        left -= n;
        return n;
      }
    };
    InputStream in = new SequenceInputStream(java.util.Collections.enumeration(List.of(
        new ByteArrayInputStream("[".getBytes(StandardCharsets.UTF_8)), spaces, new ByteArrayInputStream(
            "{\"indicator\":\"stations\",\"region\":\"320000\",\"period\":\"2023\",\"value\":170}]"
                .getBytes(StandardCharsets.UTF_8)))));
    EvaluationReport r = EVALUATOR.evaluate(ObservationSource.json(in, "big.json"));
    assertEquals(List.of(), r.rejected());
    assertEquals(1, r.acceptedObservations());
  }

  @Test
  void aDuplicateJsonKeyRejectsThatElementOnly() {
    EvaluationReport r = json("[{\"indicator\":\"stations\",\"region\":\"320000\",\"period\":\"2023\",\"value\":170,"
        + "\"value\":171},\n{\"indicator\":\"stations\",\"region\":\"320000\",\"period\":\"2022\",\"value\":160}]");
    assertEquals(Map.of("$[0]", RejectionReason.MALFORMED_ROW), reasons(r));
    assertTrue(r.rejected().get(0).message().contains("'value' appears more than once"),
        r.rejected().get(0).message());
    assertEquals(1, r.acceptedObservations());
  }

  @Test
  void aJsonElementOverTheMaximumLengthIsRejected() {
    String body = "[{\"indicator\":\"stations\",\"region\":\"320000\",\"period\":\"2023\",\"value\":170,\"comment\":\""
        + "c".repeat(500) + "\"},{\"indicator\":\"stations\",\"region\":\"320000\",\"period\":\"2022\",\"value\":160}]";
    EvaluationReport r = EVALUATOR.evaluate(ObservationSource.json(new ByteArrayInputStream(
        body.getBytes(StandardCharsets.UTF_8)), "t.json", ReadOptions.defaults().withMaxRecordLength(300)));
    assertEquals(Map.of("$[0]", RejectionReason.MALFORMED_ROW), reasons(r));
    assertTrue(r.rejected().get(0).input().length() <= 240, r.rejected().get(0).input());
    assertEquals(1, r.acceptedObservations());
  }

  @Test
  void aJsonElementOverANumberStringOrNestingLimitCostsThatElementOnly() {
    String good = "{\"indicator\":\"stations\",\"region\":\"320000\",\"period\":\"%d\",\"value\":170}";
    // A string over the record length here; over the 16 Mi-character string limit in JsonElementLimitsTest.
    int record = 100_000;
    List<String> over = io.github.newinfra.testing.MalformedInputs.overLimitJsonElements(record);
    StringBuilder body = new StringBuilder("[\n").append(String.format(good, 2020));
    for (int i = 0; i < over.size(); i++) {
      body.append(",\n").append(over.get(i).replace(",\"", ",\n\"")).append(",\n")
          .append(String.format(good, 2021 + i));
    }
    body.append("]");
    EvaluationReport r = EVALUATOR.evaluate(ObservationSource.json(new ByteArrayInputStream(
        body.toString().getBytes(StandardCharsets.UTF_8)), "t.json", ReadOptions.defaults().withMaxRecordLength(record)));
    assertEquals(Map.of("$[1]", RejectionReason.MALFORMED_ROW, "$[3]", RejectionReason.MALFORMED_ROW,
        "$[5]", RejectionReason.MALFORMED_ROW), reasons(r), r.rejected().toString());
    assertEquals(7, r.inputObservations());
    List<String> messages = r.rejected().stream().map(Rejection::message).collect(java.util.stream.Collectors.toList());
    assertEquals(List.of("a number has more than 1000 digits, the most one may have",
        "arrays and objects are nested more than 64 levels deep, counting the array of observations",
        "the element is longer than 100000 characters, the most one row may have"), messages);
    for (Rejection x : r.rejected()) {
      assertTrue(x.input().length() <= 240, x.input());
    }
  }

  @Test
  void aStringOverSixteenMiCharactersCostsItsElementOnly() {
    String element = io.github.newinfra.testing.MalformedInputs.overLimitJsonElements(ModelJson.MAX_STRING_LENGTH + 1)
        .get(2);
    byte[] body = ("[" + element + ",{\"indicator\":\"stations\",\"region\":\"320000\",\"period\":\"2023\","
        + "\"value\":170}]").getBytes(StandardCharsets.UTF_8);
    EvaluationReport r = EVALUATOR.evaluate(ObservationSource.json(new ByteArrayInputStream(body), "t.json",
        ReadOptions.defaults().withMaxRecordLength(ModelJson.MAX_STRING_LENGTH + 1000)));
    assertEquals(Map.of("$[0]", RejectionReason.MALFORMED_ROW), reasons(r));
    assertEquals("a string is longer than 16777216 characters, the most one may have", r.rejected().get(0).message());
    assertEquals(1, r.acceptedObservations());
  }

  @Test
  void theLinesAfterARejectedJsonElementKeepTheirNumbers() {
    // Element 0 (lines 2 to 4) holds a number too long; element 1 has a word JSON does not know on line 6.
    ObservationFormatException e = assertThrows(ObservationFormatException.class, () -> EVALUATOR.evaluate(
        ObservationSource.json(new ByteArrayInputStream(("[\n{\"value\":\n" + "1".repeat(1500)
            + ",\n\"comment\":\"a\"},\n{\"indicator\":\"x\",\n\"value\":NaN}]").getBytes(StandardCharsets.UTF_8)),
            "t.json")));
    assertTrue(e.getMessage().contains("line 6"), e.getMessage());
  }

  @Test
  void aLoneSurrogateIsEscapedAndNeverBreaksWriting() throws Exception {
    EvaluationReport r = json("[{\"indicator\":\"st\\ud800\",\"region\":\"320000\",\"period\":\"2023\",\"value\":1},"
        + "{\"indicator\":\"stations\",\"region\":\"320000\",\"period\":\"2023\",\"value\":170,\"source\":\"\\udc00\"}]");
    assertEquals(Map.of("$[0]", RejectionReason.MALFORMED_ROW, "$[1]", RejectionReason.MALFORMED_ROW), reasons(r));
    Rejection x = r.rejected().get(0);
    assertTrue(x.message().contains("unpaired surrogate"), x.message());
    assertTrue(x.input().contains("st\\uD800"), x.input());
    // A table row (no reader in between) is escaped the same way.
    EvaluationReport t = EVALUATOR.evaluate(ObservationSource.of(ObservationTable.builder()
        .add("st\ud800", "320000", "2023", 1).build()));
    assertEquals("unknown indicator 'st\\uD800'; did you mean stations (stations)?", t.rejected().get(0).message());
    ObjectMapper mapper = ModelJson.newMapper();
    for (EvaluationReport report : List.of(r, t)) {
      for (Rejection rejection : report.rejected()) {
        assertPrintable(rejection.message());
        assertPrintable(rejection.input());
      }
      assertPrintable(mapper.writeValueAsString(report));
    }
  }

  @Test
  void controlCharactersFromTheInputAreEscapedInEveryMessage() throws Exception {
    EvaluationReport r = csv("\u001B[31mred\u001B[0m,320000,2023,1,,,,\nstations,320000,2023,1,\u0007,,,\n");
    assertEquals(2, r.rejected().size());
    assertEquals("unknown indicator '\\u001B[31mred\\u001B[0m'", r.rejected().get(0).message());
    for (Rejection x : r.rejected()) {
      assertPrintable(x.message());
      assertPrintable(x.input());
    }
    ObservationFormatException e = assertThrows(ObservationFormatException.class, () -> EVALUATOR.evaluate(
        ObservationSource.csv(new StringReader("INDICATOR,\u001B]0;title\u0007\n"), "t.csv")));
    assertPrintable(e.getMessage());
    assertTrue(e.getMessage().contains("\\u001B]0;title\\u0007"), e.getMessage());
  }

  @Test
  void manyDistinctTextsInATableCostMemoryPerRow() {
    // 50,000 distinct indicators and units: their product overflows an int, and even 20,000 of each is 3 GB.
    int n = 50_000;
    ObservationTable.Builder rows = ObservationTable.builder();
    for (int i = 0; i < n; i++) {
      rows.add("indicator" + i, "320000", "2023", 1, "unit" + i, 0, ObsStatus.A);
    }
    rows.add("stations", "320000", "2023", 170, "座", 0, ObsStatus.A);
    EvaluationReport r = EVALUATOR.evaluate(ObservationSource.of(rows.build()));
    assertEquals(n + 1, r.inputObservations());
    assertEquals(1, r.acceptedObservations());
    assertTrue(r.rejected().stream().allMatch(x -> x.reason() == RejectionReason.UNKNOWN_INDICATOR));
  }

  @Test
  void aManyPairTableConvertsUnitsPerPairExactlyAsADenseOne() {
    // Beyond 65,536 (indicator, unit) combinations pairs are numbered as found; results must not change.
    ObservationTable.Builder rows = ObservationTable.builder();
    for (int i = 0; i < 300; i++) {
      rows.add("other" + i, "320000", "2020", 1, "u" + i, 0, ObsStatus.A);
    }
    rows.add("stations", "320000", "2021", 1.5, "万座", 0, ObsStatus.A);
    rows.add("stations", "320000", "2022", 160, "", 0, ObsStatus.A);
    rows.add("stations", "320000", "2023", 1.7, "座", 2, ObsStatus.A);
    EvaluationReport r = EVALUATOR.evaluate(ObservationSource.of(rows.build()));
    assertEquals(3, r.acceptedObservations());
    TargetResult stations = r.results().stream().filter(x -> x.target().value().endsWith("stations")).findFirst()
        .orElseThrow();
    assertEquals(170.0, stations.value().orElseThrow(), 1e-9);
  }

  @Test
  void bytesThatAreNotUtf8StopReadingWithTheLineAndAHint(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("gb.csv");
    Files.write(file, (HEADER + "stations,320000,2022,160,,,,\nstations,320000,2023,170,座,,,\n").getBytes(GB18030));
    ObservationFormatException e = assertThrows(ObservationFormatException.class,
        () -> EVALUATOR.evaluate(ObservationSource.csv(file)));
    assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("not valid UTF-8")
        && e.getMessage().contains("--encoding GB18030"), e.getMessage());
    EvaluationReport r = EVALUATOR.evaluate(ObservationSource.csv(file, GB18030));
    assertEquals(List.of(), r.rejected());
    assertEquals(2, r.acceptedObservations());
    Path json = dir.resolve("gb.json");
    Files.write(json, "[{\"indicator\":\"stations\",\"region\":\"320000\",\"period\":\"2023\",\"value\":170,\"unit\":\"座\"}]"
        .getBytes(GB18030));
    ObservationFormatException je = assertThrows(ObservationFormatException.class,
        () -> EVALUATOR.evaluate(ObservationSource.json(json)));
    assertTrue(je.getMessage().contains("line 1") && je.getMessage().contains("GB18030"), je.getMessage());
    assertEquals(1, EVALUATOR.evaluate(ObservationSource.json(json, GB18030)).acceptedObservations());
  }

  @Test
  void byteOrderMarksDecideTheEncodingAlikeForCsvAndJson(@TempDir Path dir) throws IOException {
    String csvText = HEADER + "stations,320000,2023,1.7,万座,,,\n";
    String jsonText = "[{\"indicator\":\"stations\",\"region\":\"320000\",\"period\":\"2023\",\"value\":1.7,\"unit\":\"万座\"}]";
    byte[][] boms = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE}};
    Charset[] charsets = {StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE};
    for (int i = 0; i < boms.length; i++) {
      Path csv = dir.resolve("o" + i + ".csv");
      Path json = dir.resolve("o" + i + ".json");
      Files.write(csv, concat(boms[i], csvText.getBytes(charsets[i])));
      Files.write(json, concat(boms[i], jsonText.getBytes(charsets[i])));
      for (EvaluationReport r : List.of(EVALUATOR.evaluate(ObservationSource.csv(csv)),
          EVALUATOR.evaluate(ObservationSource.json(json)))) {
        assertEquals(List.of(), r.rejected(), charsets[i].name());
        assertEquals(1, r.acceptedObservations(), charsets[i].name());
      }
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
  }

  private static final String[] INDICATORS = {"stations", "share", "new_firms", "nope"};
  private static final String[] REGIONS = {"320000", "320100", "110000"};
  private static final String[] PERIODS = {"2021", "2022", "2023-Q1", "2023-06", "20x3"};
  private static final String[] UNITS = {"", "座", "万座", "KM", "%", "家"};

  private static String pad(RandomGenerator r, String s) {
    String[] ws = {"", " ", "  ", "\t", " \t"};
    return ws[r.nextInt(ws.length)] + s + ws[r.nextInt(ws.length)];
  }

  @Test
  void aTableAndACsvFileWithTheSameRowsGiveTheSameReportWhitespaceIncluded() {
    qt().withExamples(200).forAll(Gens.of(r -> {
      List<String[]> rows = new ArrayList<>();
      int n = 1 + r.nextInt(12);
      for (int i = 0; i < n; i++) {
        rows.add(new String[] {pad(r, INDICATORS[r.nextInt(INDICATORS.length)]),
            pad(r, REGIONS[r.nextInt(REGIONS.length)]), pad(r, PERIODS[r.nextInt(PERIODS.length)]),
            Integer.toString(r.nextInt(160) - 10), pad(r, UNITS[r.nextInt(UNITS.length)])});
      }
      return rows;
    })).checkAssert(rows -> {
      StringBuilder text = new StringBuilder(HEADER);
      ObservationTable.Builder table = ObservationTable.builder();
      for (String[] row : rows) {
        text.append(String.join(",", row)).append(",,,\n");
        table.add(row[0], row[1], row[2], Double.parseDouble(row[3]), row[4], 0, ObsStatus.A);
      }
      EvaluationReport fromCsv = EVALUATOR.evaluate(ObservationSource.csv(new StringReader(text.toString()), "t.csv"));
      EvaluationReport fromTable = EVALUATOR.evaluate(ObservationSource.of(table.build()));
      assertEquals(summary(fromCsv), summary(fromTable), text::toString);
    });
  }

  private static List<String> summary(EvaluationReport r) {
    List<String> out = new ArrayList<>();
    r.results().forEach(t -> out.add(t.target() + "=" + t.status() + "@" + t.value()));
    r.rejected().forEach(x -> out.add(x.ordinal() + ":" + x.reason()));
    out.add(r.acceptedObservations() + "/" + r.inputObservations());
    return out;
  }

  @Test
  void emptyOrMissingInputStillSaysWhat() {
    ObservationFormatException e = assertThrows(ObservationFormatException.class, () -> EVALUATOR.evaluate(
        ObservationSource.csv(new StringReader(""), "t.csv")));
    assertTrue(e.getMessage().startsWith("t.csv: empty input"), e.getMessage());
    assertFalse(csv("\n\n").rejected().iterator().hasNext());
  }

  @Test
  void aMissingFileIsNamedWithoutAJavaClassName(@TempDir Path dir) {
    ObservationFormatException e = assertThrows(ObservationFormatException.class,
        () -> EVALUATOR.evaluate(ObservationSource.csv(dir.resolve("absent.csv"))));
    assertEquals("observations file not found: " + dir.resolve("absent.csv"), e.getMessage());
  }
}
