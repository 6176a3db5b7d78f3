package io.github.newinfra.core.progress;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.newinfra.model.MeasureId;
import io.github.newinfra.model.internal.NewInfraStyle;
import org.immutables.value.Value;

/**
 * The progress of a key task, a measure of a document: 已完成, 按计划推进, 滞后 or 未启动, with a note, evidence, the
 * department and the date.
 *
 * <p>Its JSON form is {@code {"measure": "measures2020/1/1", "status": "ON_SCHEDULE", "note": …, …}}. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = TaskProgress.class)
@JsonDeserialize(as = TaskProgress.class)
@NewInfraStyle.WithoutFrom
abstract class AbstractTaskProgress implements Reported {
  /**
   * Returns the task, a measure.
   *
   * @return the measure's id
   */
  public abstract MeasureId measure();

  /**
   * Returns the progress.
   *
   * @return the status
   */
  public abstract TaskStatus status();
}
