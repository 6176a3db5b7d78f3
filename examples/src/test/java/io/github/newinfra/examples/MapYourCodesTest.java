package io.github.newinfra.examples;

import static io.github.newinfra.examples.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate --map}: a file in foreign codes, translated by a mapping file, gives the native file's report;
 * mapping errors are located; every row read but not used is listed on standard error.
 */
class MapYourCodesTest {
  private static final String NATIVE = "observations-sample.csv";
  private static final String FOREIGN = "observations-foreign.csv";
  private static final String MAP = "mapping-sample.csv";
  private static final String HEADER = "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS\n";

  private static void assertInUserTerms(String message) {
    for (String internal : List.of("Exception", "java.", "sun.", "io.github.newinfra.", "null")) {
      assertFalse(message.contains(internal), "'" + internal + "' in: " + message);
    }
    assertFalse(message.contains("$"), message);
  }

  @Test
  void aForeignCodedFileThroughTheSampleMapGivesTheNativeFilesReport() {
    assertTrue(Files.exists(Path.of(FOREIGN)) && Files.exists(Path.of(MAP)), "run from the examples folder");
    for (String format : List.of("text", "json", "markdown")) {
      CliRun nativeRun = run("evaluate", "--observations", NATIVE, "--as-of", "2023-12-31", "--format", format);
      CliRun mapped = run("evaluate", "--observations", FOREIGN, "--map", MAP, "--as-of", "2023-12-31",
          "--format", format);
      assertEquals(0, mapped.code, mapped.err);
      assertEquals(nativeRun.out, mapped.out, format);
      assertEquals(nativeRun.err.replace(NATIVE, FOREIGN), mapped.err);
    }
  }

  @Test
  void withoutTheMapTheForeignCodesAreRejectedAndTheToolSaysHowToTranslateThem() {
    CliRun r = run("evaluate", "--observations", FOREIGN, "--as-of", "2023-12-31", "--lang", "en");
    assertEquals(0, r.code, r.err);
    assertTrue(r.err.contains("line 2: UNKNOWN_INDICATOR — unknown indicator 'C0701'"), r.err);
    assertTrue(r.err.contains("--map FILE"), r.err);
    assertTrue(r.out.contains("Data rows: 10 rows given: 0 used; 0 not used (0 superseded, 0 with no target in "
        + "scope); 10 rejected"), r.out);
  }

  @Test
  void errorsInAMappingFileSayWhereAndWhat(@TempDir Path dir) throws IOException {
    String[][] cases = {
        {"KIND,FROM,TO\nindicator,A0501,base_stations_5g\nmetric,x,y\n", ":3: unknown KIND 'metric'"},
        {"indicator,A0501,base_station_5g\n",
            ":1: indicator 'A0501' → 'base_station_5g': 'base_station_5g' is not an indicator id of the catalog; "
                + "did you mean base_stations_5g (5G基站数)"},
        {"region,NJ,320100\nregion,NJ,320200\n", ":2: region 'NJ' maps to '320200', but "},
        {"region,NJ,Nanjing\n", ":1: region 'NJ' → 'Nanjing': TO must be a six-digit region code"},
        {"region,NJ,320900\nregion,X,329900\n", ":2: region 'X' → '329900': '329900' is not a region code of the catalog"},
        {"unit,件,斤\n", ":1: unit '件' → '斤': TO is not a unit code"},
        {"status,快报,Q\n", ":1: status '快报' → 'Q': TO is not an SDMX observation status"},
        {"indicator,A0501\n", ":1: expected 3 fields KIND,FROM,TO, found 2"},
    };
    for (String[] c : cases) {
      Path map = dir.resolve("map.csv");
      Files.writeString(map, c[0]);
      CliRun r = run("evaluate", "--observations", NATIVE, "--map", map.toString());
      assertEquals(1, r.code, r.err);
      assertTrue(r.err.startsWith("newinfra: " + map + c[1]), r.err);
      assertEquals("", r.out);
      assertInUserTerms(r.err);
    }
  }

