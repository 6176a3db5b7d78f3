/**
 * Workbooks: {@link io.github.newinfra.excel.ExcelReport} writes the report as xlsx; for a final evaluation,
 * {@link io.github.newinfra.excel.ReturnTemplate} writes the form a lead department fills in, and
 * {@link io.github.newinfra.excel.ReturnWorkbook} reads the filled returns back as
 * {@link io.github.newinfra.core.progress.ReturnForm}s for {@link io.github.newinfra.core.progress.Returns#check}.
 *
 * <p>Both use fastexcel (org.dhatim): its writer and reader are one maintained family, stream rows instead of
 * holding a workbook object model, and need no Apache POI at run time (a few hundred kilobytes instead of tens of
 * megabytes). The module is separate so that users who do not read or write Excel do not take it.
 */
package io.github.newinfra.excel;
