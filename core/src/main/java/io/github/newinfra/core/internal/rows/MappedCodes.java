package io.github.newinfra.core.internal.rows;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How an input text resolves when a mapping applies: through the mapping's entry for it, whose TO is resolved as
 * the catalog's own ids are, else as without a mapping. A view over both, so that neither is copied; only
 * {@link #get} is on the path of reading, once per distinct text. Immutable when its parts are. Not part of the
 * API.
 *
 * @param <V> what a text resolves to
 */
public final class MappedCodes<V> extends AbstractMap<String, V> {
  private final Map<String, String> mapping;
  private final Function<String, V> resolve;
  private final Map<String, V> base;

  /**
   * Makes the view.
   *
   * @param mapping FROM to TO; an entry wins over the base
   * @param resolve what a TO means, e.g. the index of an indicator id
   * @param base how texts resolve without the mapping
   */
  MappedCodes(Map<String, String> mapping, Function<String, V> resolve, Map<String, V> base) {
    this.mapping = mapping;
    this.resolve = resolve;
    this.base = base;
  }

  @Override
  public V get(Object key) {
    String to = mapping.get(key);
    return to != null ? resolve.apply(to) : base.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return mapping.containsKey(key) || base.containsKey(key);
  }

  @Override
  public Set<Entry<String, V>> entrySet() {
    Map<String, V> all = new LinkedHashMap<>(base);
    mapping.forEach((from, to) -> all.put(from, resolve.apply(to)));
    return all.entrySet();
  }
}
