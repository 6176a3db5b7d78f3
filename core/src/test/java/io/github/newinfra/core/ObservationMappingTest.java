package io.github.newinfra.core;

import static io.github.newinfra.core.Fixture.NEW_FIRMS;
import static io.github.newinfra.core.Fixture.STATIONS;
import static io.github.newinfra.core.Fixture.baseline;
import static io.github.newinfra.core.Fixture.catalog;
import static io.github.newinfra.core.Fixture.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.Target;
import io.github.newinfra.testing.CatalogGenerators;
import io.github.newinfra.testing.ObservationGenerators;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mapping files and their API: parsing, located errors, and reports equal to those of native codes. */
class ObservationMappingTest {
  private static final Target T = target("stations", STATIONS, Comparator.AT_LEAST).value(Quantity.parse("200座"))
      .baseline(baseline("100座", 2020)).build();
  private static final CatalogData DATA = catalog(T, target("firms", NEW_FIRMS, Comparator.AT_LEAST)
      .value(Quantity.parse("10家")).build());
  private static final Evaluator EVALUATOR = Evaluator.of(DATA).asOf(LocalDate.of(2024, 1, 1));
  private static final String HEADER = "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS\n";
  private static final String NATIVE = HEADER + "stations,320000,2022,150,座,0,A\nstations,320000,2023,17,座,1,P\n"
      + "stations,320100,2023,0.01,万座,0,E\nnew_firms,320200,2023,4,家,0,A\n";
  private static final String FOREIGN = HEADER + "S01,JS,2022,150,站,0,正式\nS01,JS,2023,17,站,1,快报\n"
      + "S01,南京,2023,0.01,万站,0,估计\nF9,Wuxi,2023,4,户,0,正式\n";
  private static final String MAP = "\uFEFFkind,from,to\n# the export's codes\nindicator,S01,stations\n"
      + "indicator,F9,new_firms\n\nregion,JS,320000\nunit,站,座\nunit,万站,万座\nunit,户,家\n"
      + "status,正式,A\nstatus,快报,P\n\"status\",\"估计\",\"E\"\nindicator,S01,stations\n";

  private static ObservationMapping parse(String text) {
    return ObservationMapping.parse(new StringReader(text), "map.csv");
  }

  private static EvaluationReport csv(Evaluator e, String text) {
    return e.evaluate(ObservationSource.csv(new StringReader(text), "obs.csv"));
  }

  @Test
  void aForeignCodedFileThroughAMappingGivesTheNativeReport() {
    EvaluationReport expected = csv(EVALUATOR, NATIVE);
    EvaluationReport mapped = csv(EVALUATOR.mapping(parse(MAP)), FOREIGN);
    assertEquals(4, expected.acceptedObservations());
    assertEquals(expected, mapped);
    assertEquals(Rendered.json(expected, DATA), Rendered.json(mapped, DATA));
  }

  @Test
  void theBuilderMapsATableAsTheFileMapsText() {
    ObservationMapping built = ObservationMapping.builder().indicator("S01", "stations").indicator("F9", "new_firms")
        .region("JS", "320000").unit("站", "座").unit("万站", "万座").unit("户", "家").status("正式", "A")
        .status("快报", "P").status("估计", "E").build();
    assertEquals(parse(MAP), built);
    ObservationTable.Builder rows = ObservationTable.builder();
    rows.add("S01", "JS", "2022", 150, "站", 0, ObsStatus.A);
    rows.add("S01", "JS", "2023", 17, "站", 1, ObsStatus.P);
    rows.add("S01", "南京", "2023", 0.01, "万站", 0, ObsStatus.E);
    rows.add("F9", "Wuxi", "2023", 4, "户", 0, ObsStatus.A);
    EvaluationReport fromTable = EVALUATOR.mapping(built).evaluate(ObservationSource.of(rows.build()));
    EvaluationReport fromText = csv(EVALUATOR, NATIVE);
    assertEquals(fromText.results().stream().map(TargetResult::value).collect(Collectors.toList()),
        fromTable.results().stream().map(TargetResult::value).collect(Collectors.toList()));
    assertEquals(4, fromTable.acceptedObservations());
  }

