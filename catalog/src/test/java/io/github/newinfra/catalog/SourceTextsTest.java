package io.github.newinfra.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shipped texts are the untouched sources with exactly the documented artefacts removed (see the README
 * beside the texts). Each test re-derives the shipped text from the source kept in the test resources.
 */
class SourceTextsTest {
  private static final Pattern FOOTER = Pattern.compile("—— \\d+");
  private static final Pattern HEADER_BLOCK = Pattern.compile("((.)\\2{5,})+");
  private static final Pattern PARAGRAPH_START = Pattern.compile(
      "(江苏省人民政府办公厅印发.*通知$|\\d+\\.|[一二三四]、|苏政办发|各市、县|《关于|江苏省人民政府办公厅$|2020年4月30日$"
          + "|关于加快新型信息基础设施建设扩大信息消费的若干政策措施$|为深化).*");
  private static final Pattern IMAGE_LINK = Pattern.compile("\\[!\\[\\]\\([^)]*\\)\\]\\([^)]*\\)");

  static String read(String resource) throws IOException {
    try (InputStream in = SourceTextsTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void measures2020IsTheGazetteTextWithPageArtefactsRemovedAndLinesJoined() throws IOException {
    String source = read("/seeds/001_3f18b320bf641589.txt");
    String shipped = read("/io/github/newinfra/catalog/measures2020.txt");
    StringBuilder joined = new StringBuilder();
    int footers = 0;
    int headerBlocks = 0;
    int gazetteHeaders = 0;
    int pageStarts = 0;
    for (String line : source.split("\n", -1)) {
      if (line.isBlank()) {
        continue;
      } else if (FOOTER.matcher(line.strip()).matches()) {
        footers++;
      } else if (line.strip().equals("江苏省人民政府公报")) {
        gazetteHeaders++;
      } else if (HEADER_BLOCK.matcher(line.strip()).matches()) {
        headerBlocks++;
      } else {
        if (line.startsWith(" ")) {
          pageStarts++;
          line = line.substring(1);
        }
        joined.append(line);
      }
    }
    assertEquals(1, footers, "page footers '—— 5'");
    assertEquals(1, gazetteHeaders, "page headers '江苏省人民政府公报'");
    assertEquals(10, headerBlocks, "lines of the repeated-character page header");
    assertEquals(9, pageStarts, "page starts marked by one leading space");
    assertEquals(joined.toString(), shipped.replace("\n", ""), "shipped text differs from the cleaned source");
    assertFalse(shipped.contains("江江江") || shipped.contains("公报") || shipped.contains("——"));
  }

  @Test
  void measures2020HasOneParagraphPerLineBreakingOnlyAtHeadingsAndMeasureNumbers() throws IOException {
    String shipped = read("/io/github/newinfra/catalog/measures2020.txt");
    List<String> measures = new ArrayList<>();
    for (String line : shipped.split("\n")) {
      assertTrue(PARAGRAPH_START.matcher(line).matches(), "unexpected paragraph start: " + line);
      if (line.matches("\\d+\\..*")) {
        measures.add(line.substring(0, line.indexOf('.')));
      }
    }
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 29; i++) {
      expected.add(Integer.toString(i));
    }
    assertEquals(expected, measures, "the 29 measures, each on its own line, in order");
  }

  @Test
  void plan2021IsTheWebPageWithBannerAndImageLinksRemoved() throws IOException {
    String source = read("/seeds/000_920cf910262248c4.txt");
    String shipped = read("/io/github/newinfra/catalog/plan2021.txt");
    String[] lines = source.split("\n", -1);
    assertTrue(lines[0].startsWith("> 本文由 [简悦 SimpRead]"), "the converter banner opens the source");
    List<String> kept = new ArrayList<>();
    int images = 0;
    boolean dropBlank = true;
    for (int i = 1; i < lines.length; i++) {
      if (IMAGE_LINK.matcher(lines[i]).matches()) {
        images++;
        dropBlank = true;
      } else if (dropBlank && lines[i].isEmpty()) {
        dropBlank = false;
      } else {
        dropBlank = false;
        kept.add(lines[i]);
      }
    }
    assertEquals(21, images, "image links in the source");
    assertEquals(String.join("\n", kept), shipped);
    assertFalse(shipped.contains("jiangsu.gov.cn/picture") || shipped.contains("SimpRead"));
  }
}
