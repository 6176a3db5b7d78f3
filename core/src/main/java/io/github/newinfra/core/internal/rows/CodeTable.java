package io.github.newinfra.core.internal.rows;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A mapping's entries of one kind, FROM text to TO text, stored compactly: the FROM texts in one array in the
 * order they were added, each TO as the index of its text in a small table of the distinct TOs (a mapping names
 * many codes but few catalog ids), the line each entry came from as an int, and an open-addressing index of int
 * slots. An entry costs its FROM text and about 20 bytes, so a mapping file of a million lines fits in a small heap.
 * Not thread-safe while entries are added; safe to read from any thread once they are not. Not part of the API.
 */
public final class CodeTable {
  private String[] from = new String[16];
  private int[] to = new int[16];
  private int[] line = new int[16];
  private int size;
  /** Entry index + 1 per slot, 0 for an empty slot; the length is a power of two, at least twice the size. */
  private int[] slots = new int[32];
  private final List<String> tos = new ArrayList<>();
  private final Map<String, Integer> toIndex = new HashMap<>();
  private final long seed;

  /** Makes an empty table. */
  public CodeTable() {
    this(java.util.concurrent.ThreadLocalRandom.current().nextLong() | 1);
  }

  private CodeTable(long seed) {
    this.seed = seed;
  }

  /**
   * Returns a copy, for a builder that goes on adding after it handed its table over.
   *
   * @return an equal, independent table
   */
  public CodeTable copy() {
    CodeTable c = new CodeTable(seed);
    c.from = from.clone();
    c.to = to.clone();
    c.line = line.clone();
    c.size = size;
    c.slots = slots.clone();
    c.tos.addAll(tos);
    c.toIndex.putAll(toIndex);
    return c;
  }

  /**
   * Adds an entry, unless its FROM is in the table.
   *
   * @param fromText the FROM text
   * @param toText the TO text
   * @param lineNumber the line it came from, or 0
   * @return -1 if added, else the index of the entry that has this FROM
   */
  public int add(String fromText, String toText, int lineNumber) {
    int slot = slot(fromText);
    if (slots[slot] != 0) {
      return slots[slot] - 1;
    }
    if (size == from.length) {
      from = Arrays.copyOf(from, size * 2);
      to = Arrays.copyOf(to, size * 2);
      line = Arrays.copyOf(line, size * 2);
    }
    Integer t = toIndex.get(toText);
    if (t == null) {
      t = tos.size();
      tos.add(toText);
      toIndex.put(toText, t);
    }
    from[size] = fromText;
    to[size] = t;
    line[size] = lineNumber;
    slots[slot] = ++size;
    if (size * 2 > slots.length) {
      rehash();
    }
    return -1;
  }

  /**
   * Finds an entry.
   *
   * @param fromText a FROM text
   * @return its index, or -1
   */
  public int find(Object fromText) {
    return fromText instanceof String ? slots[slot((String) fromText)] - 1 : -1;
  }

  /**
   * Returns how many entries there are.
   *
   * @return the count
   */
  public int size() {
    return size;
  }

  /**
   * Returns an entry's FROM text.
   *
   * @param entry the index
   * @return the text
   */
  public String from(int entry) {
    return from[entry];
  }

  /**
   * Returns an entry's TO text.
   *
   * @param entry the index
   * @return the text
   */
  public String to(int entry) {
    return tos.get(to[entry]);
  }

  /**
   * Returns the line an entry came from.
   *
   * @param entry the index
   * @return the line, or 0 if the entry came from no file
   */
  public int line(int entry) {
    return line[entry];
  }

  /**
   * Returns the entries as a map that reads this table.
   *
   * @return FROM to TO, unmodifiable, in the order the entries were added
   */
  public Map<String, String> asMap() {
    return new AbstractMap<>() {
      @Override
      public String get(Object key) {
        int e = find(key);
        return e < 0 ? null : CodeTable.this.to(e);
      }

      @Override
      public boolean containsKey(Object key) {
        return find(key) >= 0;
      }

      @Override
      public int size() {
        return size;
      }

      @Override
      public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
          @Override
          public Iterator<Entry<String, String>> iterator() {
            return new Iterator<>() {
              private int next;

              @Override
              public boolean hasNext() {
                return next < size;
              }

              @Override
              public Entry<String, String> next() {
                if (next >= size) {
                  throw new NoSuchElementException();
                }
                int e = next++;
                return new SimpleImmutableEntry<>(from[e], CodeTable.this.to(e));
              }
            };
          }

          @Override
          public int size() {
            return size;
          }
        };
      }
    };
  }

  /**
   * The slot of a FROM text: where it is, or the empty slot where it would go. The hash is keyed by a seed of
   * this table's own, so that texts chosen to share {@code String.hashCode} (a mapping file is input too) do not
   * share slots: looking up stays constant time whatever the file holds.
   */
  private int slot(String key) {
    int mask = slots.length - 1;
    long h = seed;
    for (int k = 0; k < key.length(); k++) {
      h = (h ^ key.charAt(k)) * 0x9E3779B97F4A7C15L;
      h ^= h >>> 29;
    }
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (slots[i] != 0 && !from[slots[i] - 1].equals(key)) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void rehash() {
    int[] old = slots;
    slots = new int[old.length * 2];
    for (int s : old) {
      if (s != 0) {
        slots[slot(from[s - 1])] = s;
      }
    }
  }
}
