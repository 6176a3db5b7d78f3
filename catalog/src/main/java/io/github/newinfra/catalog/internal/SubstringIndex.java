package io.github.newinfra.catalog.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Finds which of many patterns occur in a text, in time linear in the length of the text plus the total length
 * of the distinct patterns (Aho–Corasick: one automaton over all patterns, one pass over the text).
 *
 * <p>{@code String.contains} per pattern costs up to the product of the lengths: ten quotes of 10^4 characters
 * that almost match a text of 10^6 took half a minute to check. Matching is on UTF-16 code units, exactly as
 * {@code String.contains}. Not part of the API.
 */
public final class SubstringIndex {
  private static final int ROOT = 0;

  private SubstringIndex() {}

  /**
   * Returns the patterns that occur in the text.
   *
   * @param text the text
   * @param patterns the patterns; duplicates are fine
   * @return the patterns that are substrings of the text (the empty pattern always is)
   */
  public static Set<String> occurring(String text, Collection<String> patterns) {
    Set<String> distinct = new LinkedHashSet<>();
    for (String p : patterns) {
      if (p.length() <= text.length()) {
        distinct.add(p);
      }
    }
    Automaton automaton = new Automaton(distinct);
    boolean[] reached = automaton.scan(text);
    Set<String> found = new HashSet<>();
    for (String p : distinct) {
      if (reached[automaton.node(p)]) {
        found.add(p);
      }
    }
    return found;
  }

  /** A trie of the patterns with failure links; transitions in one open-addressing hash table. */
  private static final class Automaton {
    private int size = 1;
    private int[] fail = new int[16];
    private int[] firstChild = new int[16];
    private int[] nextSibling = new int[16];
    private char[] label = new char[16];
    private int[] order;
    private final Transitions next;
    private final java.util.Map<String, Integer> nodeOf = new java.util.HashMap<>();

    Automaton(Set<String> patterns) {
      next = new Transitions();
      Arrays.fill(firstChild, -1);
      for (String p : patterns) {
        int node = ROOT;
        for (int i = 0; i < p.length(); i++) {
          char c = p.charAt(i);
          int child = next.get(node, c);
          if (child < 0) {
            child = newNode(node, c);
          }
          node = child;
        }
        nodeOf.put(p, node);
      }
      links();
    }

    int node(String pattern) {
      return nodeOf.get(pattern);
    }

    private int newNode(int parent, char c) {
      if (size == fail.length) {
        int capacity = fail.length * 2;
        fail = Arrays.copyOf(fail, capacity);
        nextSibling = Arrays.copyOf(nextSibling, capacity);
        label = Arrays.copyOf(label, capacity);
        int old = firstChild.length;
        firstChild = Arrays.copyOf(firstChild, capacity);
        Arrays.fill(firstChild, old, capacity, -1);
      }
      int node = size++;
      label[node] = c;
      nextSibling[node] = firstChild[parent];
      firstChild[parent] = node;
      next.put(parent, c, node);
      return node;
    }

    /** Breadth-first: each node's failure link is the longest proper suffix of its path that is in the trie. */
    private void links() {
      order = new int[size];
      int head = 0;
      int tail = 0;
      order[tail++] = ROOT;
      fail[ROOT] = ROOT;
      while (head < tail) {
        int u = order[head++];
        for (int v = firstChild[u]; v >= 0; v = nextSibling[v]) {
          order[tail++] = v;
          if (u == ROOT) {
            fail[v] = ROOT;
            continue;
          }
          int f = fail[u];
          int to = next.get(f, label[v]);
          while (to < 0 && f != ROOT) {
            f = fail[f];
            to = next.get(f, label[v]);
          }
          fail[v] = to >= 0 ? to : ROOT;
        }
      }
    }

    /** Marks every node whose path ends somewhere in the text. */
    boolean[] scan(String text) {
      boolean[] reached = new boolean[size];
      reached[ROOT] = true;
      int state = ROOT;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        int to = next.get(state, c);
        while (to < 0 && state != ROOT) {
          state = fail[state];
          to = next.get(state, c);
        }
        state = to >= 0 ? to : ROOT;
        reached[state] = true;
      }
      // A node is reached when a longer path ending at the same place is: push marks down the failure links,
      // deepest nodes first.
      for (int k = size - 1; k > 0; k--) {
        int v = order[k];
        if (reached[v]) {
          reached[fail[v]] = true;
        }
      }
      return reached;
    }
  }

  /** (node, char) → node, open addressing with linear probing; -1 when absent. */
  private static final class Transitions {
    private long[] keys;
    private int[] values;
    private int count;

    Transitions() {
      keys = new long[1024];
      values = new int[1024];
      Arrays.fill(keys, -1L);
    }

    private static long key(int node, char c) {
      return ((long) node << 16) | c;
    }

    private static int slot(long key, int mask) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32)) & mask;
    }

    int get(int node, char c) {
      long key = key(node, c);
      int mask = keys.length - 1;
      for (int i = slot(key, mask); ; i = (i + 1) & mask) {
        if (keys[i] == key) {
          return values[i];
        }
        if (keys[i] == -1L) {
          return -1;
        }
      }
    }

    void put(int node, char c, int child) {
      if ((count + 1) * 2 > keys.length) {
        grow();
      }
      long key = key(node, c);
      int mask = keys.length - 1;
      int i = slot(key, mask);
      while (keys[i] != -1L) {
        i = (i + 1) & mask;
      }
      keys[i] = key;
      values[i] = child;
      count++;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      Arrays.fill(keys, -1L);
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldKeys[j] != -1L) {
          int i = slot(oldKeys[j], mask);
          while (keys[i] != -1L) {
            i = (i + 1) & mask;
          }
          keys[i] = oldKeys[j];
          values[i] = oldValues[j];
        }
      }
    }
  }
}
