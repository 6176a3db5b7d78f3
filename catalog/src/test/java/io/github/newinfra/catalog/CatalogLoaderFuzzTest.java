package io.github.newinfra.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newinfra.catalog.internal.CatalogReader;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.json.ModelJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing of the catalog loader from the bytes up ({@code docs/fuzzing.md}): in a normal build it
 * runs the seed corpus in {@code CatalogLoaderFuzzTestInputs}; with {@code JAZZER_FUZZ=1} it fuzzes. Whatever the
 * bytes: only the documented exceptions; every element of every array is either read or has a problem at its
 * path; every problem has a path and a reason in words; a valid catalog renders as JSON and loads back equal; no
 * text from outside the catalog's folder is ever read; and each input takes bounded time.
 */
class CatalogLoaderFuzzTest {
  private static final ObjectMapper MAPPER = ModelJson.newMapper();
  /** Trees as the loader reads them: a field given twice is a problem it reports, so the tree keeps the last. */
  private static final com.fasterxml.jackson.databind.ObjectReader TREE = MAPPER.reader()
      .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
  /** Generous: a few kilobytes load in milliseconds once warm; only a pathological path comes near. */
  private static final Duration TIME_PER_INPUT = Duration.ofSeconds(10);
  private static final String SECRET = "SECRET-OUTSIDE-THE-CATALOG";
  private static final Pattern JAVA_NAME = Pattern.compile("\\b(java|javax|com\\.fasterxml|io\\.github)\\.[a-z]+");
  private static final Pattern ELEMENT = Pattern.compile("^\\$\\.([A-Za-z]+)\\[([0-9]+)]");
  private static final Set<String> ARRAYS = Set.of("documents", "sections", "measures", "departments", "regions",
      "indicators", "targets", "reportedValues", "fiscalFacts", "facilities", "measureLinks", "outcomeLinks");

  private static Path root;
  private static Path file;

  /** A folder with a text beside the catalog file, and a secret one level up that must never be read. */
  @BeforeAll
  static void folder() throws IOException {
    root = Files.createTempDirectory("catalog-fuzz");
    Files.writeString(root.resolve("secret.txt"), SECRET);
    Path folder = Files.createDirectories(root.resolve("catalog"));
    Files.writeString(folder.resolve("text.txt"), "b");
    file = folder.resolve("plan.json");
    // Warm up (class loading, and instrumentation while fuzzing), so that the time bound measures the input.
    try (java.io.InputStream valid = CatalogLoaderFuzzTest.class.getResourceAsStream(
        "CatalogLoaderFuzzTestInputs/valid.json")) {
      Files.write(file, valid.readAllBytes());
    }
    Catalog.check(file);
    Catalog.load(file).toJson();
  }

  @AfterAll
  static void clean() throws IOException {
    for (String name : new String[] {"catalog/plan.json", "catalog/text.txt", "catalog", "secret.txt", ""}) {
      Files.deleteIfExists(root.resolve(name));
    }
  }

  /** Tokens the mutator would rarely build byte by byte: nulls, coercible scalars, paths out of the folder. */
  @DictionaryEntries({"null", "[null]", "2025.5", "\"2025\"", "\"textResource\": \"../secret.txt\"",
      "\"textResource\": \"/dev/zero\"", "\"textResource\": \"text.txt\"", "\"formatVersion\": 1", "\"parent\":",
      "\"measureLinks\": [{\"from\": \"next/1\", \"to\": \"plan/1\"}]"})
  @FuzzTest(maxDuration = "5m")
  void catalogFiles(byte[] input) throws IOException {
    long start = System.nanoTime();
    Files.write(file, input);
    List<Problem> problems;
    try {
      problems = Catalog.check(file);
    } catch (CatalogFormatException e) {
      explained(e.getMessage(), input);
      assertTrue(e.getMessage().startsWith("Malformed catalog JSON in " + file), e.getMessage());
      bounded(start);
      return;
    }
    for (Problem p : problems) {
      assertTrue(p.path().startsWith("$"), p::toString);
      explained(p.message(), input);
    }
    everyElementReadOrReported(input, problems);
    String text = new String(input, StandardCharsets.UTF_8);
    if (problems.isEmpty()) {
      Catalog catalog = Catalog.load(file);
      onlyTextsFromInside(catalog.data(), input);
      String json = catalog.toJson();
      assertFalse(catalog.toString().isEmpty());
      assertEquals(catalog.data(), Catalog.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
          .data(), "a valid catalog loads back equal from its own JSON");
    } else if (!text.contains(SECRET)) {
      for (Problem p : problems) {
        assertFalse(p.message().contains(SECRET), "a text from outside the catalog's folder was read");
      }
    }
    bounded(start);
  }

