package io.github.newinfra.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.json.ModelJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Loading catalogs from anyone: text resources stay inside the catalog's folder, every element that cannot be read
 * is a located problem (never an exception), types are not coerced, paths name elements as they stand in the
 * file, one failure is reported once with its consequences, and measure links point forward in time.
 */
class CatalogLoadingTest {
  private static final ObjectMapper MAPPER = ModelJson.newMapper();
  private static final String SECRET = "SECRET-OUTSIDE-THE-CATALOG";

  /** The built-in catalog as one JSON tree, texts inline: a large valid catalog to break in one place. */
  private static ObjectNode builtIn() throws IOException {
    return (ObjectNode) MAPPER.readTree(Catalog.builtIn().toJson());
  }

  private static List<Problem> problems(JsonNode tree) throws IOException {
    byte[] json = MAPPER.writeValueAsBytes(tree);
    return assertThrows(InvalidCatalogException.class, () -> Catalog.load(new ByteArrayInputStream(json))).problems();
  }

  private static List<Problem> problems(String json) {
    return assertThrows(InvalidCatalogException.class,
        () -> Catalog.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))).problems();
  }

  private static Problem at(List<Problem> problems, String path) {
    return problems.stream().filter(p -> p.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no problem at " + path + " in " + problems));
  }

  // ---- 1. text resources ----------------------------------------------------------------------------------

  /** A one-document catalog in {@code dir/catalog/} whose document names {@code resource}; a secret beside it. */
  private static Path catalogNaming(Path dir, String resource) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("catalog"));
    Files.writeString(dir.resolve("secret.txt"), SECRET);
    Files.writeString(folder.resolve("text.txt"), "b");
    ObjectNode tree = (ObjectNode) MAPPER.readTree(LoadCostProbe.catalog("b", new String[] {"b"}, null));
    tree.remove("texts");
    ((ObjectNode) tree.withArray("documents").get(0)).put("textResource", resource);
    Path file = folder.resolve("plan.json");
    Files.write(file, MAPPER.writeValueAsBytes(tree));
    return file;
  }

  private static void refused(Path file, String why) {
    List<Problem> problems = Catalog.check(file);
    Problem p = at(problems, "$.documents[0].textResource");
    assertEquals(ProblemType.REFUSED_TEXT_RESOURCE, p.type(), problems.toString());
    assertTrue(p.message().contains(why), p.message());
    assertEquals(1, problems.size(), () -> "the refusal is the one problem, not also a missing text: " + problems);
    InvalidCatalogException e = assertThrows(InvalidCatalogException.class, () -> Catalog.load(file));
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
  }

  @Test
  void aTenThousandCharacterTextResourceNameIsAShortProblemAtItsPathAndValidationGoesOn(@TempDir Path dir)
      throws IOException {
    String name = "a".repeat(10_000);
    Path file = catalogNaming(dir, name);
    List<Problem> problems = Catalog.check(file);
    Problem p = at(problems, "$.documents[0].textResource");
    assertEquals(ProblemType.REFUSED_TEXT_RESOURCE, p.type());
    assertTrue(p.message().startsWith("text resource '" + "a".repeat(40) + "…" + "a".repeat(20)
        + "' (10000 characters) is not read: it cannot be opened: "), p.message());
    assertTrue(p.message().length() < 200, p.message());
    // Another problem in the same catalog is still found.
    ObjectNode tree = (ObjectNode) MAPPER.readTree(file.toFile());
    ((ObjectNode) tree.withArray("measures").get(0)).put("document", "nowhere");
    Files.write(file, MAPPER.writeValueAsBytes(tree));
    List<Problem> both = Catalog.check(file);
    assertTrue(both.stream().anyMatch(x -> x.path().equals("$.measures[0]")), both.toString());
    assertEquals(ProblemType.REFUSED_TEXT_RESOURCE, at(both, "$.documents[0].textResource").type());
  }

  @Test
  void aFieldGivenTwiceIsAProblemAtItsPathAndTheRestIsValidated() throws IOException {
    String json = MAPPER.writeValueAsString(builtIn());
    String id = "\"id\":\"" + Catalog.builtIn().indicators().get(2).id() + "\"";
    int at = json.indexOf(id);
    assertTrue(at > 0, id);
    String twice = json.substring(0, at) + "\"nameZh\":\"重复\"," + json.substring(at).replaceFirst(
        "\"measure\":\"", "\"measure\":\"nowhere/1/1/1\",\"measure\":\"");
    List<Problem> problems = problems(twice);
    Problem p = at(problems, "$.indicators[2].nameZh");
    assertEquals(ProblemType.MALFORMED, p.type());
    assertTrue(p.message().matches("field 'nameZh' is given twice in this object \\(again at line 1, column \\d+\\); "
        + "give each field once"), p.message());
    assertTrue(problems.stream().anyMatch(x -> x.message().contains("'measure' is given twice")), problems.toString());
    for (Problem x : problems) {
      assertFalse(x.message().contains("Feature") || x.message().contains("ObjectNode"), x.toString());
    }
  }

  @Test
  void aTextResourceInsideTheFolderIsRead(@TempDir Path dir) throws IOException {
    Path file = catalogNaming(dir, "sub/../text.txt");
    Files.createDirectories(file.getParent().resolve("sub"));
    assertEquals(List.of(), Catalog.check(file));
    assertEquals("b", Catalog.load(file).text(Catalog.load(file).documents().get(0).id()).orElseThrow());
  }

  @Test
  void anAbsoluteTextResourceIsRefusedUnread(@TempDir Path dir) throws IOException {
    refused(catalogNaming(dir, dir.resolve("secret.txt").toAbsolutePath().toString()), "absolute path");
    refused(catalogNaming(dir, "/dev/zero"), "absolute path");
  }

  @Test
  void aTextResourceLeadingOutOfTheFolderIsRefusedUnread(@TempDir Path dir) throws IOException {
    refused(catalogNaming(dir, "../secret.txt"), "leads out of the catalog file's folder");
    refused(catalogNaming(dir, "sub/../../secret.txt"), "leads out of the catalog file's folder");
  }

  @Test
  void aLinkOutOfTheFolderIsRefusedUnreadAndALinkInsideIsFollowed(@TempDir Path dir) throws IOException {
    Path file = catalogNaming(dir, "link.txt");
    Path folder = file.getParent();
    try {
      Files.createSymbolicLink(folder.resolve("link.txt"), dir.resolve("secret.txt"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here");
    }
    refused(file, "link to a file outside");
    Files.delete(folder.resolve("link.txt"));
    Files.createSymbolicLink(folder.resolve("link.txt"), folder.resolve("text.txt"));
    assertEquals(List.of(), Catalog.check(file));
    Files.delete(folder.resolve("link.txt"));
    Files.createSymbolicLink(folder.resolve("link.txt"), Path.of("/dev/zero"));
    refused(file, "link to a file outside");
  }

  @Test
  void aFolderAPipeOrAHugeFileIsRefusedWithoutReadingIt(@TempDir Path dir) throws Exception {
    Path file = catalogNaming(dir, "texts");
    Files.createDirectories(file.getParent().resolve("texts"));
    refused(file, "a folder");

    file = catalogNaming(dir, "huge.txt");
    try (RandomAccessFile huge = new RandomAccessFile(file.getParent().resolve("huge.txt").toFile(), "rw")) {
      huge.setLength(17L * 1024 * 1024); // sparse: nothing is written
    }
    refused(file, "at most 16777216 bytes");

    Path fifoFile = catalogNaming(dir, "pipe.txt");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifoFile.getParent().resolve("pipe.txt").toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here");
      return;
    }
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    // Opening a pipe for reading blocks until someone writes: a refusal must come before any open.
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refused(fifoFile, "not a regular file"));
  }

  @Test
  void aTextResourceThatIsNotUtf8IsRefused(@TempDir Path dir) throws IOException {
    Path file = catalogNaming(dir, "latin1.txt");
    Files.write(file.getParent().resolve("latin1.txt"), new byte[] {(byte) 0xE9, 'b', (byte) 0xFF});
    refused(file, "not UTF-8");
  }

  @Test
  void aMissingTextResourceIsAMissingText(@TempDir Path dir) throws IOException {
    List<Problem> problems = Catalog.check(catalogNaming(dir, "absent.txt"));
    assertEquals(ProblemType.MISSING_TEXT, at(problems, "$.documents[0].textResource").type());
  }

  @Test
  void bytesThatAreNotUtf8AreAFormatErrorNotAnIoError(@TempDir Path dir) throws IOException {
    // Found by fuzzing: a zero byte after '{' makes the parser take the input for UTF-32.
    byte[] bytes = new byte[112];
    bytes[0] = '{';
    System.arraycopy(" between tokens".getBytes(StandardCharsets.US_ASCII), 0, bytes, 100, 12);
    CatalogFormatException e = assertThrows(CatalogFormatException.class,
        () -> Catalog.load(new ByteArrayInputStream(bytes)));
    assertTrue(e.getMessage().contains("not UTF-8 JSON text"), e.getMessage());
    Path file = Files.write(dir.resolve("utf32.json"), bytes);
    assertThrows(CatalogFormatException.class, () -> Catalog.check(file));
  }

  @Test
  void contentAfterTheCatalogIsAFormatErrorInTheCatalogsWords() {
    // Found by fuzzing: the parser's own message named its classes and features.
    for (String json : new String[] {"{}{", "{} {}", "{}[1]"}) {
      CatalogFormatException e = assertThrows(CatalogFormatException.class,
          () -> Catalog.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
      assertTrue(e.getMessage().endsWith("unexpected content after the end"), e.getMessage());
    }
  }

  // ---- 2. elements that are not objects --------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"documents", "sections", "measures", "departments", "regions", "indicators", "targets",
      "reportedValues", "fiscalFacts", "facilities", "measureLinks", "outcomeLinks"})
  void aNullOrScalarElementOfAnyArrayIsAProblemAtItsPath(String array) throws IOException {
    ObjectNode tree = builtIn();
    ArrayNode elements = tree.withArray(array);
    elements.insertNull(0);
    elements.insert(2, 7);
    List<Problem> problems = problems(tree);
    Problem nul = at(problems, "$." + array + "[0]");
    assertEquals(ProblemType.MALFORMED, nul.type());
    assertTrue(nul.message().matches("expected an? [a-z ]+ \\(a JSON object\\), found null"), nul.message());
    assertTrue(at(problems, "$." + array + "[2]").message().endsWith("found 7"));
  }

  // ---- 3. strict types --------------------------------------------------------------------------------------

  private static void expect(ObjectNode tree, String path, String message) throws IOException {
    Problem p = at(problems(tree), path);
    assertEquals(ProblemType.MALFORMED, p.type(), p.toString());
    assertTrue(p.message().startsWith(message), () -> "at " + path + ": " + p.message());
  }

  private static ObjectNode element(ObjectNode tree, String array, int index) {
    return (ObjectNode) tree.withArray(array).get(index);
  }

  @Test
  void noNumberIsCoercedIntoAnother() throws IOException {
    ObjectNode tree = builtIn();
    element(tree, "targets", 0).put("dueYear", 2020.5);
    expect(tree, "$.targets[0].dueYear", "expected an integer, found 2020.5");
    tree = builtIn();
    element(tree, "targets", 0).put("dueYear", "2020");
    expect(tree, "$.targets[0].dueYear", "expected an integer, found \"2020\"");
    tree = builtIn();
    element(tree, "documents", 0).put("assignsDepartments", "true");
    expect(tree, "$.documents[0].assignsDepartments", "expected true or false, found \"true\"");
  }

  @Test
  void noNumberIsTakenForText() throws IOException {
    ObjectNode tree = builtIn();
    element(tree, "sections", 1).put("label", 5);
    expect(tree, "$.sections[1].label", "expected a string, found 5");
    tree = builtIn();
    element(tree, "regions", 0).put("code", 320000);
    expect(tree, "$.regions[0].code", "expected a six-digit region code such as \"320000\", found 320000");
    tree = builtIn();
    element(tree, "targets", 0).put("comparator", 1);
    expect(tree, "$.targets[0].comparator", "expected one of AT_LEAST, ");
  }

  @Test
  void nullIsNeverAValueAndSaysWhatWasExpected() throws IOException {
    ObjectNode tree = builtIn();
    element(tree, "measures", 0).putNull("regions");
    expect(tree, "$.measures[0].regions", "expected an array, each element a six-digit region code");
    tree = builtIn();
    ((ObjectNode) element(tree, "targets", 0).get("source")).putNull("quote");
    expect(tree, "$.targets[0].source.quote", "expected a string, found null");
    tree = builtIn();
    element(tree, "regions", 1).putNull("parent");
    expect(tree, "$.regions[1].parent", "expected a six-digit region code such as \"320000\", found null");
    tree = builtIn();
    element(tree, "measures", 0).withArray("departments").insertNull(0);
    List<Problem> problems = problems(tree);
    Problem p = problems.stream().filter(x -> x.path().startsWith("$.measures[0].departments")).findFirst()
        .orElseThrow(() -> new AssertionError(problems.toString()));
    assertTrue(p.message().startsWith("expected "), p.message());
    for (Problem x : problems) {
      assertFalse(x.message().equals("null") || x.message().endsWith(": null"), x::toString);
    }
  }

  @Test
  void aMissingFieldAndAnUnknownFieldAreNamedInTheCatalogsTerms() throws IOException {
    ObjectNode tree = builtIn();
    element(tree, "regions", 0).remove("nameEn");
    element(tree, "regions", 1).put("population", 1);
    List<Problem> problems = problems(tree);
    assertEquals("missing required field nameEn", at(problems, "$.regions[0]").message());
    assertTrue(at(problems, "$.regions[1].population").message().startsWith("unknown field 'population'; known"));
    for (Problem p : problems) {
      assertFalse(p.message().matches("(?s).*\\b(io\\.github|java\\.|com\\.fasterxml)\\..*"), p::toString);
    }
  }

  // ---- 4. bounded cost ---------------------------------------------------------------------------------------

  @Test
  void aQuantityOfAMillionDigitsIsRejectedBeforeItIsRead() throws IOException {
    ObjectNode tree = builtIn();
    element(tree, "targets", 0).put("value", "7".repeat(1_000_000) + "座");
    Problem p = at(problems(tree), "$.targets[0].value");
    assertTrue(p.message().contains("at most 64 characters"), p.message());
    assertTrue(p.message().length() < 200, "the message abbreviates the text: " + p.message().length());
  }

  @Test
  void quotesThatAlmostMatchALongTextAreReportedOnceEach() {
    String text = "a".repeat(100_000) + "b";
    String[] quotes = {"a".repeat(5_000) + "c", "a".repeat(5_000) + "b", "b", "ab"};
    List<Problem> problems = problems(LoadCostProbe.catalog(text, quotes, null));
    assertEquals(List.of("$.targets[0].source.quote"), problems.stream().map(Problem::path).collect(Collectors.toList()));
    assertTrue(problems.get(0).message().contains("(5001 characters)"), problems.get(0).message());
  }

  // ---- 5. paths as in the file --------------------------------------------------------------------------------

  @Test
  void pathsNameElementsAsTheyStandInTheFileAfterOneFailedToRead() throws IOException {
    ObjectNode tree = builtIn();
    element(tree, "targets", 1).put("comparator", "SOMETIMES");
    element(tree, "targets", 5).put("region", "320999");
    element(tree, "documents", 0).put("issueDate", "2020-13-45");
    element(tree, "documents", 1).put("periodEnd", 2020);
    List<Problem> problems = problems(tree);
    assertTrue(at(problems, "$.targets[1].comparator").message().startsWith("expected one of AT_LEAST"));
    assertEquals(ProblemType.DANGLING_REFERENCE, at(problems, "$.targets[5].region").type());
    assertTrue(at(problems, "$.documents[0].issueDate").message().startsWith("expected a date such as"));
    // The second document stays the second, though the first could not be read.
    assertTrue(problems.stream().anyMatch(p -> p.path().startsWith("$.documents[1]")), problems.toString());
    assertFalse(problems.stream().anyMatch(p -> p.path().equals("$.targets[4].region")), problems.toString());
    assertFalse(problems.stream().anyMatch(p -> p.path().equals("$.documents")),
        () -> "documents that could not be read are not 'no documents': " + problems);
  }

  // ---- 6. one cause, reported once ----------------------------------------------------------------------------

  @Test
  void anElementThatCannotBeReadIsReportedOnceWithItsConsequencesGrouped() throws IOException {
    ObjectNode tree = builtIn();
    // A county of the catalog's own that cannot be read (a county has a parent), named by six targets.
    tree.withArray("regions").addObject().put("code", "320102").put("nameZh", "玄武区").put("nameEn", "Xuanwu")
        .put("level", "COUNTY");
    for (int i = 0; i < 6; i++) {
      element(tree, "targets", i).put("region", "320102");
    }
    List<Problem> problems = problems(tree);
    String at = "$.regions[14]";
    assertEquals(ProblemType.INVALID_VALUE, problems.get(0).type());
    assertEquals(at, problems.get(0).path());
    List<Problem> dangling = problems.stream().filter(p -> p.type() == ProblemType.DANGLING_REFERENCE)
        .collect(Collectors.toList());
    assertEquals(1, dangling.size(), dangling::toString);
    assertEquals(at, dangling.get(0).path());
    assertTrue(dangling.get(0).message().matches("region '320102' could not be read \\(see the problem at "
        + "\\$\\.regions\\[14]\\), so 6 references to it do not resolve: \\$\\.targets\\[0]\\.region, .* and 1 more"),
        dangling.get(0).message());
    assertEquals(2, problems.size(), problems::toString);
  }

  @Test
  void aRegistryRegionTheCatalogFailsToRestateIsOneProblemAndItsReferencesStillResolve() throws IOException {
    ObjectNode tree = builtIn();
    element(tree, "regions", 0).put("level", "PREFECTURE_CITY"); // Jiangsu, now a city without a parent
    List<Problem> problems = problems(tree);
    long references = Catalog.builtIn().targets().stream().filter(t -> t.region().equals(RegionCode.JIANGSU)).count();
    assertTrue(references > 30, "the built-in catalog refers to Jiangsu often");
    assertEquals(List.of("$.regions[0]"), problems.stream().map(Problem::path).collect(Collectors.toList()),
        "the references fall back to the region registry's 320000: " + problems);
    assertTrue(problems.get(0).message().contains("320000"), problems.get(0).message());
  }

  @Test
  void aReferenceToAnElementThatNeverExistedIsStillReportedWhereItIs() throws IOException {
    ObjectNode tree = builtIn();
    element(tree, "targets", 3).put("region", "320999");
    assertEquals(ProblemType.DANGLING_REFERENCE, at(problems(tree), "$.targets[3].region").type());
  }

  @Test
  void anEmptyObjectIsNotACatalog() {
    List<String> paths = problems("{}").stream().map(Problem::path).collect(Collectors.toList());
    assertEquals(List.of("$.formatVersion", "$.documents"), paths);
    assertEquals(List.of("$.documents"), problems("{\"formatVersion\":1}").stream().map(Problem::path)
        .collect(Collectors.toList()));
  }

  // ---- 7. measure links point forward --------------------------------------------------------------------------

  @Test
  void measureLinksPointToALaterDocumentSoACycleIsRejectedAtItsBackwardLink() throws IOException {
    ObjectNode tree = builtIn();
    ArrayNode links = tree.withArray("measureLinks");
    ObjectNode first = (ObjectNode) links.get(0);
    ObjectNode back = links.addObject();
    back.put("from", first.get("to").asText());
    back.put("to", first.get("from").asText());
    back.put("note", "back");
    List<Problem> problems = problems(tree);
    assertEquals(1, problems.size(), problems::toString);
    Problem p = at(problems, "$.measureLinks[" + (links.size() - 1) + "].to");
    assertEquals(ProblemType.LINK_MISMATCH, p.type());
    assertTrue(p.message().contains("points back in time"), p.message());

    tree = builtIn();
    ObjectNode inside = tree.withArray("measureLinks").addObject();
    inside.put("from", "measures2020/1/1");
    inside.put("to", "measures2020/1/2");
    Problem same = problems(tree).get(0);
    assertEquals("$.measureLinks[" + (tree.withArray("measureLinks").size() - 1) + "]", same.path());
    assertTrue(same.message().contains("both measures are of document 'measures2020'"), same.message());
  }
}
