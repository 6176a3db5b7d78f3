package io.github.newinfra.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.model.Accumulation;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Direction;
import io.github.newinfra.model.FactId;
import io.github.newinfra.model.IndicatorId;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.SourceRef;
import io.github.newinfra.model.Target;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What every fuzzed observation file must satisfy, whatever its bytes: the reader either throws the one documented
 * exception ({@link ObservationFormatException}, naming the source) or returns a report in which accepted +
 * rejected = input (and at most the limit of rejections listed), every rejection has a location and a reason, every renderer runs, and the whole took bounded
 * time. Any other exception or a failed check is a finding.
 */
final class ReaderFuzzing {
  /** Generous: an input of a few kilobytes takes milliseconds once warm; only a pathological path comes near. */
  static final Duration TIME_PER_INPUT = Duration.ofSeconds(10);
  static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  private static final Pattern JAVA_NAME = Pattern.compile("\\b(java|javax|com\\.fasterxml)\\.[a-z]+\\.|Exception\\b");

  private static final Pattern BARE_NULL = Pattern.compile("(^|: )null$");

  /** A small catalog with one indicator of each kind the readers convert: count, flow, share, length, money. */
  static final CatalogData CATALOG = catalog();

  private ReaderFuzzing() {}

  private static Target target(String slug, String indicator, String value, RegionCode region) {
    return Target.builder().id(FactId.of("plan2030/target/" + slug)).measure(Fixture.MEASURE)
        .indicator(IndicatorId.of(indicator)).comparator(Comparator.AT_LEAST).value(Quantity.parse(value))
        .region(region).dueYear(2025).source(SourceRef.of(Fixture.DOC, Fixture.MEASURE.section(), "quote")).build();
  }

  private static CatalogData catalog() {
    RegionCode js = Fixture.JS;
    RegionCode nanjing = Fixture.NANJING;
    return Fixture.base()
        .addIndicators(Fixture.STATIONS, Fixture.NEW_FIRMS, Fixture.SHARE, Fixture.RADIUS,
            Fixture.indicator("spend", "元", Accumulation.FLOW, Direction.HIGHER_IS_BETTER))
        .addTargets(target("stations", "stations", "7万座", js), target("stations-nj", "stations", "1万座", nanjing),
            target("new-firms", "new_firms", "100家", js), target("share", "share", "90%", js),
            target("spend", "spend", "120亿元", js))
        .build();
  }

  /** Loads and runs the readers, the engine and the renderers once, so that the time bound measures the input. */
  static void warmUp() {
    String csv = "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE\nstations,320000,2023,1\nstations,320000,x,1\n";
    check("warm.csv", csv, () -> Evaluator.of(CATALOG).asOf(AS_OF)
        .evaluate(ObservationSource.csv(new java.io.StringReader(csv), "warm.csv")));
    String json = "[{\"indicator\":\"stations\",\"region\":\"320000\",\"period\":\"2023\",\"value\":1},null]";
    check("warm.json", json, () -> Evaluator.of(CATALOG).asOf(AS_OF).evaluate(ObservationSource.json(
        new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "warm.json")));
  }

  /**
   * Runs one read and checks everything that must hold for it.
   *
   * @param source the name the reader was given, which a format error must name
   * @param input the input as text, to tell the reader's words from echoed input
   * @param read the read and evaluation
   */
  static void check(String source, String input, Supplier<EvaluationReport> read) {
    long start = System.nanoTime();
    EvaluationReport report;
    try {
      report = read.get();
    } catch (ObservationFormatException e) {
      String message = e.getMessage();
      assertTrue(message != null && message.startsWith(source), () -> "not located: " + message);
      explained(message, input);
      bounded(start);
      return;
    }
    assertEquals(report.inputObservations(), report.acceptedObservations() + report.rejectedObservations(),
        "accepted + rejected = input");
    assertTrue(report.rejected().size() <= report.options().maxRejectionsListed(), "rejections listed within bound");
    for (Rejection x : report.rejected()) {
      assertFalse(x.location().isBlank(), () -> "rejection without location: " + x);
      assertFalse(x.location().contains("null"), () -> "rejection located as null: " + x);
      explained(x.message(), input);
    }
    assertFalse(Rendered.json(report, CATALOG).isEmpty());
    assertFalse(Rendered.text(report, CATALOG).isEmpty());
    assertFalse(Rendered.markdown(report, CATALOG).isEmpty());
    assertFalse(Rendered.html(report, CATALOG).isEmpty());
    bounded(start);
  }

  private static void explained(String message, String input) {
    assertTrue(message != null && !message.isBlank(), "a reason without words");
    if (!JAVA_NAME.matcher(input).find()) {
      assertFalse(JAVA_NAME.matcher(message).find(), () -> "a Java name in a user message: " + message);
    }
    // A message may name JSON's null token; it must not be, or end in, a bare "null" standing for a lost reason.
    assertFalse(BARE_NULL.matcher(message).find(), () -> "'null' for a reason: " + message);
  }

  private static void bounded(long start) {
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertTrue(took.compareTo(TIME_PER_INPUT) <= 0, () -> "took " + took.toMillis() + " ms");
  }
}
