package io.github.newinfra.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.core.progress.Assignments;
import io.github.newinfra.core.progress.ItemKind;
import io.github.newinfra.core.progress.LeadOrigin;
import io.github.newinfra.core.progress.ReturnForms;
import io.github.newinfra.core.progress.ReturnFormatException;
import io.github.newinfra.core.progress.ReturnItem;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.DepartmentId;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who reports on what: the texts' departments, the office's division of work, never an invented lead. */
class AssignmentsTest {
  private static final CatalogData DATA = Catalog.builtIn().data();
  private static final Assignments WHO = Assignments.of(DATA);
  private static final DepartmentId COMMS = DepartmentId.of("js-communications-admin");
  private static final DepartmentId INDUSTRY = DepartmentId.of("js-industry-it");

  @Test
  void everyItemOfTheCatalogIsListedOnceWithTheCountsOfTheIssue() {
    assertEquals(43, WHO.items().stream().filter(i -> i.kind() == ItemKind.GOAL).count());
    assertEquals(106, WHO.items().stream().filter(i -> i.kind() == ItemKind.TASK).count());
    assertEquals(195, WHO.items().stream().filter(i -> i.kind() == ItemKind.PROJECT).count());
    assertEquals(WHO.items().size(), WHO.ids().size());
  }

  @Test
  void thePlanOf2021NamesNoDepartmentsSoItsItemsHaveNoLeadOnlyMarkedSuggestions() {
    for (ReturnItem i : WHO.items()) {
      if (i.measure().document().value().equals("plan2021")) {
        assertEquals(List.of(), i.departments(), i.id());
        assertEquals(LeadOrigin.NONE, i.origin(), i.id());
      } else {
        assertEquals(LeadOrigin.TEXT, i.origin(), i.id());
        assertEquals(List.of(), i.suggested(), i.id());
      }
    }
    // 5G network construction continues from the 2020 measure 1/1: its departments are suggested, not given.
    ReturnItem fiveG = WHO.item("plan2021/3/1/1").get();
    assertEquals(INDUSTRY, fiveG.suggested().get(0));
    String csv = ReturnForms.csvText(WHO, List.of(fiveG), Optional.empty());
    assertTrue(csv.contains("〔建议牵头：省工业和信息化厅"), csv);
    assertTrue(csv.contains("非文件明确"), csv);
    assertEquals(List.of(), WHO.itemsOf(COMMS).stream().filter(i -> i.measure().document().value()
        .equals("plan2021")).toList());
  }

  @Test
  void theDivisionOfWorkAssignsBySectionAndTheItemsOwnLineWins() throws Exception {
    Assignments who = WHO.withDivisionOfWork(new StringReader("item,department\n"
        + "plan2021/3/1,省通信管理局\n"
        + "plan2021/3/1/2,省通信管理局、省工信厅\n"
        + "plan2021/3,省发展改革委\n"), "分工方案.csv");
    ReturnItem broadband = who.item("plan2021/3/1/2").get();
    assertEquals(List.of(COMMS, INDUSTRY), broadband.departments());
    assertEquals(LeadOrigin.DIVISION_OF_WORK, broadband.origin());
    assertEquals(List.of(), broadband.suggested(), "an assigned item carries no suggestion");
    assertEquals(List.of(COMMS), who.item("plan2021/3/1/1").get().departments(), "the deeper section wins");
    assertEquals(List.of(DepartmentId.of("js-development-reform")), who.item("plan2021/3/2/1").get().departments());
    assertTrue(who.itemsOf(COMMS).stream().anyMatch(i -> i.id().equals("plan2021/facility/"
        + "nanjing-internet-backbone-direct-connection-point")), "a facility of an assigned measure follows it");
    assertEquals(List.of(), who.item("plan2021/4/1/1").get().departments(), "other chapters stay unassigned");
  }

  @Test
  void aDivisionOfWorkNamingWhatTheCatalogLacksIsRefusedWithItsLine() {
    ReturnFormatException e = assertThrows(ReturnFormatException.class, () -> WHO.withDivisionOfWork(
        new StringReader("plan2021/3/1,省通讯管理局\n"), "分工方案.csv"));
    assertTrue(e.getMessage().startsWith("分工方案.csv:1: '省通讯管理局' is not a department of the catalog; did you mean "
        + "省通信管理局"), e.getMessage());
    e = assertThrows(ReturnFormatException.class, () -> WHO.withDivisionOfWork(
        new StringReader("item,department\nplan2021/3/9,省通信管理局\n"), "分工方案.csv"));
    assertTrue(e.getMessage().startsWith("分工方案.csv:2: 'plan2021/3/9' is neither an item nor a section"),
        e.getMessage());
  }
}
