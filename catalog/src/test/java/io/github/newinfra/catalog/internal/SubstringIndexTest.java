package io.github.newinfra.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** The one-pass substring index finds exactly what {@code String.contains} finds. */
class SubstringIndexTest {
  private static String word(SplittableRandom r, String alphabet, int max) {
    StringBuilder b = new StringBuilder();
    for (int n = r.nextInt(max + 1); n > 0; n--) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  private static final class Case {
    final String text;
    final List<String> patterns;

    Case(String text, List<String> patterns) {
      this.text = text;
      this.patterns = patterns;
    }

    @Override
    public String toString() {
      return text + " " + patterns;
    }
  }

  /** Texts and patterns over two or three letters (Chinese and an astral character among them), many overlapping. */
  private static final Gen<Case> CASES = in -> {
    SplittableRandom r = new SplittableRandom(in.next(Constraint.none()));
    String alphabet = r.nextBoolean() ? "ab" : "基站\uD83D\uDE00";
    String text = word(r, alphabet, 60);
    List<String> patterns = new ArrayList<>();
    for (int n = r.nextInt(12); n > 0; n--) {
      if (r.nextBoolean() && !text.isEmpty()) {
        int from = r.nextInt(text.length());
        patterns.add(text.substring(from, from + r.nextInt(text.length() - from + 1)));
      } else {
        patterns.add(word(r, alphabet, 8));
      }
    }
    return new Case(text, patterns);
  };

  @Test
  void findsExactlyWhatContainsFinds() {
    qt().withExamples(3000).forAll(CASES).checkAssert(c -> {
      Set<String> expected = new HashSet<>();
      for (String p : c.patterns) {
        if (c.text.contains(p)) {
          expected.add(p);
        }
      }
      assertEquals(expected, SubstringIndex.occurring(c.text, c.patterns), c::toString);
    });
  }

  @Test
  void findsPatternsThatAreSuffixesOfOthersAndRepeatedPatterns() {
    String text = "江苏省建成并开通5G基站7.1万座";
    List<String> patterns = List.of("开通5G基站7.1万座", "7.1万座", "万座", "开通5G基站7.1万座", "开通5G基站7.2万座", "");
    assertEquals(Set.of("开通5G基站7.1万座", "7.1万座", "万座", ""), SubstringIndex.occurring(text, patterns));
  }
}
