/**
 * Workbooks: the monitoring report and the final evaluation as .xlsx ({@code ExcelReport}), and the returns'
 * template and their reading back ({@code ReturnTemplate}, {@code ReturnWorkbook}). An optional module: the rest of
 * newinfra does not need it.
 */
module io.github.newinfra.excel {
  requires transitive io.github.newinfra.core;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;

  exports io.github.newinfra.excel;
}
