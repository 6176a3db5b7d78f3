package io.github.newinfra.core;

import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Document;
import io.github.newinfra.model.DocumentId;
import java.time.LocalDate;
import java.util.List;

/**
 * Evaluations that need no input file, built from what the catalog itself reports.
 *
 * <p>{@link #measures2020Outcomes(CatalogData)}: the 2020 measures' targets evaluated against the 2020 outcomes that
 * the 2021 plan reports, as the plan saw them when it was issued. It needs no rows at all: the figures the documents report
 * for their targets (a reported value the catalog ties to a target by a DIRECT outcome link) count as evidence in
 * every evaluation ({@link EvaluationOptions#documentFigures()}), shown with the document's quote as their source.
 */
public final class Evaluations {
  /** The 2020 measures, 苏政办发〔2020〕31号. */
  public static final DocumentId MEASURES_2020 = DocumentId.of("measures2020");

  private Evaluations() {}

  /**
   * The date {@link #measures2020Outcomes} is evaluated on: the latest issue date of the catalog's documents other than
   * the 2020 measures (the plan's, 2021-08-10, for the built-in catalog).
   *
   * @param data the catalog content
   * @return the date; 1 January 2021 when the catalog has no other document
   */
  public static LocalDate reportingDate(CatalogData data) {
    return data.documents().stream().filter(d -> !d.id().equals(MEASURES_2020)).map(Document::issueDate)
        .max(LocalDate::compareTo).orElse(LocalDate.of(2021, 1, 1));
  }

  /**
   * The 2020 measures' targets against the 2020 outcomes the plan reports, as
   * of {@link #reportingDate} (the plan's issue date, 2021-08-10), with the default options. A coverage the plan
   * reports as 基本 (basically) reached is a 基本完成 verdict (BASICALLY_ACHIEVED), not a miss.
   *
   * @param data the catalog content, e.g. {@code Catalog.builtIn().data()}
   * @return the report over the 2020 measures' targets
   */
  public static EvaluationReport measures2020Outcomes(CatalogData data) {
    return Evaluator.of(data).asOf(reportingDate(data)).options(EvaluationOptions.defaults())
        .documents(MEASURES_2020).evaluate(List.of());
  }
}