  @Test
  void anyFileRecodedThroughAMappingGivesTheSameReportAsTheOriginal() {
    qt().withExamples(150).forAll(Gens.of(r -> {
      CatalogData data = CatalogGenerators.catalog(r);
      return new Object[] {data, ObservationGenerators.rows(r, data, 40)};
    })).checkAssert(x -> {
      CatalogData data = (CatalogData) x[0];
      @SuppressWarnings("unchecked")
      List<ObservationGenerators.Row> rows = (List<ObservationGenerators.Row>) x[1];
      ObservationMapping.Builder map = ObservationMapping.builder();
      List<ObservationGenerators.Row> foreign = new ArrayList<>();
      for (ObservationGenerators.Row row : rows) {
        String unit = row.unit().isEmpty() ? "" : "u:" + row.unit();
        String status = row.status().isEmpty() ? "" : "s:" + row.status();
        map.indicator("i:" + row.indicator(), row.indicator()).region("r:" + row.region(), row.region());
        if (!unit.isEmpty()) {
          map.unit(unit, row.unit());
        }
        if (!status.isEmpty()) {
          map.status(status, row.status());
        }
        foreign.add(ObservationGenerators.Row.of("i:" + row.indicator(), "r:" + row.region(), row.period(),
            row.value(), unit, row.unitMult(), status));
      }
      Evaluator e = Evaluator.of(data).asOf(LocalDate.of(2024, 6, 30));
      EvaluationReport expected = csv(e, ObservationGenerators.csv(rows));
      assertEquals(expected, csv(e.mapping(map.build()), ObservationGenerators.csv(foreign)));
    });
  }

  @Test
  void theHeaderIsOptionalAndEntriesKeepTheirPlaces() {
    ObservationMapping m = parse("indicator,S01,stations\nregion,南京市区,320100\n");
    assertEquals(Map.of("S01", "stations"), m.entries(ObservationMapping.Kind.INDICATOR));
    assertEquals("map.csv:2", m.place(ObservationMapping.Kind.REGION, "南京市区").orElseThrow());
    assertTrue(ObservationMapping.empty().isEmpty());
    assertFalse(m.isEmpty());
  }

  @Test
  void errorsNameTheLineAndWhatIsWrong() {
    Map<String, String> cases = Map.of(
        "indicator,S01,stations\nmetric,x,y\n", "map.csv:2: unknown KIND 'metric'",
        "indicator,S01,stations\nindicator,S01,new_firms\n",
        "map.csv:2: indicator 'S01' maps to 'new_firms', but map.csv:1 maps it to 'stations'",
        "region,NJ,Nanjing\n", "map.csv:1: region 'NJ' → 'Nanjing': TO must be a six-digit region code",
        "unit,斤,jin\n", "map.csv:1: unit '斤' → 'jin': TO is not a unit code",
        "status,快报,Q\n", "map.csv:1: status '快报' → 'Q': TO is not an SDMX observation status",
        "indicator,,stations\n", "map.csv:1: indicator entry with an empty FROM",
        "indicator,S01\n", "map.csv:1: expected 3 fields KIND,FROM,TO, found 2",
        "indicator,\"S01,stations\n", "map.csv:1: unterminated quoted field");
    cases.forEach((text, message) -> {
      ObservationFormatException e = assertThrows(ObservationFormatException.class, () -> parse(text), text);
      assertTrue(e.getMessage().startsWith(message), e.getMessage());
    });
  }

