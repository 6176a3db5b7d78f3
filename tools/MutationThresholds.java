import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks PIT's {@code mutations.xml} against a threshold per class: the share of a class's mutants that the tests
 * detect (PIT's {@code detected="true"}: killed, timed out, out of memory, run error) must reach the class's
 * threshold. PIT's own {@code mutationThreshold} holds for a whole run only; this holds for every class named.
 *
 * <p>Run by the {@code mutation} profile (docs/testing.md) as a single-file program:
 *
 * <pre>
 *   java tools/MutationThresholds.java target/pit-reports/mutations.xml \
 *       io.github.newinfra.core.internal.rules.RollUps=90 'io.github.newinfra.core.internal.rows.Ingest=90'
 * </pre>
 *
 * <p>A mutant of a nested class counts for the longest class named that encloses it ({@code Rating$Bounds} for
 * {@code Rating}, {@code Ingest$Resolved} for {@code Ingest}). It prints, per class named, mutants,
 * detected, survived, not covered and the share, then every undetected mutant by line; it exits with 1 when a class
 * is below its threshold or has no mutants at all (a class renamed or no longer mutated must not pass unnoticed).
 *
 * <p>An argument {@code equivalent:CLASS#METHOD#WHAT[#LINE[#STATUS]]} declares equivalent mutants, changes no input
 * can observe: the undetected mutants of that class (as PIT names it, nested classes with {@code $}) and method whose
 * mutator's name is {@code WHAT} (e.g. {@code ConditionalsBoundary}) or whose description contains it (e.g.
 * {@code addition with subtraction}), on that line and with that status ({@code NO_COVERAGE}, {@code SURVIVED}) if
 * given. They are left out of the counts and listed
 * apart. A declaration that matches no undetected mutant is reported as stale (the code changed, or a test now
 * kills the mutant): remove it.
 *
 * <p>An argument {@code sources:DIR} names the source root of the classes mutated; an undetected mutant is then
 * also equivalent when its line, or the comment lines right above it, say {@code equivalent mutant (WHAT): reason},
 * {@code WHAT} matched as above (several separated by commas). Such a declaration sits beside the code it speaks
 * of and moves with it; one that no mutant matches any more is reported as stale too.
 */
public final class MutationThresholds {
  private MutationThresholds() {}

  /** One class named on the command line and what PIT found in it. */
  private static final class Tally {
    final int threshold;
    int mutants;
    int detected;
    int survived;
    int noCoverage;
    int equivalent;
    final List<String> undetected = new ArrayList<>();

    Tally(int threshold) {
      this.threshold = threshold;
    }

    double percent() {
      return mutants == 0 ? 0 : 100.0 * detected / mutants;
    }

    boolean passes() {
      return mutants > 0 && 100L * detected >= (long) threshold * mutants;
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: java MutationThresholds.java MUTATIONS_XML CLASS=PERCENT...");
      System.exit(2);
    }
    File report = new File(args[0]);
    if (!report.isFile()) {
      System.err.println("[mutation] no PIT report at " + report + ": did the mutation run take place?");
      System.exit(2);
    }
    Map<String, Tally> tallies = new LinkedHashMap<>();
    Map<String, Integer> equivalents = new LinkedHashMap<>();
    List<File> sourceRoots = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      if (args[i].startsWith("sources:")) {
        sourceRoots.add(new File(args[i].substring("sources:".length()).strip()));
        continue;
      }
      if (args[i].startsWith("equivalent:")) {
        String declared = args[i].substring("equivalent:".length()).strip();
        if (declared.split("#").length < 3) {
          System.err.println("[mutation] '" + args[i] + "' is not equivalent:CLASS#METHOD#WHAT[#LINE[#STATUS]]");
          System.exit(2);
        }
        equivalents.put(declared, 0);
        continue;
      }
      int eq = args[i].lastIndexOf('=');
      if (eq <= 0) {
        System.err.println("[mutation] '" + args[i] + "' is not CLASS=PERCENT");
        System.exit(2);
      }
      tallies.put(args[i].substring(0, eq), new Tally(Integer.parseInt(args[i].substring(eq + 1).strip())));
    }

    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    NodeList mutations = factory.newDocumentBuilder().parse(report).getElementsByTagName("mutation");
    for (int i = 0; i < mutations.getLength(); i++) {
      Element m = (Element) mutations.item(i);
      String mutated = text(m, "mutatedClass");
      Tally t = tallies.get(owner(mutated, tallies));
      if (t == null) {
        continue;
      }
      t.mutants++;
      String status = m.getAttribute("status");
      if (Boolean.parseBoolean(m.getAttribute("detected"))) {
        t.detected++;
        continue;
      }
      String mutator = text(m, "mutator");
      mutator = mutator.substring(mutator.lastIndexOf('.') + 1).replace("Mutator", "");
      String declared = declaredEquivalent(equivalents, mutated, text(m, "mutatedMethod"), mutator,
          text(m, "description"), text(m, "lineNumber"), status);
      if (declared == null) {
        declared = markedEquivalent(sourceRoots, text(m, "sourceFile"), mutated, mutator, text(m, "description"),
            text(m, "lineNumber"));
        if (declared != null) {
          equivalents.putIfAbsent(declared, 0);
        }
      }
      if (declared != null) {
        equivalents.merge(declared, 1, Integer::sum);
        t.mutants--;
        t.equivalent++;
        continue;
      }
      if (status.equals("NO_COVERAGE")) {
        t.noCoverage++;
      } else {
        t.survived++;
      }
      t.undetected.add(String.format(Locale.ROOT, "    line %4s %-12s %-22s %s: %s", text(m, "lineNumber"),
          status, mutator, simple(mutated) + "." + text(m, "mutatedMethod"), text(m, "description")));
    }

    boolean ok = true;
    System.out.println("[mutation] per class: mutants, detected, survived, not covered, detected %, threshold"
        + " (declared equivalent mutants left out)");
    for (Map.Entry<String, Tally> e : tallies.entrySet()) {
      Tally t = e.getValue();
      boolean passes = t.passes();
      ok &= passes;
      System.out.println(String.format(Locale.ROOT, "[mutation] %-28s %5d %5d %5d %5d %6.1f%% %4d%% %s",
          simple(e.getKey()), t.mutants, t.detected, t.survived, t.noCoverage, t.percent(), t.threshold,
          (passes ? "ok" : t.mutants == 0 ? "FAILED: no mutants (class renamed or not mutated?)" : "FAILED")
              + (t.equivalent > 0 ? " (" + t.equivalent + " equivalent)" : "")));
    }
    for (Map.Entry<String, Integer> e : equivalents.entrySet()) {
      if (e.getValue() == 0) {
        System.out.println("[mutation] WARNING: stale declaration, no undetected mutant is equivalent:" + e.getKey());
      }
    }
    for (String marker : unmatchedMarkers(sourceRoots, tallies.keySet(), equivalents.keySet())) {
      System.out.println("[mutation] WARNING: stale marker, no undetected mutant at or below " + marker);
    }
    for (Map.Entry<String, Tally> e : tallies.entrySet()) {
      if (!e.getValue().undetected.isEmpty()) {
        System.out.println("[mutation] undetected in " + simple(e.getKey()) + ":");
        e.getValue().undetected.forEach(System.out::println);
      }
    }
    if (!ok) {
      System.out.println("[mutation] a class is below its threshold: see the undetected mutants above and "
          + report.getParentFile() + "/index.html");
      System.exit(1);
    }
  }

  /** The first declaration of equivalent mutants that matches a mutant, or null. */
  private static String declaredEquivalent(Map<String, Integer> equivalents, String mutated, String method,
      String mutator, String description, String line, String status) {
    for (String declared : equivalents.keySet()) {
      String[] p = declared.split("#");
      if (p[0].equals(mutated) && p[1].equals(method) && (p[2].equals(mutator) || description.contains(p[2]))
          && (p.length < 4 || p[3].equals(line)) && (p.length < 5 || p[4].equals(status))) {
        return declared;
      }
    }
    return null;
  }

  /** Source lines read so far, by file. */
  private static final Map<File, List<String>> SOURCES = new LinkedHashMap<>();
  /** The marker a source comment declares equivalent mutants with. */
  private static final java.util.regex.Pattern MARKER =
      java.util.regex.Pattern.compile("equivalent mutants? \\(([^)]*)\\)");

  /**
   * The marker comment that declares a mutant equivalent, as {@code FILE:LINE (WHAT)}, or null: on the mutant's line
   * or in the comment lines right above it.
   */
  private static String markedEquivalent(List<File> roots, String sourceFile, String mutated, String mutator,
      String description, String lineText) {
    if (roots.isEmpty() || sourceFile.isEmpty() || lineText.isEmpty()) {
      return null;
    }
    String pkg = mutated.contains(".") ? mutated.substring(0, mutated.lastIndexOf('.')) : "";
    for (File root : roots) {
      File f = new File(new File(root, pkg.replace('.', File.separatorChar)), sourceFile);
      if (!f.isFile()) {
        continue;
      }
      List<String> lines = SOURCES.computeIfAbsent(f, k -> {
        try {
          return java.nio.file.Files.readAllLines(k.toPath());
        } catch (java.io.IOException e) {
          return List.of();
        }
      });
      int at = Integer.parseInt(lineText) - 1;
      for (int i = at; i >= 0 && i < lines.size(); i--) {
        String line = lines.get(i);
        java.util.regex.Matcher marker = MARKER.matcher(line);
        if (marker.find()) {
          for (String what : marker.group(1).split(",")) {
            String w = what.strip();
            if (!w.isEmpty() && (w.equals(mutator) || description.contains(w))) {
              return f.getName() + ":" + (i + 1) + " (" + w + ")";
            }
          }
        }
        // Look above the mutant's line only through comment lines.
        if (i < at && !line.strip().startsWith("//")) {
          break;
        }
      }
    }
    return null;
  }

  /** The marker comments in the source files of the classes named that no undetected mutant matched. */
  private static List<String> unmatchedMarkers(List<File> roots, Iterable<String> classes,
      java.util.Set<String> matched) {
    List<String> stale = new ArrayList<>();
    java.util.Set<File> seen = new java.util.HashSet<>();
    for (String c : classes) {
      String top = c.contains("$") ? c.substring(0, c.indexOf('$')) : c;
      for (File root : roots) {
        File f = new File(root, top.replace('.', File.separatorChar) + ".java");
        if (!f.isFile() || !seen.add(f)) {
          continue;
        }
        List<String> lines;
        try {
          lines = java.nio.file.Files.readAllLines(f.toPath());
        } catch (java.io.IOException e) {
          continue;
        }
        for (int i = 0; i < lines.size(); i++) {
          java.util.regex.Matcher marker = MARKER.matcher(lines.get(i));
          if (!marker.find()) {
            continue;
          }
          for (String what : marker.group(1).split(",")) {
            String key = f.getName() + ":" + (i + 1) + " (" + what.strip() + ")";
            if (!matched.contains(key)) {
              stale.add(key);
            }
          }
        }
      }
    }
    return stale;
  }

  /** The longest class named that is {@code mutated} itself or encloses it; null if none does. */
  private static String owner(String mutated, Map<String, Tally> tallies) {
    for (String c = mutated; ; c = c.substring(0, c.lastIndexOf('$'))) {
      if (tallies.containsKey(c)) {
        return c;
      }
      if (c.lastIndexOf('$') < 0) {
        return null;
      }
    }
  }

  private static String simple(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  private static String text(Element e, String tag) {
    NodeList l = e.getElementsByTagName(tag);
    return l.getLength() == 0 ? "" : l.item(0).getTextContent();
  }
}
