package io.github.newinfra.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A party a document names as responsible: a provincial department, an agency, a regulator, a company, or
 * the city governments collectively (各设区市人民政府).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = Department.class)
@JsonDeserialize(as = Department.class)
abstract class AbstractDepartment {
  /**
   * Returns the department's id.
   *
   * @return the id
   */
  public abstract DepartmentId id();

  /**
   * Returns the canonical Chinese name, exactly as the documents write it.
   *
   * @return e.g. 省工业和信息化厅
   */
  public abstract String nameZh();

  /**
   * Returns the English name.
   *
   * @return the name
   */
  public abstract String nameEn();

  /**
   * Returns the department's name in a locale's language: Chinese for {@code zh}, English otherwise.
   *
   * @param locale the reader's locale, e.g. {@link java.util.Locale#SIMPLIFIED_CHINESE}
   * @return the department's name
   */
  public String name(java.util.Locale locale) {
    return io.github.newinfra.model.internal.Languages.pick(locale, nameZh(), nameEn());
  }

  /**
   * Returns other names for the same party: the full formal name and common abbreviations.
   *
   * @return the short forms, possibly empty
   */
  public abstract List<String> shortForms();

  /**
   * Returns what kind of party this is.
   *
   * @return the kind
   */
  public abstract DepartmentKind kind();

  @Value.Check
  void check() {
    Checks.check(!nameZh().isBlank() && !nameEn().isBlank(), "Invalid department '%s': names must not be blank", id());
  }
}
