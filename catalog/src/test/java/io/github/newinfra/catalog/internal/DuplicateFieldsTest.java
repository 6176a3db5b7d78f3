package io.github.newinfra.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newinfra.catalog.Problem;
import io.github.newinfra.model.json.ModelJson;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DuplicateFieldsTest {
  private static final ObjectMapper MAPPER = ModelJson.newMapper();

  private static List<String> paths(String json) throws IOException {
    try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
      DuplicateFields fields = new DuplicateFields(parser);
      JsonNode tree = MAPPER.reader().without(com.fasterxml.jackson.databind.DeserializationFeature
          .FAIL_ON_READING_DUP_TREE_KEY).readTree(fields);
      assertTrue(tree.isObject(), "the whole tree is read");
      return fields.problems().stream().map(Problem::path).collect(Collectors.toList());
    }
  }

  @Test
  void eachFieldGivenTwiceIsNamedByItsPathAsItStandsInTheFile() throws IOException {
    assertEquals(List.of("$.a[1].y[1].z", "$.b", "$.a"),
        paths("{\"a\":[{\"x\":1},{\"y\":[1,{\"z\":1,\"z\":[2]}]}],\"b\":1,\"b\":{\"c\":1},\"a\":2}"));
    assertEquals(List.of(), paths("{\"a\":{\"a\":{\"a\":[]}},\"b\":[{\"a\":1},{\"a\":1}]}"));
  }

  @Test
  void anObjectOfManyFieldsIsCheckedByHash() throws IOException {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < 40; i++) {
      json.append("\"f").append(i).append("\":").append(i).append(',');
    }
    json.append("\"f3\":0,\"f39\":0,\"g\":{\"f3\":1}}");
    assertEquals(List.of("$.f3", "$.f39"), paths(json.toString()));
  }
}
