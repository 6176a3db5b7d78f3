package io.github.newinfra.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.core.Evaluator;
import io.github.newinfra.core.ObservationFormatException;
import io.github.newinfra.core.ObservationSource;
import io.github.newinfra.testing.MalformedInputs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every message the project's hostile inputs draw — through the command line and through the API — is in the
 * user's terms: no Java class or exception name, no JSON parser feature, setting, limit method or token name.
 * The inputs: malformed JSON of every kind for observations and catalogs, the fuzz corpora of the three loaders,
 * the hostile payload families, bad option values and a reader that cannot decode its bytes.
 */
class UserTermsTest {
  /** What a message in the user's terms never holds. */
  private static final Pattern INTERNALS = Pattern.compile(
      "\\b(?:java|javax|sun|jdk|com\\.fasterxml|io\\.github\\.newinfra|picocli)\\.[a-z]"
          + "|\\b[A-Z][A-Za-z]*(?:Exception|Error)\\b"
          + "|StreamRead|JsonRead|JsonParser|JsonToken|JsonNode|ObjectNode|Deserializ|Serializ"
          + "|\\bFeature\\b|ALLOW_[A-Z_]+|allow_[a-z_]+|\\benable\\b|getMax|Input length ="
          + "|\\b(?:VALUE_STRING|VALUE_NUMBER_INT|FIELD_NAME|START_OBJECT|START_ARRAY|END_OBJECT|END_ARRAY)\\b"
          + "|`|\\bCharset\\b|\\bCTRL-CHAR\\b|\\bnull pointer\\b");

  @TempDir
  Path dir;

  /** Malformed JSON, one case each, as an array of observations; each also becomes a catalog. */
  private static Map<String, String> malformedJson() {
    Map<String, String> docs = new LinkedHashMap<>();
    docs.put("comment", "[ // note\n{\"indicator\":\"x\"}]");
    docs.put("block-comment", "[ /* note */ {\"indicator\":\"x\"}]");
    docs.put("hash-comment", "[ # note\n{\"indicator\":\"x\"}]");
    docs.put("nan", "[{\"indicator\":\"x\",\"value\":NaN}]");
    docs.put("infinity", "[{\"indicator\":\"x\",\"value\":-Infinity}]");
    docs.put("single-quotes", "[{'indicator':'x'}]");
    docs.put("unquoted-name", "[{indicator:\"x\"}]");
    docs.put("leading-zero", "[{\"value\":007}]");
    docs.put("plus", "[{\"value\":+1}]");
    docs.put("hex", "[{\"value\":0x10}]");
    docs.put("trailing-comma", "[{\"value\":1},]");
    docs.put("control", "[{\"indicator\":\"a\u0001b\"}]");
    docs.put("bad-escape", "[{\"indicator\":\"\\q\"}]");
    docs.put("end-in-array", "[{\"value\":1}");
    docs.put("end-in-string", "[{\"value\":\"abc");
    docs.put("end-in-name", "[{\"val");
    docs.put("after-the-end", "[] x");
    docs.put("not-an-array", "{\"a\":1}");
    docs.put("empty", "");
    docs.put("deep-root", "[".repeat(70) + "]".repeat(70));
    docs.put("long-number", "[" + "1".repeat(1500) + "]");
    docs.put("long-name", "[{\"" + "a".repeat(60_000) + "\":1}]");
    docs.put("repeated-field", "[{\"value\":1,\"value\":2}]");
    for (int i = 0; i < MalformedInputs.overLimitJsonElements(10).size(); i++) {
      docs.put("over-limit-" + i, "[" + MalformedInputs.overLimitJsonElements(10).get(i) + "]");
    }
    return docs;
  }

  private final List<String> messages = new ArrayList<>();

  private void cli(String... args) {
    CliRun run = CliRun.run(args);
    messages.add(String.join(" ", args).replace(dir.toString(), "") + " => " + run.err
        + (args[0].equals("evaluate") && args.length > 1 && !run.out.startsWith("{") ? run.out : ""));
  }