  @Test
  void entriesOutsideTheCatalogAreLocatedWithTheNearestIds() {
    ObservationFormatException e = assertThrows(ObservationFormatException.class,
        () -> EVALUATOR.mapping(parse("region,JS,320000\nindicator,S01,station\n")));
    assertEquals("map.csv:2: indicator 'S01' → 'station': 'station' is not an indicator id of the catalog; did you"
        + " mean stations (stations)?", e.getMessage());
    ObservationFormatException r = assertThrows(ObservationFormatException.class,
        () -> EVALUATOR.mapping(ObservationMapping.builder().region("NJ", "320101").build()));
    assertTrue(r.getMessage().startsWith("mapping region 'NJ' → '320101': '320101' is not a region code of the "
        + "catalog; did you mean 320100 (南京市, Nanjing)"), r.getMessage());
  }

  @Test
  void aMappingEntryWinsOverTheCatalogsOwnId() {
    Evaluator swapped = EVALUATOR.mapping(ObservationMapping.builder().indicator("stations", "new_firms").build());
    EvaluationReport r = csv(swapped, HEADER + "stations,320000,2023,12,,0,A\n");
    assertEquals(12, r.results().get(1).value().getAsDouble(), 1e-9);
    assertTrue(r.results().get(0).value().isEmpty());
  }

  @Test
  void regionNamesAsTheCatalogWritesThemNeedNoMapping() {
    for (String name : List.of("江苏省", "江苏", "Jiangsu", "JIANGSU", "jiangsu", "320000")) {
      EvaluationReport r = csv(EVALUATOR, HEADER + "stations,\"" + name + "\",2023,170,,,\n");
      assertEquals(List.of(), r.rejected(), name);
      assertEquals(170, r.results().get(0).value().getAsDouble(), 1e-9, name);
    }
  }

  @Test
  void unknownIndicatorsAndRegionsSuggestAtMostThreeNearest() {
    EvaluationReport r = csv(EVALUATOR, HEADER + "station,320000,2023,1,,,\nstations,Nanjin,2023,1,,,\n"
        + "stations,320001,2023,1,,,\nA0501,320000,2023,1,,,\n");
    List<String> messages = r.rejected().stream().map(Rejection::message).collect(Collectors.toList());
    assertEquals("unknown indicator 'station'; did you mean stations (stations)?", messages.get(0));
    assertEquals("unknown region 'Nanjin'; did you mean 320100 (南京市, Nanjing)?", messages.get(1));
    assertTrue(messages.get(2).startsWith("unknown region '320001'; did you mean 320000 (江苏省, Jiangsu)"),
        messages.get(2));
    assertTrue(messages.get(2).chars().filter(c -> c == '(').count() <= 3, messages.get(2));
    assertEquals("unknown indicator 'A0501'", messages.get(3));
  }

  @Test
  void aWrittenMagnitudeWithAUnitMultSaysItScalesTwice() {
    EvaluationReport r = csv(EVALUATOR, HEADER + "stations,320000,2023,1.7,万座,4,A\n");
    assertEquals(RejectionReason.UNKNOWN_UNIT, r.rejected().get(0).reason());
    assertEquals("UNIT_MEASURE '万座' already scales by 10^4 and UNIT_MULT 4 scales again: 10^8 in all; write "
        + "UNIT_MEASURE '座' with UNIT_MULT 8, or '万座' with UNIT_MULT 0 or empty", r.rejected().get(0).message());
  }

  @Test
  void aColumnNamedTwiceIsAnErrorNamingBoth() {
    ObservationFormatException e = assertThrows(ObservationFormatException.class, () -> csv(EVALUATOR,
        "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,NOTE,obs_value,NOTE\nstations,320000,2023,1,a,2,b\n"));
    assertEquals("obs.csv: line 1: the header names OBS_VALUE twice, in columns 4 and 6 ('OBS_VALUE' and "
        + "'obs_value'); which one holds the values is unclear, so remove or rename one", e.getMessage());
  }