  @Test
  void aMissingMappingFileIsNamedAndAMapNeedsObservations(@TempDir Path dir) {
    CliRun missing = run("evaluate", "--observations", NATIVE, "--map", dir.resolve("nope.csv").toString(),
        "--lang", "en");
    assertEquals(1, missing.code);
    assertTrue(missing.err.contains("mapping file not found: ") && missing.err.contains("nope.csv"), missing.err);
    CliRun alone = run("evaluate", "--map", MAP);
    assertEquals(2, alone.code);
    assertTrue(alone.err.contains("--map 须与 --observations FILE 同用"), alone.err);
    assertTrue(run("evaluate", "--map", MAP, "--lang", "en").err.contains("--map needs --observations FILE"));
  }

  @Test
  void rowsReadButNotUsedAreCountedByIndicatorAndRegionOnStandardError(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("data.csv");
    StringBuilder csv = new StringBuilder(HEADER);
    for (int year = 2019; year <= 2024; year++) {
      csv.append("base_stations_5g,江苏,").append(year).append(",10,万座,,A\n");
    }
    csv.append("rsu_road_length,320000,2023,1400,KM,0,P\nrsu_road_length,320000,2023,1500,KM,0,A\n");
    Files.writeString(data, csv);
    CliRun r = run("evaluate", "--observations", data.toString(), "--as-of", "2024-12-31", "--strict", "--lang", "en");
    assertEquals(0, r.code, "rows not used are warnings, not rejections, even with --strict: " + r.err);
    assertTrue(r.err.contains("7 of 8 observations in " + data + " were read but not used:"), r.err);
    assertTrue(r.err.contains("  not used: 6 rows of base_stations_5g (320000): no target in scope for its indicator"
        + " and region\n"), r.err);
    assertTrue(r.err.contains("  not used: 1 row of rsu_road_length (320000): superseded by a later publication or a"
        + " final value (line 8)\n"), r.err);
    assertTrue(r.out.contains("Data rows: 8 rows given: 1 used; 7 not used (1 superseded, 6 with no target in "
        + "scope); 0 rejected"), r.out);
  }

  @Test
  void unknownIndicatorsAndRegionsSuggestTheNearestAndNamesNeedNoMap(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("data.csv");
    Files.writeString(data, HEADER + "rsu_road_lenght,320000,2023,1400,KM,0,A\nrsu_road_length,Nanjin,2023,1,KM,0,A\n"
        + "rsu_road_length,南京,2023,1,KM,0,A\nrsu_road_length,Suzhou,2023,1,KM,0,A\n"
        + "base_stations_5g,320000,2023,18.7,万座,4,A\n");
    CliRun r = run("evaluate", "--observations", data.toString(), "--as-of", "2023-12-31", "--lang", "en");
    // in Chinese, the default, the same suggestions named from the catalog
    CliRun zh = run("evaluate", "--observations", data.toString(), "--as-of", "2023-12-31");
    assertTrue(zh.err.contains("第2行：未知指标（UNKNOWN_INDICATOR）：rsu_road_lenght,320000,2023,1400,KM,0,A；可能是："
        + "rsu_road_length（"), zh.err);
    assertTrue(zh.err.contains("第3行：未知地区（UNKNOWN_REGION）") && zh.err.contains("可能是：320100（南京市）"), zh.err);
    assertTrue(r.err.contains("line 2: UNKNOWN_INDICATOR — unknown indicator 'rsu_road_lenght'; did you mean "
        + "rsu_road_length ("), r.err);
    assertTrue(r.err.contains("line 3: UNKNOWN_REGION — unknown region 'Nanjin'; did you mean 320100 (南京市, "
        + "Nanjing)?"), r.err);
    assertFalse(r.err.contains("line 4:") || r.err.contains("line 5:"), r.err);
    assertTrue(r.err.contains("line 6: UNKNOWN_UNIT — UNIT_MEASURE '万座' already scales by 10^4 and UNIT_MULT 4 "
        + "scales again: 10^8 in all"), r.err);
    assertInUserTerms(r.err.replace("rsu_road_length (", ""));
  }
}
