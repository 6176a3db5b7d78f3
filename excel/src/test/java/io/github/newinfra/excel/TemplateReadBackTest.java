package io.github.newinfra.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.core.progress.Assignments;
import io.github.newinfra.core.progress.Fate;
import io.github.newinfra.core.progress.ItemKind;
import io.github.newinfra.core.progress.ReturnForm;
import io.github.newinfra.core.progress.ReturnItem;
import io.github.newinfra.core.progress.Returns;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.DepartmentId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The template read back by a second, independent reader (Apache POI): sheets, locked cells, drop-down lists. */
class TemplateReadBackTest {
  private static final CatalogData DATA = Catalog.builtIn().data();
  private static final Assignments WHO = Assignments.of(DATA);

  private static byte[] write(List<ReturnItem> items, Optional<DepartmentId> department, String banner)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReturnTemplate.write(WHO, items, department, banner, out);
    return out.toByteArray();
  }

  @Test
  void theTemplateOfEveryItemHasItsSheetsLockedIdsAndDropDownLists() throws Exception {
    byte[] bytes = write(WHO.items(), Optional.empty(), "");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      List<String> sheets = new ArrayList<>();
      wb.forEach(s -> sheets.add(s.getSheetName()));
      assertEquals(List.of("填报说明", "定量目标", "定性目标", "重点任务", "重大工程项目"), sheets);
      assertEquals(Returns.catalogVersion(DATA), wb.getSheet("填报说明").getRow(3).getCell(1).getStringCellValue());
      for (ItemKind kind : ItemKind.values()) {
        XSSFSheet sheet = wb.getSheet(kind.zh());
        assertTrue(sheet.getProtect(), kind + " is protected");
        // printed: landscape A4, one page wide, as many pages long as it takes, the header on every page
        assertTrue(sheet.getPrintSetup().getLandscape(), kind + " prints landscape");
        assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
        assertTrue(sheet.getFitToPage(), kind + " fits the page");
        assertEquals(1, sheet.getPrintSetup().getFitWidth());
        assertEquals(0, sheet.getPrintSetup().getFitHeight());
        assertEquals(CellRangeAddress.valueOf("1:1"), sheet.getRepeatingRows());
        Set<String> ids = new HashSet<>();
        for (Row r : sheet) {
          if (r.getRowNum() == 0) {
            assertEquals("编号", r.getCell(0).getStringCellValue());
            continue;
          }
          Cell id = r.getCell(0);
          assertTrue(id.getCellStyle().getLocked(), "the id cell " + id.getAddress() + " is locked");
          ids.add(id.getStringCellValue());
        }
        long expected = WHO.items().stream().filter(i -> i.kind() == kind).count();
        assertEquals(expected, ids.size(), kind + ": one id per item");
        if (kind == ItemKind.TARGET) {
          continue;
        }
        int status = 3;
        assertFalse(sheet.getRow(1).getCell(status) != null && sheet.getRow(1).getCell(status).getCellStyle()
            .getLocked(), "the status cell is open to fill");
        List<? extends DataValidation> validations = sheet.getDataValidations();
        assertEquals(1, validations.size(), kind + ": one drop-down list");
        DataValidation v = validations.get(0);
        assertEquals(ReturnTemplate.words(kind), List.of(v.getValidationConstraint().getExplicitListValues()));
        CellRangeAddress range = v.getRegions().getCellRangeAddress(0);
        assertEquals(status, range.getFirstColumn());
        assertEquals(1, range.getFirstRow());
        assertEquals(sheet.getLastRowNum(), range.getLastRow());
        assertTrue(v.getShowErrorBox(), "other text is refused");
      }
      XSSFSheet projects = wb.getSheet("重大工程项目");
      assertEquals(WHO.items().stream().filter(i -> i.kind() == ItemKind.PROJECT).count(),
          projects.getLastRowNum());
      Cell reached = projects.getRow(1).getCell(4);
      assertEquals("yyyy-mm-dd", reached.getCellStyle().getDataFormatString(), "dates are formatted as dates");
    }
  }

  @Test
  void anUntouchedTemplateReadsBackAsRowsNotFilledIn() throws Exception {
    DepartmentId d = DepartmentId.of("js-education");
    byte[] bytes = write(WHO.itemsOf(d), Optional.of(d), "示例");
    ReturnForm form = ReturnWorkbook.read(new ByteArrayInputStream(bytes), "省教育厅.xlsx");
    assertEquals(Optional.of("省教育厅"), form.department());
    assertEquals(Optional.of(Returns.catalogVersion(DATA)), form.catalogVersion());
    Returns returns = Returns.check(WHO, List.of(form));
    assertTrue(returns.fates().size() > 0);
    assertTrue(returns.fates().stream().allMatch(f -> f.fate() == Fate.EMPTY), returns.fates()::toString);
    assertTrue(returns.issues().isEmpty(), returns.issues()::toString);
  }

  @Test
  void aSheetOfNoKindIsReportedNotSkipped() throws Exception {
    byte[] bytes = write(WHO.items().subList(0, 3), Optional.empty(), "");
    XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    wb.createSheet("备注").createRow(0).createCell(0).setCellValue("随便写写");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    ReturnForm form = ReturnWorkbook.read(new ByteArrayInputStream(out.toByteArray()), "a.xlsx");
    assertEquals(1, form.problems().size());
    assertTrue(form.problems().get(0).zh().contains("工作表「备注」"), form.problems()::toString);
  }
}
