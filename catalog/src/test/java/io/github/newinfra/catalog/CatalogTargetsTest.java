package io.github.newinfra.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.json.ModelJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The validator's rules for targets: one goal once, quotes with their numbers, a table's row, relative changes. */
class CatalogTargetsTest {
  private static final ObjectMapper MAPPER = ModelJson.newMapper();
  private static final String TEXT = "一、发展目标\n到2025年，核心产业增加值翻一番，普及率达到60%。\n"
      + "专栏1 主要指标\n核心产业增加值（亿元） | 2000 | 翻一番 | 预期性\n普及率（%） | 45 | 60 | 预期性\n";

  /** A catalog with a goals paragraph and a 主要指标 table, and one target of 60% quoted from the paragraph. */
  private static ObjectNode tree() throws IOException {
    String json = "{\"formatVersion\":1,"
        + "\"documents\":[{\"id\":\"plan\",\"titleZh\":\"规划\",\"titleEn\":\"Plan\",\"issueDate\":\"2021-01-01\","
        + "\"periodStart\":2021,\"periodEnd\":2025,\"assignsDepartments\":false}],"
        + "\"sections\":[{\"id\":\"plan/1\",\"document\":\"plan\",\"kind\":\"CHAPTER\",\"label\":\"一\",\"titleZh\":\"发展目标\"},"
        + "{\"id\":\"plan/1/1\",\"document\":\"plan\",\"parent\":\"plan/1\",\"kind\":\"TABLE\",\"label\":\"专栏1\","
        + "\"titleZh\":\"主要指标\"}],"
        + "\"crossCutting\":[{\"id\":\"GOALS\",\"nameZh\":\"发展目标\",\"nameEn\":\"Goals\"}],"
        + "\"measures\":[{\"id\":\"plan/1\",\"document\":\"plan\",\"section\":\"plan/1\",\"label\":\"一\",\"titleZh\":\"发展目标\","
        + "\"text\":\"到2025年，核心产业增加值翻一番，普及率达到60%。\",\"crossCutting\":\"GOALS\"}],"
        + "\"indicators\":[{\"id\":\"share\",\"nameZh\":\"普及率\",\"nameEn\":\"Share\",\"unit\":\"%\","
        + "\"direction\":\"HIGHER_IS_BETTER\",\"accumulation\":\"LEVEL\"},"
        + "{\"id\":\"value_added\",\"nameZh\":\"核心产业增加值\",\"nameEn\":\"Value added\",\"unit\":\"元\","
        + "\"direction\":\"HIGHER_IS_BETTER\",\"accumulation\":\"ANNUAL\"}],"
        + "\"targets\":[{\"id\":\"plan/target/share\",\"measure\":\"plan/1\",\"indicator\":\"share\",\"region\":\"100000\","
        + "\"comparator\":\"AT_LEAST\",\"value\":\"60%\",\"dueYear\":2025,"
        + "\"source\":{\"document\":\"plan\",\"section\":\"plan/1\",\"quote\":\"普及率达到60%\"}}],"
        + "\"texts\":{\"plan\":" + MAPPER.writeValueAsString(TEXT) + "}}";
    return (ObjectNode) MAPPER.readTree(json);
  }

  private static List<Problem> problems(ObjectNode tree) throws IOException {
    return LoadedProblems.of(tree);
  }

  private static ObjectNode second(ObjectNode tree) {
    ObjectNode copy = ((ObjectNode) tree.withArray("targets").get(0)).deepCopy();
    copy.put("id", "plan/target/share-row");
    tree.withArray("targets").add(copy);
    return copy;
  }

  @Test
  void twoTargetsForOneIndicatorRegionAndDueYearAreOneGoalTooMany() throws IOException {
    ObjectNode tree = tree();
    assertEquals(List.of(), problems(tree));
    second(tree);
    List<Problem> problems = problems(tree);
    assertEquals(List.of("$.targets[1].indicator"), problems.stream().map(Problem::path).collect(Collectors.toList()));
    assertEquals(ProblemType.DUPLICATE_GOAL, problems.get(0).type());
    assertTrue(problems.get(0).message().contains("a goal counts once"), problems.get(0).message());
  }

  @Test
  void aTargetOfATableQuotesItsOwnRow() throws IOException {
    ObjectNode tree = tree();
    ObjectNode row = (ObjectNode) tree.withArray("targets").get(0);
    ((ObjectNode) row.get("source")).put("section", "plan/1/1").put("quote", "普及率（%） | 45 | 60 | 预期性");
    assertEquals(List.of(), problems(tree), "the row is the quote");
    ((ObjectNode) row.get("source")).put("quote", "预期性\n普及率（%） | 45 | 60");
    List<Problem> problems = problems(tree);
    assertEquals(List.of("$.targets[0].source.quote"), problems.stream().map(Problem::path)
        .collect(Collectors.toList()));
    assertTrue(problems.get(0).message().contains("spans more than one row"), problems.get(0).message());
  }

  @Test
  void aQuoteWithoutTheNumberIsOneRuleWhetherOrNotItHasDigits() throws IOException {
    ObjectNode tree = tree();
    ObjectNode t = (ObjectNode) tree.withArray("targets").get(0);
    ((ObjectNode) t.get("source")).put("quote", "普及率达到");
    assertEquals(List.of(ProblemType.QUOTE_LACKS_NUMBER), problems(tree).stream().map(Problem::type)
        .collect(Collectors.toList()), "no digits at all");
    ((ObjectNode) t.get("source")).put("quote", "到2025年");
    assertEquals(List.of(ProblemType.QUOTE_LACKS_NUMBER), problems(tree).stream().map(Problem::type)
        .collect(Collectors.toList()), "another number");
  }

  @Test
  void aRelativeTargetsValueComesFromItsBaselineAndItsQuoteStatesTheChange() throws IOException {
    ObjectNode tree = tree();
    ObjectNode t = (ObjectNode) tree.withArray("targets").get(0);
    t.put("indicator", "value_added").put("id", "plan/target/value-added").remove("value");
    t.putObject("relative").put("factor", "2");
    t.putObject("baseline").put("value", "2000亿元").put("period", "2020");
    ((ObjectNode) t.get("source")).put("section", "plan/1/1").put("quote", "核心产业增加值（亿元） | 2000 | 翻一番 | 预期性");
    Catalog c = Catalog.load(new ByteArrayInputStream(MAPPER.writeValueAsBytes(tree)));
    assertEquals(Quantity.parse("4000亿元"), c.targets().get(0).value().orElseThrow());
    ((ObjectNode) t.get("source")).put("section", "plan/1").put("quote", "核心产业增加值");
    List<Problem> problems = problems(tree);
    assertEquals(List.of("$.targets[0].source.quote"), problems.stream().map(Problem::path)
        .collect(Collectors.toList()));
    assertTrue(problems.get(0).message().contains("does not state the change 翻一番"), problems.get(0).message());
  }
}