  /**
   * Every text is given inline or read from a file inside the folder: the text file beside the catalog, or the
   * catalog file itself. (The input may well contain the secret's words: the fuzzer learns them from the checks.)
   */
  private static void onlyTextsFromInside(CatalogData data, byte[] input) throws IOException {
    JsonNode inline = TREE.readTree(input).path("texts");
    for (Map.Entry<String, String> t : data.texts().entrySet()) {
      JsonNode given = inline.get(t.getKey());
      boolean fromInput = given != null && given.isTextual() && given.textValue().equals(t.getValue());
      boolean fromInside = t.getValue().equals("b") || t.getValue().equals(new String(input, StandardCharsets.UTF_8));
      assertTrue(fromInput || fromInside, () -> "document '" + t.getKey() + "' has a text from outside the folder");
    }
  }

  /** Accepted + rejected = input: each element of each top-level array is in the content or has a problem. */
  private static void everyElementReadOrReported(byte[] input, List<Problem> problems) {
    JsonNode tree;
    CatalogData read;
    try {
      tree = TREE.readTree(input);
      read = CatalogReader.read(new ByteArrayInputStream(input), "fuzz").data();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> reported = new HashSet<>();
    for (Problem p : problems) {
      Matcher m = ELEMENT.matcher(p.path());
      if (m.find()) {
        reported.add(m.group(1) + "[" + m.group(2) + "]");
      }
    }
    Map<String, Integer> sizes = Map.ofEntries(Map.entry("documents", read.documents().size()),
        Map.entry("sections", read.sections().size()), Map.entry("measures", read.measures().size()),
        Map.entry("departments", read.departments().size()), Map.entry("regions", read.regions().size()),
        Map.entry("indicators", read.indicators().size()), Map.entry("targets", read.targets().size()),
        Map.entry("reportedValues", read.reportedValues().size()), Map.entry("fiscalFacts", read.fiscalFacts().size()),
        Map.entry("facilities", read.facilities().size()), Map.entry("measureLinks", read.measureLinks().size()),
        Map.entry("outcomeLinks", read.outcomeLinks().size()));
    for (String array : ARRAYS) {
      JsonNode elements = tree.get(array);
      if (elements == null || !elements.isArray()) {
        continue;
      }
      int unread = 0;
      for (int i = 0; i < elements.size(); i++) {
        if (reported.contains(array + "[" + i + "]")) {
          unread++;
        }
      }
      // Elements read may also have problems (a dangling reference), so: read ≥ size − reported elements.
      assertTrue(sizes.get(array) >= elements.size() - unread, () -> array + ": an element neither read nor reported");
      assertTrue(sizes.get(array) <= elements.size(), array);
    }
  }

  private static void explained(String message, byte[] input) {
    assertTrue(message != null && !message.isBlank(), "a reason without words");
    String text = new String(input, StandardCharsets.UTF_8);
    if (!JAVA_NAME.matcher(text).find()) {
      assertFalse(JAVA_NAME.matcher(message).find(), () -> "a Java name in a user message: " + message);
    }
    assertFalse(message.equals("null") || message.endsWith(": null"), () -> "'null' for a reason: " + message);
  }

  private static void bounded(long start) {
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertTrue(took.compareTo(TIME_PER_INPUT) <= 0, () -> "took " + took.toMillis() + " ms");
  }
}
