package io.github.newinfra.core.progress;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The fate of one return row: where it is, what it reports on, what became of it and, for a rejected row, why —
 * in Chinese and English, e.g. {@code 返回表 省通信管理局.xlsx · 定性目标!D7: '完成了' 不是 完成、基本完成、部分完成、未完成 之一}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = RowFate.class)
@JsonDeserialize(as = RowFate.class)
abstract class AbstractRowFate {
  /**
   * Returns the row.
   *
   * @return the row as read
   */
  public abstract ReturnRow row();

  /**
   * Returns the item the row reports on.
   *
   * @return the item's id as the row writes it, if any
   */
  public abstract Optional<String> item();

  /**
   * Returns the fate.
   *
   * @return the fate
   */
  public abstract Fate fate();

  /**
   * Returns the Chinese message: for a rejected row what is wrong, located at its cell.
   *
   * @return the message
   */
  public abstract String zh();

  /**
   * Returns the English message.
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
}
