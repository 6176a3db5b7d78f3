package io.github.newinfra.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.newinfra.model.FactId;
import org.immutables.value.Value;

/**
 * An assessor's verdict on a qualitative target, with a note saying why.
 *
 * <p>It sets the target's status as a value would: MET is ACHIEVED; after the end of the due year anything else is
 * MISSED; before it, PARTLY_MET is NEEDS_ACCELERATION and NOT_MET is LIMITED_PROGRESS. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = Assessment.class)
@JsonDeserialize(as = Assessment.class)
abstract class AbstractAssessment {
  /**
   * Returns the target assessed.
   *
   * @return the target's id
   */
  public abstract FactId target();

  /**
   * Returns the verdict.
   *
   * @return the verdict
   */
  public abstract Verdict verdict();

  /**
   * Returns why.
   *
   * @return the note
   */
  public abstract String note();

  /**
   * Obtains an assessment.
   *
   * @param target the target
   * @param verdict the verdict
   * @param note why
   * @return the assessment
   */
  public static Assessment of(FactId target, Verdict verdict, String note) {
    return Assessment.builder().target(target).verdict(verdict).note(note).build();
  }
}
