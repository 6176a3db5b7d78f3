package io.github.newinfra.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.core.Evaluator;
import io.github.newinfra.core.ObservationSource;
import io.github.newinfra.core.Rejection;
import io.github.newinfra.core.Status;
import io.github.newinfra.core.TargetResult;
import io.github.newinfra.core.progress.Assignments;
import io.github.newinfra.core.progress.FinalEvaluation;
import io.github.newinfra.core.progress.ReturnForm;
import io.github.newinfra.core.progress.ReturnForms;
import io.github.newinfra.core.progress.Returns;
import io.github.newinfra.model.CatalogData;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The returns' figures evaluated with statistics from a file: one input, each row located in its own source. */
class ReturnsWithStatisticsTest {
  private static final CatalogData DATA = Catalog.builtIn().data();

  @Test
  void aReturnsFigureJoinsTheStatisticsAndARejectedOneIsLocatedInItsReturn() throws Exception {
    String statistics = "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE\n"
        + "cloud_enterprises_new,320000,2020,36000\n"
        + "no_such_indicator,320000,2020,1\n";
    ReturnForm form = ReturnForms.json(new StringReader("{\"rows\": ["
        + "{\"kind\": \"定量目标\", \"id\": \"measures2020/target/smart-campus-demo-schools\", \"period\": \"2020\","
        + " \"value\": 102},"
        + "{\"kind\": \"定量目标\", \"id\": \"measures2020/target/smart-campus-demo-schools\", \"period\": \"2019\","
        + " \"value\": 3, \"unit\": \"公里\"}]}"), "省教育厅.json");
    Returns returns = Returns.check(Assignments.of(DATA), List.of(form));
    FinalEvaluation result = FinalEvaluation.of(Evaluator.of(DATA).asOf(LocalDate.of(2021, 6, 30)), returns,
        Optional.of(ObservationSource.csv(new StringReader(statistics), "statistics.csv")));
    assertEquals(4, result.report().inputObservations());
    // the statistics' two rows come first: ordinals 0 and 1 are theirs, 2 and 3 the return's
    assertEquals(2, result.statisticsObservations());
    assertTrue(result.report().rejected().get(0).ordinal() < result.statisticsObservations());
    assertTrue(result.report().rejected().get(1).ordinal() >= result.statisticsObservations());
    assertEquals(0, FinalEvaluation.of(Evaluator.of(DATA).asOf(LocalDate.of(2021, 6, 30)), returns, Optional.empty())
        .statisticsObservations(), "without statistics every row is a return's");
    TargetResult schools = result(result, "measures2020/target/smart-campus-demo-schools");
    assertEquals(Status.ACHIEVED, schools.status(), () -> String.valueOf(schools.decision()));
    assertEquals(Status.ACHIEVED, result(result, "measures2020/target/cloud-enterprises-new").status());
    assertEquals(2, result.report().rejected().size(), result.report().rejected()::toString);
    Rejection statisticsRow = result.report().rejected().get(0);
    assertEquals(Optional.empty(), result.place(statisticsRow), "a row of the statistics is not a return's");
    assertEquals(List.of("返回表 省教育厅.json · rows[1]: " + result.report().rejected().get(1).message()),
        result.rejectedFigures());
  }

  private static TargetResult result(FinalEvaluation r, String id) {
    return r.report().results().stream().filter(t -> t.target().value().equals(id)).findFirst().get();
  }
}
