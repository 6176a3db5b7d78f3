package io.github.newinfra.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newinfra.model.DocumentId;
import io.github.newinfra.model.Measure;
import io.github.newinfra.model.Section;
import io.github.newinfra.model.SectionKind;
import io.github.newinfra.model.Sourced;
import io.github.newinfra.model.json.ModelJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The built-in catalog against the texts it encodes: complete, verbatim, and nothing numeric left out. */
class BuiltInCatalogTest {
  static final Catalog CATALOG = Catalog.builtIn();
  static final DocumentId PLAN = DocumentId.of("plan2021");
  static final DocumentId MEASURES = DocumentId.of("measures2020");
  private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

  @Test
  void loadsValidatedWithBothDocuments() {
    assertEquals(List.of(MEASURES, PLAN), CATALOG.documents().stream().map(d -> d.id()).collect(Collectors.toList()));
    assertEquals(List.of(), CatalogValidator.validate(CATALOG.data()));
    assertTrue(CATALOG == Catalog.builtIn(), "loaded once");
  }

  @Test
  void everyQuoteAndMeasureTextIsVerbatimInTheShippedText() {
    for (Sourced f : facts()) {
      String text = CATALOG.text(f.source().document()).orElseThrow();
      assertTrue(text.contains(f.source().quote()), f.id() + ": " + f.source().quote());
    }
    for (Measure m : CATALOG.measures()) {
      assertTrue(CATALOG.text(m.document()).orElseThrow().contains(m.text()), m.id().value());
    }
  }

  private static List<Sourced> facts() {
    return Stream.of(CATALOG.targets(), CATALOG.reportedValues(), CATALOG.fiscalFacts(), CATALOG.facilities())
        .flatMap(List::stream).collect(Collectors.toList());
  }

  @Test
  void everyNumberInTheMeasuresIsAFactOrAllowListed() throws IOException {
    assertEveryNumberCovered(MEASURES, "/number-allowlist-measures2020.json");
  }

  @Test
  void everyNumberInThePlanIsAFactOrAllowListed() throws IOException {
    assertEveryNumberCovered(PLAN, "/number-allowlist-plan2021.json");
  }

