package io.github.newinfra.catalog;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Times {@link Catalog#load(java.io.InputStream)} (CPU time of the loading thread, and wall time) on catalogs built to make validation slow: long quotes that
 * almost match a long text, and quantities of very many digits. Not a test (timings vary by machine); run it by
 * hand and compare before and after a change (docs/fuzzing.md has the command and the figures).
 */
public final class LoadCostProbe {
  private LoadCostProbe() {}

  /** A one-document catalog whose text and quotes the caller chooses. */
  static String catalog(String text, String[] quotes, String targetValue) {
    StringBuilder json = new StringBuilder();
    json.append("{\"formatVersion\":1,")
        .append("\"documents\":[{\"id\":\"plan\",\"issuingNumber\":\"测〔2030〕1号\",\"titleZh\":\"测试\","
            + "\"titleEn\":\"Test\",\"issuer\":\"测试\",\"issueDate\":\"2021-01-01\",\"periodStart\":2021,"
            + "\"periodEnd\":2025,\"assignsDepartments\":false}],")
        .append("\"sections\":[{\"id\":\"plan/1\",\"document\":\"plan\",\"kind\":\"CHAPTER\",\"label\":\"一\","
            + "\"titleZh\":\"章\"}],")
        .append("\"measures\":[{\"id\":\"plan/1\",\"document\":\"plan\",\"section\":\"plan/1\",\"label\":\"一\","
            + "\"titleZh\":\"措施\",\"text\":\"b\",\"crossCutting\":\"GENERAL_REQUIREMENTS\"}],")
        .append("\"regions\":[{\"code\":\"320000\",\"nameZh\":\"江苏省\",\"nameEn\":\"Jiangsu\",\"level\":\"PROVINCE\"}],")
        .append("\"targets\":[");
    for (int i = 0; i < quotes.length; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\":\"plan/target/t").append(i)
          .append("\",\"measure\":\"plan/1\",\"region\":\"320000\",\"comparator\":\"")
          .append(targetValue == null ? "QUALITATIVE" : "AT_LEAST").append('"')
          .append(targetValue == null ? "" : ",\"value\":\"" + targetValue + "\"")
          .append(",\"dueYear\":2025,\"source\":{\"document\":\"plan\",\"section\":\"plan/1\",\"quote\":\"")
          .append(quotes[i]).append("\"}}");
    }
    json.append("],\"texts\":{\"plan\":\"").append(text).append("\"}}");
    return json.toString();
  }

  private static void time(String name, String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    String outcome;
    try {
      Catalog.load(new ByteArrayInputStream(bytes));
      outcome = "valid";
    } catch (InvalidCatalogException e) {
      String first = e.problems().get(0).toString();
      outcome = e.problems().size() + " problem(s), first: " + first.substring(0, Math.min(140, first.length()));
    } catch (RuntimeException e) {
      outcome = "error: " + e.getMessage().substring(0, Math.min(140, e.getMessage().length()));
    }
    if (name.equals("warm-up")) {
      return;
    }
    System.out.printf(Locale.ROOT, "%-46s %8.3f s CPU %8.3f s wall  %s%n", name,
        (threads.getCurrentThreadCpuTime() - cpu) / 1e9, (System.nanoTime() - start) / 1e9, outcome);
  }

  /**
   * Runs the cases.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // Class loading and a first compilation, so that the first case measures its input.
    for (int i = 0; i < 20; i++) {
      time("warm-up", catalog("a".repeat(10_000) + "b", new String[] {"a".repeat(100) + "c", "ab"}, "1" + "0".repeat(i) + "座"));
    }
    String text = "a".repeat(1_000_000) + "b";
    String[] nearMisses = new String[10];
    for (int i = 0; i < nearMisses.length; i++) {
      nearMisses[i] = "a".repeat(10_000 - 1 - i) + "c";
    }
    time("10 quotes of 10^4 chars vs a 10^6-char text", catalog(text, nearMisses, null));
    String[] hits = new String[10];
    for (int i = 0; i < hits.length; i++) {
      hits[i] = "a".repeat(10_000 - i) + "b";
    }
    time("10 matching quotes of 10^4 chars", catalog(text, hits, null));
    time("quantity of 4x10^5 zeros", catalog("b", new String[] {"b"}, "1" + "0".repeat(400_000) + "座"));
    time("quantity of 10^6 digits", catalog("b", new String[] {"b"}, "7".repeat(1_000_000) + "座"));
  }
}