  @Test
  void filesThatCannotBeReadSaySoInPlainWords(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("missing.csv");
    ObservationFormatException obs = assertThrows(ObservationFormatException.class,
        () -> EVALUATOR.evaluate(ObservationSource.csv(missing)));
    assertEquals("observations file not found: " + missing, obs.getMessage());
    ObservationFormatException folder = assertThrows(ObservationFormatException.class,
        () -> EVALUATOR.evaluate(ObservationSource.csv(dir)));
    assertEquals("cannot read observations file " + dir + ": it is a folder, not a file", folder.getMessage());
    ObservationFormatException map = assertThrows(ObservationFormatException.class,
        () -> ObservationMapping.read(missing));
    assertEquals("mapping file not found: " + missing, map.getMessage());
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, "region,M\u00fcnchen,320100\n".getBytes(StandardCharsets.ISO_8859_1));
    ObservationFormatException bytes = assertThrows(ObservationFormatException.class,
        () -> ObservationMapping.read(latin1));
    assertEquals(latin1 + ": line 1: byte 0xFC is not valid UTF-8; a mapping file is UTF-8, or UTF-16 after a "
        + "byte-order mark", bytes.getMessage());
    Path good = dir.resolve("map.csv");
    Files.writeString(good, MAP);
    assertEquals(parse(MAP).entries(ObservationMapping.Kind.UNIT),
        ObservationMapping.read(good).entries(ObservationMapping.Kind.UNIT));
  }

  @Test
  void aMappingFileMayBeUtf16AfterAByteOrderMarkAsObservationFilesMay(@TempDir Path dir) throws IOException {
    for (java.nio.charset.Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
        StandardCharsets.UTF_8)) {
      Path file = dir.resolve("map-" + cs.name() + ".csv");
      Files.write(file, MAP.getBytes(cs));
      ObservationMapping read = ObservationMapping.read(file);
      assertEquals(parse(MAP), read, cs.name());
      assertEquals(Optional.of(file + ":3"), read.place(ObservationMapping.Kind.INDICATOR,
          parse(MAP).entries(ObservationMapping.Kind.INDICATOR).keySet().iterator().next()), cs.name());
    }
  }

  @Test
  void aLargeMappingKeepsItsEntriesInFileOrderAndFindsEachOnce() {
    StringBuilder text = new StringBuilder("KIND,FROM,TO\n");
    for (int i = 0; i < 50_000; i++) {
      text.append("indicator,C").append(i).append(",stations\nregion,R").append(i).append(",320100\n");
    }
    ObservationMapping m = ObservationMapping.parse(new StringReader(text.toString()), "big.csv");
    Map<String, String> indicators = m.entries(ObservationMapping.Kind.INDICATOR);
    assertEquals(50_000, indicators.size());
    assertEquals("C0", indicators.keySet().iterator().next());
    assertEquals("stations", indicators.get("C49999"));
    assertEquals(Optional.of("big.csv:100001"), m.place(ObservationMapping.Kind.REGION, "R49999"));
    assertEquals(null, indicators.get("R1"));
    EvaluationReport r = EVALUATOR.mapping(m).evaluate(ObservationSource.csv(new StringReader(
        "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE\nC777,R4242,2023,5\n"), "o.csv"));
    assertEquals(1, r.acceptedObservations(), r.rejected().toString());
    ObservationFormatException twice = assertThrows(ObservationFormatException.class, () -> ObservationMapping.parse(
        new StringReader(text + "indicator,C7,other\n"), "big.csv"));
    assertEquals("big.csv:100002: indicator 'C7' maps to 'other', but big.csv:16 maps it to 'stations'; one FROM can "
        + "mean one thing only", twice.getMessage());
  }

  @Test
  void aBuilderUsedAfterBuildLeavesTheBuiltMappingAsItWas() {
    ObservationMapping.Builder b = ObservationMapping.builder().indicator("A", "stations");
    ObservationMapping first = b.build();
    ObservationMapping second = b.indicator("B", "stations").build();
    assertEquals(Map.of("A", "stations"), first.entries(ObservationMapping.Kind.INDICATOR));
    assertEquals(2, second.entries(ObservationMapping.Kind.INDICATOR).size());
  }
}