  /**
   * Marks every occurrence of every quote of a target, reported value or fiscal fact of the document, and every
   * allow-listed context or pattern; then lists each Arabic number of the text not inside a marked span.
   */
  private static void assertEveryNumberCovered(DocumentId doc, String allowList) throws IOException {
    String text = CATALOG.text(doc).orElseThrow();
    BitSet covered = new BitSet(text.length());
    Stream.of(CATALOG.targets(), CATALOG.reportedValues(), CATALOG.fiscalFacts()).flatMap(List::stream)
        .map(Sourced.class::cast).filter(f -> f.source().document().equals(doc))
        .forEach(f -> mark(text, f.source().quote(), covered));
    JsonNode list;
    ObjectMapper mapper = ModelJson.newMapper();
    try (InputStream in = BuiltInCatalogTest.class.getResourceAsStream(allowList)) {
      list = mapper.readTree(in);
    }
    assertEquals(doc.value(), list.get("document").asText());
    List<String> unused = new ArrayList<>();
    for (JsonNode entry : list.get("entries")) {
      assertFalse(entry.path("reason").asText().isBlank(), "every allow-list entry says why: " + entry);
      boolean used;
      if (entry.has("context")) {
        used = mark(text, entry.get("context").asText(), covered);
      } else {
        Matcher m = Pattern.compile(entry.get("regex").asText()).matcher(text);
        used = false;
        while (m.find()) {
          covered.set(m.start(), m.end());
          used = true;
        }
      }
      if (!used) {
        unused.add(entry.toString());
      }
    }
    assertEquals(List.of(), unused, "allow-list entries that match nothing");
    List<String> uncovered = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      if (covered.nextClearBit(m.start()) < m.end()) {
        uncovered.add(m.group() + " in “" + text.substring(Math.max(0, m.start() - 12),
            Math.min(text.length(), m.end() + 12)).replace('\n', ' ') + "”");
      }
    }
    assertEquals(List.of(), uncovered, "numbers that no fact quotes and no allow-list entry explains");
  }

  private static boolean mark(String text, String quote, BitSet covered) {
    boolean found = false;
    for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
      covered.set(at, at + quote.length());
      found = true;
    }
    return found;
  }

  @Test
  void everyMeasureOf2020ListsTheDepartmentsOfItsClosingParenthesisInOrder() {
    Pattern closing = Pattern.compile("（([^（）]+)等负责）$");
    List<Measure> measures = CATALOG.measures(MEASURES);
    assertEquals(29, measures.size());
    for (Measure m : measures) {
      Matcher match = closing.matcher(m.text());
      assertTrue(match.find(), m.id() + " ends with its departments");
      List<String> named = List.of(match.group(1).split("、"));
      List<String> listed = m.departments().stream()
          .map(d -> CATALOG.department(d).orElseThrow().nameZh()).collect(Collectors.toList());
      assertEquals(named, listed, m.id().value());
    }
  }

  @Test
  void the2020OutlineHasFourPartsAnd29MeasuresNumberedAsTheText() {
    List<Section> parts = CATALOG.sections().stream()
        .filter(s -> s.document().equals(MEASURES) && s.kind() == SectionKind.CHAPTER).collect(Collectors.toList());
    assertEquals(List.of("加快新型信息基础设施建设", "释放信息消费增长潜能", "推动产业数字化转型", "保障措施"),
        parts.stream().map(Section::titleZh).collect(Collectors.toList()));
    String text = CATALOG.text(MEASURES).orElseThrow();
    for (Measure m : CATALOG.measures(MEASURES)) {
      assertTrue(text.contains("\n" + m.label() + "." + m.text()), m.id() + " is measure " + m.label());
      assertTrue(m.text().startsWith(m.titleZh() + "。"), m.id() + " title is its lead phrase");
    }
  }

  /** Re-derives the plan's outline from the text: headings, sections and paragraphs in order. */
  @Test
  void thePlanOutlineIsCompleteAndEveryParagraphOfChapters3To5IsAClassifiedMeasure() {
    String text = CATALOG.text(PLAN).orElseThrow();
    String body = text.substring(text.indexOf("\n一、规划背景"));
    String chapters = "一二三四五六七八九";
    int chapter = 0;
    int section = 0;
    int paragraph = 0;
    List<String> expected = new ArrayList<>();
    for (String line : body.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      if (line.length() > 1 && line.charAt(1) == '、' && chapters.indexOf(line.charAt(0)) >= 0) {
        chapter = chapters.indexOf(line.charAt(0)) + 1;
        section = 0;
        expected.add("plan2021/" + chapter + " CHAPTER " + line.substring(2));
      } else if (line.startsWith("（") && line.indexOf('）') > 0 && line.indexOf('）') < 4) {
        section++;
        paragraph = 0;
        String title = line.substring(line.indexOf('）') + 1);
        expected.add("plan2021/" + chapter + "/" + section + " SECTION " + title.substring(0, title.length() - 1));
      } else {
        paragraph++;
        String id = "plan2021/" + chapter + "/" + section + "/" + paragraph;
        expected.add(id + " PARAGRAPH");
        if (chapter >= 2) {
          Optional<Measure> m = CATALOG.measure(io.github.newinfra.model.MeasureId.of(id));
          assertTrue(m.isPresent(), id + " is a measure");
          assertEquals(line, m.get().text(), id);
          if (chapter >= 3 && chapter <= 5) {
            String lead = line.substring(0, line.indexOf('。'));
            assertEquals(lead, m.get().titleZh(), id + " title is its lead phrase");
            assertTrue(m.get().pillar().isPresent() && !m.get().subAreas().isEmpty(), id + " has a pillar");
            // The plan's chapters 三–五 are its three pillars, their numbered sections the pillars' sub-areas, in order.
            io.github.newinfra.model.Pillar pillar = CATALOG.pillars().get(chapter - 3);
            assertEquals(pillar.id(), m.get().pillar().get(), id);
            assertEquals(pillar.subAreas().get(section - 1).id(), m.get().subAreas().get(0), id);
          } else {
            assertTrue(m.get().crossCutting().isPresent(), id + " is cross-cutting");
          }
        }
      }
    }
    List<String> actual = CATALOG.sections().stream().filter(s -> s.document().equals(PLAN)
        && s.kind() != SectionKind.PREAMBLE).map(s -> s.id() + " " + s.kind()
            + (s.kind() == SectionKind.PARAGRAPH ? "" : " " + s.titleZh())).collect(Collectors.toList());
    assertEquals(expected, actual);
  }

  @Test
  void everySectionAndMeasureHasAnEnglishTitle() {
    CATALOG.sections().forEach(s -> assertTrue(s.titleEn().isPresent(), s.id().value()));
    CATALOG.measures().forEach(m -> assertTrue(m.titleEn().isPresent(), m.id().value()));
  }
}
