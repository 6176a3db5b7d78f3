package io.github.newinfra.core.progress;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A message about a return that is not one row's fate: a form from another catalog version, a department
 * reporting on an item it does not lead, a sheet that could not be read. In Chinese and English, each with its
 * place. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ReturnIssue.class)
@JsonDeserialize(as = ReturnIssue.class)
abstract class AbstractReturnIssue {
  /**
   * Returns the message in Chinese, its place first.
   *
   * @return the message
   */
  public abstract String zh();

  /**
   * Returns the message in English, its place first.
   *
   * @return the message
   */
  public abstract String en();

  /**
   * Returns the message in a language.
   *
   * @param locale the language
   * @return the message
   */
  public String message(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? zh() : en();
  }

  /**
   * Obtains a message.
   *
   * @param zh the Chinese message
   * @param en the English message
   * @return the issue
   */
  public static ReturnIssue of(String zh, String en) {
    return ReturnIssue.builder().zh(zh).en(en).build();
  }
}
