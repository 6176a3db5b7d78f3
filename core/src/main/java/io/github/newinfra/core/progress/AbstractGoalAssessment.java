package io.github.newinfra.core.progress;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.newinfra.core.Assessment;
import io.github.newinfra.model.FactId;
import io.github.newinfra.model.internal.NewInfraStyle;
import org.immutables.value.Value;

/**
 * A lead department's assessment of a qualitative goal (a QUALITATIVE target): 完成, 基本完成, 部分完成 or 未完成,
 * with a note, evidence, the department and the date.
 *
 * <pre>{@code
 * GoalAssessment a = GoalAssessment.builder()
 *     .target(FactId.of("plan2021/target/new-infrastructure-system"))
 *     .verdict(GoalVerdict.BASICALLY_COMPLETED).note("体系基本建成")
 *     .evidence("省新基建“十四五”实施情况总结").build();
 * }</pre>
 *
 * <p>Its JSON form is {@code {"target": …, "verdict": "BASICALLY_COMPLETED", "note": …, "evidence": …,
 * "evidenceAddress": …, "department": …, "date": "2025-12-31", "place": …}}, the absent optional fields left out.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = GoalAssessment.class)
@JsonDeserialize(as = GoalAssessment.class)
@NewInfraStyle.WithoutFrom
abstract class AbstractGoalAssessment implements Reported {
  /**
   * Returns the goal assessed.
   *
   * @return the target's id
   */
  public abstract FactId target();

  /**
   * Returns the verdict.
   *
   * @return the verdict
   */
  public abstract GoalVerdict verdict();

  /**
   * Returns the engine's assessment of the target this verdict sets (see {@link GoalVerdict#verdict()}), its note
   * the department's wording and note.
   *
   * @return the assessment
   */
  public Assessment toAssessment() {
    return Assessment.of(target(), verdict().verdict(), verdict().zh() + (note().isEmpty() ? "" : "：" + note()));
  }
}
