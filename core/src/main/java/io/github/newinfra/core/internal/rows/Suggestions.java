package io.github.newinfra.core.internal.rows;

import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Did you mean" for an unknown indicator or region: the catalog's nearest ids and names. Not part of the API.
 *
 * <p>A candidate is near when its id or one of its names, compared without case, spaces, {@code _} and {@code -},
 * equals the text, contains it or is contained in it, is within a few edits of it (a third of the shorter
 * length), or shares a run of characters with it (two Chinese characters, or four others). The nearest come
 * first; at most {@value #MAX} are named.
 */
public final class Suggestions {
  /** At most this many suggestions. */
  static final int MAX = 3;
  /** Texts longer than this get none: no id or name of a catalog is that long. */
  private static final int LONGEST = 100;

  private Suggestions() {
  }

  /**
   * Suggests indicators for an unknown indicator text.
   *
   * @param data the catalog
   * @param text the unknown text
   * @return {@code "; did you mean a (名称), b (名称) or c (名称)?"}, or empty when nothing is near
   */
  public static String indicators(CatalogData data, String text) {
    return render(nearIndicators(data, text));
  }

  /**
   * The ids of the indicators nearest an unknown indicator text, nearest first.
   *
   * @param data the catalog
   * @param text the unknown text
   * @return at most {@value #MAX} ids; empty when nothing is near
   */
  public static List<String> indicatorIds(CatalogData data, String text) {
    return keys(nearIndicators(data, text));
  }

  /**
   * The codes of the regions nearest an unknown region text, nearest first.
   *
   * @param data the catalog
   * @param text the unknown text
   * @return at most {@value #MAX} codes; empty when nothing is near
   */
  public static List<String> regionCodes(CatalogData data, String text) {
    return keys(nearRegions(data, text));
  }

  private static List<Scored> nearIndicators(CatalogData data, String text) {
    List<Scored> scored = new ArrayList<>();
    for (Indicator i : data.indicators()) {
      double s = score(text, i.id().value(), i.nameZh(), i.nameEn());
      if (s < Double.MAX_VALUE) {
        scored.add(new Scored(i.id().value() + " (" + i.nameZh() + ")", i.id().value(), s));
      }
    }
    return nearest(scored);
  }

  private static List<Scored> nearRegions(CatalogData data, String text) {
    List<Scored> scored = new ArrayList<>();
    for (Region r : data.regions()) {
      double s = score(text, r.code().value(), r.nameZh(), r.nameEn());
      if (s < Double.MAX_VALUE) {
        scored.add(new Scored(r.code().value() + " (" + r.nameZh() + ", " + r.nameEn() + ")", r.code().value(), s));
      }
    }
    return nearest(scored);
  }

  /** The nearest {@value #MAX}, nearest first, ties by key. */
  private static List<Scored> nearest(List<Scored> scored) {
    scored.sort(Comparator.comparingDouble((Scored s) -> s.score).thenComparing(s -> s.key));
    return scored.subList(0, Math.min(MAX, scored.size()));
  }

  private static List<String> keys(List<Scored> scored) {
    List<String> keys = new ArrayList<>();
    scored.forEach(s -> keys.add(s.key));
    return keys;
  }

  /**
   * Suggests regions for an unknown region text.
   *
   * @param data the catalog
   * @param text the unknown text
   * @return {@code "; did you mean 320100 (南京市)?"}, or empty when nothing is near
   */
  public static String regions(CatalogData data, String text) {
    return render(nearRegions(data, text));
  }

  /**
   * The nearest of some candidates to an unknown text, each candidate known by several keys.
   *
   * @param text the unknown text
   * @param keysByLabel per candidate's label (what is shown), its keys (id, names)
   * @return up to three labels, nearest first; empty when nothing is near
   */
  public static List<String> nearest(String text, Map<String, List<String>> keysByLabel) {
    List<Scored> scored = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : keysByLabel.entrySet()) {
      double s = score(text, e.getValue().toArray(new String[0]));
      if (s < Double.MAX_VALUE) {
        scored.add(new Scored(e.getKey(), e.getKey(), s));
      }
    }
    scored.sort(Comparator.comparingDouble((Scored s) -> s.score).thenComparing(s -> s.key));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(MAX, scored.size()); i++) {
      out.add(scored.get(i).label);
    }
    return out;
  }

  /**
   * The nearest of some ids to an unknown text.
   *
   * @param text the unknown text
   * @param ids the candidates
   * @return up to three ids, nearest first; empty when nothing is near
   */
  public static List<String> nearest(String text, java.util.Collection<String> ids) {
    Map<String, List<String>> keys = new java.util.LinkedHashMap<>();
    for (String id : ids) {
      keys.put(id, List.of(id));
    }
    return nearest(text, keys);
  }

  private static String render(List<Scored> scored) {
    if (scored.isEmpty()) {
      return "";
    }
    List<String> named = new ArrayList<>();
    scored.forEach(s -> named.add(s.label));
    String list = named.size() == 1 ? named.get(0) : String.join(", ", named.subList(0, named.size() - 1))
        + " or " + named.get(named.size() - 1);
    return "; did you mean " + list + "?";
  }

  /** The best score of a text against a candidate's keys: lower is nearer; MAX_VALUE when not near at all. */
  static double score(String text, String... keys) {
    String q = normal(text);
    if (q.isEmpty() || q.length() > LONGEST) {
      return Double.MAX_VALUE;
    }
    double best = Double.MAX_VALUE;
    for (String key : keys) {
      String k = normal(key);
      if (k.isEmpty()) {
        continue;
      }
      double s;
      if (k.equals(q)) {
        s = 0;
      } else if (Math.min(q.length(), k.length()) >= 2 && (k.contains(q) || q.contains(k))) {
        s = 1 + Math.abs(k.length() - q.length()) / 1000.0;
      } else {
        int d = distance(q, k);
        if (d <= Math.max(1, Math.min(q.length(), k.length()) / 3)) {
          s = 2 + d;
        } else {
          int run = commonRun(q, k);
          s = run >= 4 || run >= 2 && hasWide(q) ? 100 - run : Double.MAX_VALUE;
        }
      }
      best = Math.min(best, s);
    }
    return best;
  }

  private static String normal(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '_' && c != '-' && !Character.isWhitespace(c)) {
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean hasWide(String s) {
    return s.chars().anyMatch(c -> c >= 0x2e80);
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** The length of the longest run of characters both texts contain. */
  static int commonRun(String a, String b) {
    int best = 0;
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : 0;
        best = Math.max(best, cur[j]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
      java.util.Arrays.fill(cur, 0);
    }
    return best;
  }

  private static final class Scored {
    final String label;
    final String key;
    final double score;

    Scored(String label, String key, double score) {
      this.label = label;
      this.key = key;
      this.score = score;
    }
  }
}
