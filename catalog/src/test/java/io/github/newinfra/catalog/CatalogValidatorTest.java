package io.github.newinfra.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.json.ModelJson;
import io.github.newinfra.testing.CatalogGenerators;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogValidatorTest {
  private static final ObjectMapper MAPPER = ModelJson.newMapper();

  /** A valid catalog with at least one target of each comparator-relevant kind, as a mutable JSON tree. */
  private static ObjectNode validTree(long seed) {
    for (long s = seed; ; s++) {
      CatalogData data = CatalogGenerators.catalog(new SplittableRandom(s));
      if (data.targets().size() >= 2) {
        return MAPPER.valueToTree(data);
      }
    }
  }

  private static InvalidCatalogException loadInvalid(ObjectNode tree) throws Exception {
    byte[] json = MAPPER.writeValueAsBytes(tree);
    return assertThrows(InvalidCatalogException.class, () -> Catalog.load(new ByteArrayInputStream(json)));
  }

  private static List<String> paths(InvalidCatalogException e) {
    return e.problems().stream().map(Problem::path).collect(Collectors.toList());
  }

  @Test
  void malformedJsonIsATypedErrorWithLineAndColumn() {
    String json = "{\n  \"formatVersion\": 1,\n  \"regions\": [ {\"code\": \"320000\" ]\n}";
    CatalogFormatException e = assertThrows(CatalogFormatException.class,
        () -> Catalog.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    assertTrue(!e.getMessage().contains("com.fasterxml"), e.getMessage());
  }

  @Test
  void aNumberNoDecimalCanHoldIsATypedErrorWithItsLine() {
    String json = "{\n  \"formatVersion\": 1,\n  \"targets\": [ {\"value\": 1e9999999999} ]\n}";
    CatalogFormatException e = assertThrows(CatalogFormatException.class,
        () -> Catalog.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("out of range"), e.getMessage());
  }

  @Test
  void reportsEveryBrokenElementNotJustTheFirst() throws Exception {
    ObjectNode tree = validTree(1);
    ArrayNode targets = (ArrayNode) tree.get("targets");
    ((ObjectNode) targets.get(0)).put("dueYear", "soon");
    ((ObjectNode) targets.get(1)).remove("measure");
    ((ObjectNode) tree.withArray("regions").get(3)).put("code", "32O100");
    InvalidCatalogException e = loadInvalid(tree);
    List<String> paths = paths(e);
    assertTrue(paths.contains("$.targets[0].dueYear"), e.getMessage());
    assertTrue(paths.contains("$.targets[1]"), e.getMessage());
    assertTrue(paths.contains("$.regions[3].code"), e.getMessage());
    assertTrue(e.getMessage().contains("measure"), e.getMessage());
    assertTrue(!e.getMessage().contains("com.fasterxml"), e.getMessage());
  }

  @Test
  void reportsAnInvariantBrokenInsideAnElementWithTheRule() throws Exception {
    ObjectNode tree = validTree(2);
    ObjectNode target = (ObjectNode) tree.withArray("targets").get(0);
    target.put("comparator", "BETWEEN");
    target.put("indicator", tree.withArray("indicators").get(0).get("id").textValue());
    target.put("value", "5个");
    target.put("upperValue", "2个");
    target.remove("tolerance");
    target.remove("basically");
    InvalidCatalogException e = loadInvalid(tree);
    Problem p = e.problems().stream().filter(x -> x.path().equals("$.targets[0]")).findFirst().orElseThrow();
    assertEquals(ProblemType.INVALID_VALUE, p.type());
    assertTrue(p.message().contains("greater than upper bound"), p.message());
  }

  @Test
  void rejectsUnknownFieldsAtEveryLevel() throws Exception {
    ObjectNode tree = validTree(3);
    tree.put("colour", "red");
    ((ObjectNode) tree.withArray("regions").get(0)).put("population", 1);
    List<String> paths = paths(loadInvalid(tree));
    assertTrue(paths.contains("$.colour"), paths.toString());
    assertTrue(paths.contains("$.regions[0].population"), paths.toString());
  }

  @Test
  void rejectsAnUnsupportedFormatVersion() throws Exception {
    ObjectNode tree = validTree(4);
    tree.put("formatVersion", 2);
    assertEquals(List.of("$.formatVersion"), paths(loadInvalid(tree)));
  }

  @Test
  void reportsAMissingTextForEveryDocument() throws Exception {
    ObjectNode tree = validTree(5);
    tree.remove("texts");
    InvalidCatalogException e = loadInvalid(tree);
    assertTrue(e.problems().stream().anyMatch(p -> p.type() == ProblemType.MISSING_TEXT
        && p.path().equals("$.documents[0].textResource")), e.getMessage());
  }

  @Test
  void enforcesReaderLimitsAsTypedErrors() {
    String deep = "[".repeat(100) + "]".repeat(100);
    CatalogFormatException e = assertThrows(CatalogFormatException.class,
        () -> Catalog.load(new ByteArrayInputStream(("{\"regions\":" + deep + "}").getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().endsWith("arrays and objects are nested more than 64 levels deep"), e.getMessage());
    assertThrows(CatalogFormatException.class,
        () -> Catalog.load(new ByteArrayInputStream("[1,2]".getBytes(StandardCharsets.UTF_8))));
    assertThrows(CatalogFormatException.class,
        () -> Catalog.load(new ByteArrayInputStream("{} {}".getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void loadsTextsRelativeToTheCatalogFile(@TempDir Path dir) throws Exception {
    CatalogData data = CatalogGenerators.catalog(new SplittableRandom(9));
    ObjectNode tree = MAPPER.valueToTree(data);
    tree.remove("texts");
    for (int i = 0; i < tree.withArray("documents").size(); i++) {
      ObjectNode doc = (ObjectNode) tree.withArray("documents").get(i);
      String id = doc.get("id").asText();
      doc.put("textResource", "texts/" + id + ".txt");
      Files.createDirectories(dir.resolve("texts"));
      Files.writeString(dir.resolve("texts/" + id + ".txt"), data.texts().get(id));
    }
    Path file = dir.resolve("plan.json");
    Files.write(file, MAPPER.writeValueAsBytes(tree));
    Catalog catalog = Catalog.load(file);
    assertEquals(data.texts(), catalog.data().texts());
    assertEquals(List.of(), Catalog.check(file));
    Files.delete(dir.resolve("texts/" + data.documents().get(0).id() + ".txt"));
    assertTrue(Catalog.check(file).stream().anyMatch(p -> p.type() == ProblemType.MISSING_TEXT));
  }

  @Test
  void anUnreadableFileIsACatalogExceptionNamingTheFile(@TempDir Path dir) {
    CatalogException e = assertThrows(CatalogException.class, () -> Catalog.load(dir.resolve("nope.json")));
    assertTrue(e.getMessage().contains("nope.json"), e.getMessage());
  }
}
