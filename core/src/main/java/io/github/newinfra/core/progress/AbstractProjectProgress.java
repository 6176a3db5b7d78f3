package io.github.newinfra.core.progress;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.newinfra.model.FactId;
import io.github.newinfra.model.FactKind;
import io.github.newinfra.model.InvalidValueException;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.internal.NewInfraStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The stage a named project or facility (a catalog facility) has reached: 规划, 在建, 建成 or 投运, the date it was
 * reached, a note, evidence, the department, the date of the report and, optionally, the investment completed so
 * far with its unit ({@code 12.5亿元}).
 *
 * <p>Its JSON form is {@code {"facility": …, "stage": "IN_OPERATION", "reached": "2024-06-30", "investment":
 * "12.5亿元", …}}. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ProjectProgress.class)
@JsonDeserialize(as = ProjectProgress.class)
@NewInfraStyle.WithoutFrom
abstract class AbstractProjectProgress implements Reported {
  /**
   * Returns the project, a facility of the catalog.
   *
   * @return the facility's id
   */
  public abstract FactId facility();

  /**
   * Returns the stage reached.
   *
   * @return the stage
   */
  public abstract ProjectStage stage();

  /**
   * Returns the date the stage was reached.
   *
   * @return the date, if given
   */
  public abstract Optional<LocalDate> reached();

  /**
   * Returns the investment completed so far, with its unit.
   *
   * @return the investment, if given
   */
  public abstract Optional<Quantity> investment();

  @Value.Check
  void check() {
    if (facility().kind() != FactKind.FACILITY) {
      throw new InvalidValueException("Invalid project progress: '" + facility() + "' is not a facility id");
    }
  }
}
