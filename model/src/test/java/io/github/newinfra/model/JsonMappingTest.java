package io.github.newinfra.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.newinfra.model.json.ModelJson;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JsonMappingTest {
  private final ObjectMapper mapper = ModelJson.newMapper();

  @Test
  void writesATargetWithTheDocumentedFieldNames() throws Exception {
    Target t = Target.builder().id(FactId.of("measures2020/target/star-cloud")).measure(MeasureId.of("measures2020/3/23"))
        .region(RegionCode.JIANGSU)
        .indicator(IndicatorId.of("star_cloud_enterprises")).comparator(Comparator.APPROXIMATELY)
        .value(Quantity.parse("3000家")).tolerance(new BigDecimal("0.1")).dueYear(2020).dueYearInferred(true)
        .source(SourceRef.of(DocumentId.of("measures2020"), SectionId.of("measures2020/3/23"), "培育 3000家左右星级上云企业"))
        .build();
    JsonNode json = mapper.valueToTree(t);
    assertEquals("measures2020/target/star-cloud", json.get("id").asText());
    assertEquals("3000家", json.get("value").asText());
    assertEquals("0.1", json.get("tolerance").asText());
    assertTrue(json.get("tolerance").isTextual());
    assertEquals("320000", json.get("region").asText());
    assertEquals("APPROXIMATELY", json.get("comparator").asText());
    assertEquals("培育 3000家左右星级上云企业", json.get("source").get("quote").asText());
    assertTrue(!json.has("upperValue") && !json.has("baseline"), json.toString());
    assertEquals(t, mapper.treeToValue(json, Target.class));
  }

  @Test
  void readsDatesAsIsoText() throws Exception {
    Document d = mapper.readValue("{\"id\":\"plan2021\",\"issuingNumber\":\"苏政办发〔2021〕45号\",\"titleZh\":\"规划\","
        + "\"titleEn\":\"Plan\",\"issuer\":\"江苏省人民政府办公厅\",\"issueDate\":\"2021-08-10\",\"periodStart\":2021,"
        + "\"periodEnd\":2025,\"assignsDepartments\":false}", Document.class);
    assertEquals(java.time.LocalDate.of(2021, 8, 10), d.issueDate());
    assertEquals("2021-08-10", mapper.valueToTree(d).get("issueDate").asText());
  }

  @Test
  void rejectsUnknownFields() {
    assertThrows(UnrecognizedPropertyException.class, () -> mapper.readValue(
        "{\"code\":\"320000\",\"nameZh\":\"江苏省\",\"nameEn\":\"Jiangsu\",\"level\":\"PROVINCE\",\"colour\":1}",
        Region.class));
  }
}