  @Test
  void hostileInputsDrawMessagesWithoutJavaOrParserInternals() throws IOException {
    for (Map.Entry<String, String> doc : malformedJson().entrySet()) {
      Path observations = Files.writeString(dir.resolve(doc.getKey() + ".json"), doc.getValue());
      cli("evaluate", "--observations", observations.toString(), "--as-of", "2023-12-31", "--format", "json");
      String catalog = doc.getValue().startsWith("[") ? "{\"formatVersion\":1,\"indicators\":" + doc.getValue() + "}"
          : doc.getValue();
      cli("validate", Files.writeString(dir.resolve("catalog-" + doc.getKey() + ".json"), catalog).toString());
    }
    for (String corpus : List.of("../core/src/test/resources/io/github/newinfra/core/ObservationCsvFuzzTestInputs",
        "../core/src/test/resources/io/github/newinfra/core/ObservationJsonFuzzTestInputs",
        "../catalog/src/test/resources/io/github/newinfra/catalog/CatalogLoaderFuzzTestInputs")) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(Path.of(corpus))) {
        files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
      }
      assertTrue(files.size() >= 4, corpus);
      for (Path f : files) {
        Path copy = Files.copy(f, dir.resolve("corpus" + (corpus.contains("Csv") ? ".csv" : ".json")),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        if (corpus.contains("Catalog")) {
          cli("validate", copy.toString());
        } else {
          cli("evaluate", "--observations", copy.toString(), "--as-of", "2023-12-31");
        }
      }
    }
    Path csv = Files.writeString(dir.resolve("o.csv"), "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE\n"
        + MalformedInputs.MARKUP.get(0) + ",320000,2023,1\n");
    for (String[] bad : List.of(new String[] {"--encoding", "FOO"}, new String[] {"--encoding", "x y"},
        new String[] {"--as-of", "2023-13-01"}, new String[] {"--method", "x"}, new String[] {"--format", "pdf"},
        new String[] {"--lang", "fr"}, new String[] {"--show", "some"}, new String[] {"--map", dir.toString()},
        new String[] {"--catalog", dir.resolve("missing.json").toString()}, new String[] {"--out", dir.toString()},
        new String[] {"--frobnicate"})) {
      List<String> args = new ArrayList<>(List.of("evaluate", "--observations", csv.toString()));
      args.addAll(List.of(bad));
      cli(args.toArray(new String[0]));
    }
    cli("targets", "--due", "20x5");
    cli("targets", "--pillar", "NOPE");
    cli("targets", "--department", "nowhere");
    cli("evaluate", "--observations", dir.toString());
    Path latin1 = Files.write(dir.resolve("map.csv"), "region,M\u00fcnchen,320100\n".getBytes(StandardCharsets.ISO_8859_1));
    cli("evaluate", "--observations", csv.toString(), "--map", latin1.toString());

    // Through the API: a reader that decodes strictly and meets bytes it cannot decode.
    byte[] gb = ("INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE\nrsu_road_length,320000,2023,1500\n"
        + "base_stations_5g,320000,2023,18.7,万座\n").getBytes(java.nio.charset.Charset.forName("GB18030"));
    ObservationFormatException e = assertThrows(ObservationFormatException.class, () -> Evaluator
        .of(Catalog.builtIn().data()).evaluate(ObservationSource.csv(new InputStreamReader(
            new ByteArrayInputStream(gb), StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)), "gb.csv")));
    assertEquals("gb.csv: line 3: the reader could not decode the text (bytes that are not valid in its encoding); "
        + "give the reader the file's encoding, e.g. GB18030", e.getMessage());

    assertTrue(messages.size() > 80, messages.size() + " messages");
    List<String> internal = new ArrayList<>();
    for (String m : messages) {
      Matcher x = INTERNALS.matcher(m);
      if (x.find()) {
        internal.add(m.substring(0, Math.min(m.length(), 400)) + "   <-- '" + x.group() + "'");
      }
    }
    if (!internal.isEmpty()) {
      fail(internal.size() + " of " + messages.size() + " messages name internals:\n" + String.join("\n", internal));
    }
  }
}
