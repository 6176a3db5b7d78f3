package io.github.newinfra.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import java.util.ArrayList;
import java.util.Collections;

class IdsTest {
  @Test
  void sectionPathsKnowTheirDocumentParentAndDepth() {
    SectionId id = SectionId.of("plan2021/3/1/2");
    assertEquals(DocumentId.of("plan2021"), id.document());
    assertEquals(List.of(3, 1, 2), id.path());
    assertEquals(Optional.of(SectionId.of("plan2021/3/1")), id.parent());
    assertEquals(Optional.empty(), SectionId.of("plan2021/3").parent());
    assertTrue(id.isWithin(SectionId.of("plan2021/3")));
    assertTrue(!SectionId.of("plan2021/31").isWithin(SectionId.of("plan2021/3")));
  }

  @Test
  void factIdsKnowTheirKind() {
    assertEquals(FactKind.TARGET, FactId.of("measures2020/target/new-5g-base-stations").kind());
    assertEquals(FactId.of("plan2021/reported/x"), FactId.of(DocumentId.of("plan2021"), FactKind.REPORTED, "x"));
  }

  @Test
  void idsOfDifferentTypesAreNeverEqual() {
    assertNotEquals(MeasureId.of("plan2021/3/1/1"), SectionId.of("plan2021/3/1/1"));
  }

  @Test
  void rejectsMalformedIdsNamingThePattern() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> SectionId.of("plan2021"));
    assertTrue(e.getMessage().contains("plan2021"), e.getMessage());
    assertThrows(InvalidValueException.class, () -> RegionCode.of("32000"));
    assertThrows(InvalidValueException.class, () -> FactId.of("plan2021/goal/x"));
    assertThrows(InvalidValueException.class, () -> DocumentId.of(null));
  }

  @Test
  void regionCodesKnowTheirProvince() {
    assertEquals(RegionCode.JIANGSU, RegionCode.of("320100").province());
    assertTrue(RegionCode.of("320000").isProvince());
  }

  @Test
  void idsOfOneKindOrderByTheirText() {
    List<DocumentId> ids = new ArrayList<>(List.of(DocumentId.of("plan2021"), DocumentId.of("measures2020")));
    Collections.sort(ids);
    assertEquals(List.of(DocumentId.of("measures2020"), DocumentId.of("plan2021")), ids);
    assertEquals(0, DocumentId.of("plan2021").compareTo(DocumentId.of("plan2021")));
  }

  @Test
  void equalIdsHaveEqualHashCodesAndDistinctOnesDistinctCodes() {
    assertEquals(DepartmentId.of("js-industry-it").hashCode(), DepartmentId.of("js-industry-it").hashCode());
    assertNotEquals(DepartmentId.of("js-industry-it").hashCode(), DepartmentId.of("js-dev-reform").hashCode());
    assertEquals("js-industry-it", DepartmentId.of("js-industry-it").value());
  }

  @Test
  void aSectionsDepthIsTheNumberOfLevelsBelowItsDocument() {
    assertEquals(3, SectionId.of("plan2021/3/1/2").depth());
    assertEquals(1, SectionId.of("plan2021/0").depth());
  }
}
