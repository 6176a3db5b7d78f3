package io.github.newinfra.catalog.internal;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the content read from a catalog file stands in that file: for each top-level array, the position in the
 * file of each element that could be read (an element that failed to map leaves a gap, so later elements keep
 * their own positions); the ids of the elements that could not be read, with their paths, so that references to
 * them are reported as consequences of that one failure; and the documents whose text resource was refused.
 * Content built in memory has the identity locations. Immutable. Not part of the API.
 */
public final class Locations {
  /** Locations of content that did not come from a file: every index is its own position. */
  public static final Locations IDENTITY = new Locations(ImmutableMap.of(), ImmutableMap.of(), ImmutableSet.of());

  private final Map<String, int[]> positions;
  private final Map<String, Map<String, String>> unread;
  private final Set<String> refusedTexts;

  private Locations(Map<String, int[]> positions, Map<String, Map<String, String>> unread, Set<String> refusedTexts) {
    this.positions = positions;
    this.unread = unread;
    this.refusedTexts = refusedTexts;
  }

  /**
   * Returns the JSON path of an element as it stands in the file.
   *
   * @param array a top-level array, e.g. {@code targets}
   * @param index the element's index among the elements that could be read
   * @return e.g. {@code $.targets[5]}
   */
  public String element(String array, int index) {
    int[] in = positions.get(array);
    return "$." + array + "[" + (in != null && index < in.length ? in[index] : index) + "]";
  }

  /**
   * Tells where an element that could not be read stood, if it had the given id.
   *
   * @param array the top-level array of the element's kind
   * @param id the id (a region's code) as written
   * @return the path of the element that could not be read
   */
  public Optional<String> unread(String array, String id) {
    return Optional.ofNullable(unread.getOrDefault(array, Map.of()).get(id));
  }

  /**
   * Tells whether any element of an array could not be read.
   *
   * @param array the top-level array
   * @return true if one could not
   */
  public boolean anyUnread(String array) {
    return !unread.getOrDefault(array, Map.of()).isEmpty();
  }

  /**
   * Tells whether a document's text resource was refused (and the refusal already reported).
   *
   * @param document the document id
   * @return true if it was refused
   */
  public boolean textRefused(String document) {
    return refusedTexts.contains(document);
  }

  /**
   * Returns these locations with more documents whose text resource was refused.
   *
   * @param documents the document ids
   * @return the locations
   */
  public Locations withRefusedTexts(Set<String> documents) {
    Set<String> all = new HashSet<>(refusedTexts);
    all.addAll(documents);
    return new Locations(positions, unread, ImmutableSet.copyOf(all));
  }

  /** Collects locations while a file is read. */
  static final class Builder {
    private final Map<String, List<Integer>> positions = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> unread = new HashMap<>();

    void read(String array, int position) {
      positions.computeIfAbsent(array, a -> new ArrayList<>()).add(position);
    }

    void unread(String array, String id, String path) {
      unread.computeIfAbsent(array, a -> new HashMap<>()).putIfAbsent(id, path);
    }

    Locations build() {
      Map<String, int[]> in = new HashMap<>();
      positions.forEach((array, list) -> in.put(array, list.stream().mapToInt(Integer::intValue).toArray()));
      Map<String, Map<String, String>> out = new HashMap<>();
      unread.forEach((array, ids) -> out.put(array, ImmutableMap.copyOf(ids)));
      return new Locations(ImmutableMap.copyOf(in), ImmutableMap.copyOf(out), ImmutableSet.of());
    }
  }
}
