package io.github.newinfra.core.progress;

import io.github.newinfra.model.DepartmentId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What every reported item carries besides its status: a note, the evidence (a text, an address, or both), the
 * department that reported it, the date of the report and where in which return it was read.
 */
public interface Reported {
  /**
   * Returns the reporting department's note.
   *
   * @return the note; empty text unless given
   */
  @Value.Default
  default String note() {
    return "";
  }

  /**
   * Returns the evidence as text, e.g. the document that proves it: {@code 苏工信〔2025〕12号}.
   *
   * @return the evidence text, if given
   */
  Optional<String> evidence();

  /**
   * Returns the address of the evidence, e.g. a web page or a file in the office's archive.
   *
   * @return the address, if given
   */
  Optional<String> evidenceAddress();

  /**
   * Returns the department that reported the item.
   *
   * @return the department, if the return names one the catalog knows
   */
  Optional<DepartmentId> department();

  /**
   * Returns the date of the report.
   *
   * @return the date, if given
   */
  Optional<LocalDate> date();

  /**
   * Returns where the item was read, e.g. {@code 省通信管理局.xlsx · 定性目标!D7}.
   *
   * @return the place; empty text for an item made in code
   */
  @Value.Default
  default String place() {
    return "";
  }
}
