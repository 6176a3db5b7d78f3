package io.github.newinfra.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.Evaluations;
import io.github.newinfra.core.Status;
import io.github.newinfra.core.TargetResult;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code Evaluations.measures2020Outcomes}: the 2020 measures' targets against the 2020 outcomes the plan reports, as
 * of the plan's issue date.
 */
class DefaultEvaluationTest {
  private static final EvaluationReport REPORT = Evaluations.measures2020Outcomes(Catalog.builtIn().data());

  private static Map<String, TargetResult> results() {
    return REPORT.results().stream().collect(Collectors.toMap(r -> r.target().value(), r -> r));
  }

  @Test
  void evaluatesEvery2020TargetAsOfThePlansIssueDate() {
    assertEquals(LocalDate.of(2021, 8, 10), REPORT.asOf());
    assertEquals(Catalog.builtIn().targets().stream()
        .filter(t -> t.id().document().equals(Evaluations.MEASURES_2020)).count(), REPORT.results().size());
    assertEquals(REPORT.inputObservations(), REPORT.acceptedObservations());
  }

  @Test
  void smartCampusesMissedSixtyPercentAt41Point5() {
    // target: 60% of schools at the provincial smart-campus standard in 2020; the plan reports a 41.5% 智慧校园达标率,
    // read (an inference the catalog's link states) as the same share at the end of 2020
    TargetResult r = results().get("measures2020/target/smart-campus-rate");
    assertEquals(Status.MISSED, r.status());
    assertEquals(41.5, r.value().getAsDouble(), 1e-9);
    assertEquals(60, r.targetValue().getAsDouble(), 1e-9);
    // the plan's own figure, cited with its document and quote
    assertEquals(java.util.List.of("江苏省“十四五”新型基础设施建设规划（苏政办发〔2021〕45号）：“智慧校园达标率 41.5%”"),
        r.sources());
    assertEquals(java.util.Optional.of(io.github.newinfra.model.FactId.of("plan2021/reported/smart-campus-rate")),
        r.observations().get(0).reported());
  }

  @Test
  void basicCoverageIsBasicallyAchievedNeitherAchievedNorMissed() {
    // target: 5G 全覆盖 of city and county urban areas and key towns; the plan: 基本实现…覆盖 (basically)
    TargetResult r = results().get("measures2020/target/5g-coverage-urban-key-towns");
    assertEquals(Status.BASICALLY_ACHIEVED, r.status());
    assertEquals(100, r.value().getAsDouble(), 1e-9);
    assertEquals(io.github.newinfra.model.ValueQualifier.BASICALLY, r.observations().get(0).qualifier());
  }

  @Test
  void aStockDoesNotAnswerAFlowTarget() {
    // 5.2万 new base stations in 2020 vs the 7.1万 in service at the end of 2020: linked only as CONTEXT
    assertEquals(Status.NO_DATA, results().get("measures2020/target/new-5g-base-stations").status());
  }
}
