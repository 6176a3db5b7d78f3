package io.github.newinfra.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A source document: a plan or a set of policy measures, with its issuing number, titles, dates and the
 * period it covers.
 *
 * <p>What is not known is left out ({@link #issuingNumber()}, {@link #issuer()}, {@link #publishedDate()} are
 * optional), never written as a placeholder: 文号不详, 不详, 未知, 暂无, unknown, N/A or a dash is rejected, so that no
 * placeholder reaches a report. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = Document.class)
@JsonDeserialize(as = Document.class)
abstract class AbstractDocument {
  /**
   * Returns the document's id.
   *
   * @return e.g. {@code plan2021}
   */
  public abstract DocumentId id();

  /**
   * Returns the issuing number (文号) as written.
   *
   * @return e.g. 苏政办发〔2021〕45号; empty when it is not known — a catalog leaves the field out rather than writing
   *     a placeholder such as 文号不详, and reports then show the title alone
   */
  public abstract Optional<String> issuingNumber();

  /**
   * Returns the Chinese title.
   *
   * @return the title
   */
  public abstract String titleZh();

  /**
   * Returns the English title.
   *
   * @return the title
   */
  public abstract String titleEn();

  /**
   * Returns the document's title in a locale's language: Chinese for {@code zh}, English otherwise.
   *
   * @param locale the reader's locale, e.g. {@link java.util.Locale#SIMPLIFIED_CHINESE}
   * @return the document's title
   */
  public String title(java.util.Locale locale) {
    return io.github.newinfra.model.internal.Languages.pick(locale, titleZh(), titleEn());
  }

  /**
   * Returns the issuing body.
   *
   * @return e.g. 江苏省人民政府办公厅; empty when it is not known
   */
  public abstract Optional<String> issuer();

  /**
   * Returns the date of issue.
   *
   * @return the date
   */
  public abstract LocalDate issueDate();

  /**
   * Returns the date of publication, where it differs from or adds to the date of issue.
   *
   * @return the date, if known
   */
  public abstract Optional<LocalDate> publishedDate();

  /**
   * Returns the first year the document covers.
   *
   * @return e.g. 2021
   */
  public abstract int periodStart();

  /**
   * Returns the last year the document covers; targets fall due no later than this.
   *
   * @return e.g. 2025
   */
  public abstract int periodEnd();

  /**
   * Tells whether the document names responsible departments for its measures. The 2020 measures do;
   * the 2021 plan does not.
   *
   * @return true if every measure must list departments
   */
  public abstract boolean assignsDepartments();

  /**
   * Returns the name of the cleaned source text: a resource beside the catalog JSON, or a file relative to it.
   *
   * @return the name, if the text is not given inline
   */
  public abstract Optional<String> textResource();

  @Value.Check
  void check() {
    Checks.check(periodStart() >= Period.MIN_YEAR && periodEnd() <= Period.MAX_YEAR && periodStart() <= periodEnd(),
        "Invalid period %d–%d of document '%s': start must not be after end, within %d–%d",
        periodStart(), periodEnd(), id(), Period.MIN_YEAR, Period.MAX_YEAR);
    Checks.check(!titleZh().isBlank(), "Invalid document '%s': the title must not be blank", id());
    issuingNumber().ifPresent(n -> Checks.check(!n.isBlank() && !Unknown.isPlaceholder(n),
        "Invalid document '%s': issuing number '%s' says it is unknown; leave the field out when it is not known", id(),
        n));
    issuer().ifPresent(n -> Checks.check(!n.isBlank() && !Unknown.isPlaceholder(n),
        "Invalid document '%s': issuer '%s' says it is unknown; leave the field out when it is not known", id(), n));
    publishedDate().ifPresent(p -> Checks.check(!p.isBefore(issueDate()),
        "Invalid document '%s': published %s before issued %s", id(), p, issueDate()));
  }
}
