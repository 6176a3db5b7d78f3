package io.github.newinfra.testing;

import com.google.common.collect.ImmutableList;
import io.github.newinfra.model.Accumulation;
import io.github.newinfra.model.Baseline;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Dimension;
import io.github.newinfra.model.Direction;
import io.github.newinfra.model.DocumentId;
import io.github.newinfra.model.FactId;
import io.github.newinfra.model.FactKind;
import io.github.newinfra.model.Frequency;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.IndicatorId;
import io.github.newinfra.model.MeasureId;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.ReportedValue;
import io.github.newinfra.model.SectionId;
import io.github.newinfra.model.SourceRef;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.Unit;
import io.github.newinfra.model.ValueQualifier;
import java.math.BigDecimal;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generators of valid model values. Each method draws everything it needs from the given generator, so a
 * seeded generator reproduces the same values. Values are small but cover every case the types allow: every
 * dimension and magnitude, every period frequency, every target comparator.
 *
 * <p>This class is stateless and thread-safe (the random generator passed in need not be).
 */
public final class ModelGenerators {
  /**
   * The units docs/catalog-format.md lists, in families of units that convert to each other: one family per
   * dimension, and for {@link Dimension#INTENSITY} one per "what per what" (counts per person, counts per
   * household, money per person-year, money per person). Numerator magnitudes are drawn on top of these.
   */
  public static final List<List<String>> UNIT_FAMILIES = ImmutableList.of(
      ImmutableList.of("", "个", "座", "家", "所", "项", "架", "条", "台", "套", "张", "户", "名", "人", "次", "款", "件", "处",
          "类", "种", "批"),
      ImmutableList.of("米", "公里"),
      ImmutableList.of("元"),
      ImmutableList.of("%", "‰"),
      ImmutableList.of("Kbps", "Mbps", "Gbps", "Tbps"),
      ImmutableList.of("年"),
      ImmutableList.of("件/万人", "个/万人", "/万人", "户/百人", "人/千人", "个/人"),
      ImmutableList.of("户/百户", "个/万户"),
      ImmutableList.of("元/人年", "元/万人年"),
      ImmutableList.of("元/人", "元/百人"));

  /** Every unit of {@link #UNIT_FAMILIES}, in order. */
  public static final List<String> DOCUMENTED_UNITS = UNIT_FAMILIES.stream().flatMap(List::stream)
      .collect(ImmutableList.toImmutableList());

  /** The GB/T 2260 codes of Jiangsu and its 13 prefecture-level cities. */
  public static final List<RegionCode> JIANGSU_REGIONS = ImmutableList.of(
      "320000", "320100", "320200", "320300", "320400", "320500", "320600", "320700",
      "320800", "320900", "321000", "321100", "321200", "321300").stream()
      .map(RegionCode::of).collect(ImmutableList.toImmutableList());

  private ModelGenerators() {}

  /**
   * Picks one element.
   *
   * @param random the source of randomness
   * @param options the elements, at least one
   * @param <T> the element type
   * @return one of the options
   */
  public static <T> T oneOf(RandomGenerator random, List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  /**
   * Returns a dimension.
   *
   * @param random the source of randomness
   * @return any dimension
   */
  public static Dimension dimension(RandomGenerator random) {
    return oneOf(random, List.of(Dimension.values()));
  }

  /**
   * Returns a unit of any dimension with a magnitude from 0 to 12.
   *
   * @param random the source of randomness
   * @return a unit
   */
  public static Unit unit(RandomGenerator random) {
    return unit(random, dimension(random));
  }

  /**
   * Returns a unit of the given dimension with a magnitude from 0 to 12 (for {@link Dimension#INTENSITY}, of one
   * of its families, drawn at random).
   *
   * @param random the source of randomness
   * @param dimension the dimension
   * @return a unit
   */
  public static Unit unit(RandomGenerator random, Dimension dimension) {
    List<List<String>> families = UNIT_FAMILIES.stream()
        .filter(f -> Unit.parse(f.get(0)).dimension() == dimension).collect(ImmutableList.toImmutableList());
    return withMagnitude(random, oneOf(random, oneOf(random, families)));
  }

  /**
   * Returns a unit that converts to the given one: of its family, with a magnitude from 0 to 12.
   *
   * @param random the source of randomness
   * @param like a unit of {@link #UNIT_FAMILIES} (any magnitude)
   * @return a unit of the same family
   * @throws IllegalArgumentException if no family holds a unit that converts to {@code like}
   */
  public static Unit unitLike(RandomGenerator random, Unit like) {
    for (List<String> family : UNIT_FAMILIES) {
      if (Unit.parse(family.get(0)).isConvertibleTo(like)) {
        return withMagnitude(random, oneOf(random, family));
      }
    }
    throw new IllegalArgumentException("no documented unit converts to " + like);
  }

  private static Unit withMagnitude(RandomGenerator random, String text) {
    int mult = random.nextInt(4) == 0 ? 0 : random.nextInt(Unit.MAX_UNIT_MULT + 1);
    return Unit.parse(text).withUnitMult(mult);
  }

  /**
   * Returns a decimal with up to 9 significant digits and up to 4 decimal places; negative when asked.
   *
   * @param random the source of randomness
   * @param allowNegative whether the result may be negative
   * @return a decimal
   */
  public static BigDecimal decimal(RandomGenerator random, boolean allowNegative) {
    long unscaled = random.nextLong(1_000_000_000L);
    if (allowNegative && random.nextBoolean()) {
      unscaled = -unscaled;
    }
    return BigDecimal.valueOf(unscaled, random.nextInt(5));
  }

  /**
   * Returns a non-negative quantity of any unit.
   *
   * @param random the source of randomness
   * @return a quantity
   */
  public static Quantity quantity(RandomGenerator random) {
    return Quantity.of(decimal(random, false), unit(random));
  }

  /**
   * Returns a non-negative quantity of the given dimension.
   *
   * @param random the source of randomness
   * @param dimension the dimension
   * @return a quantity
   */
  public static Quantity quantity(RandomGenerator random, Dimension dimension) {
    return Quantity.of(decimal(random, false), unit(random, dimension));
  }

  /**
   * Returns a period of any frequency between 1990 and 2060, or (one time in six) a time range of whole months
   * inside one year, such as {@code 2020-01/2020-09}.
   *
   * @param random the source of randomness
   * @return a period
   */
  public static Period period(RandomGenerator random) {
    int year = 1990 + random.nextInt(71);
    if (random.nextInt(6) == 0) {
      int from = 1 + random.nextInt(12);
      int to = from + random.nextInt(13 - from);
      return Period.ofRange(java.time.LocalDate.of(year, from, 1),
          java.time.YearMonth.of(year, to).atEndOfMonth());
    }
    switch (oneOf(random, List.of(Frequency.values()))) {
      case ANNUAL:
        return Period.ofYear(year);
      case QUARTERLY:
        return Period.ofQuarter(year, 1 + random.nextInt(4));
      case MONTHLY:
        return Period.ofMonth(year, 1 + random.nextInt(12));
      default:
        return Period.ofDay(java.time.LocalDate.ofYearDay(year, 1 + random.nextInt(365)));
    }
  }

  /**
   * Returns Jiangsu or one of its cities, or now and then the country ({@code 100000}).
   *
   * @param random the source of randomness
   * @return a region code
   */
  public static RegionCode region(RandomGenerator random) {
    return random.nextInt(8) == 0 ? RegionCode.CHINA : oneOf(random, JIANGSU_REGIONS);
  }

  /**
   * Returns a lower-case slug of 1 to 12 characters, starting with a letter.
   *
   * @param random the source of randomness
   * @return a slug such as {@code k3-x}
   */
  public static String slug(RandomGenerator random) {
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-";
    StringBuilder s = new StringBuilder().append((char) ('a' + random.nextInt(26)));
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  /**
   * Returns an indicator id.
   *
   * @param random the source of randomness
   * @return an id
   */
  public static IndicatorId indicatorId(RandomGenerator random) {
    return IndicatorId.of(slug(random).replace('-', '_'));
  }

  /**
   * Returns a document id.
   *
   * @param random the source of randomness
   * @return an id such as {@code plan2031}
   */
  public static DocumentId documentId(RandomGenerator random) {
    return DocumentId.of(oneOf(random, List.of("plan", "measures", "notice")) + (2000 + random.nextInt(60)));
  }

  /**
   * Returns a section id of the document, one to three levels deep.
   *
   * @param random the source of randomness
   * @param document the document
   * @return an id such as {@code plan2021/3/1/2}
   */
  public static SectionId sectionId(RandomGenerator random, DocumentId document) {
    StringBuilder path = new StringBuilder(document.value());
    int depth = 1 + random.nextInt(3);
    for (int i = 0; i < depth; i++) {
      path.append('/').append(1 + random.nextInt(12));
    }
    return SectionId.of(path.toString());
  }

  /**
   * Returns an indicator whose unit is of the given dimension.
   *
   * @param random the source of randomness
   * @param dimension the unit's dimension
   * @return an indicator
   */
  public static Indicator indicator(RandomGenerator random, Dimension dimension) {
    IndicatorId id = indicatorId(random);
    return Indicator.builder().id(id).nameZh("指标" + id).nameEn("Indicator " + id)
        .unit(unit(random, dimension).withUnitMult(0))
        .direction(oneOf(random, List.of(Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER)))
        .accumulation(oneOf(random, additive(dimension) ? List.of(Accumulation.values())
            : List.of(Accumulation.LEVEL, Accumulation.FLOW)))
        .build();
  }

  /** Whether amounts of a dimension add up (counts, lengths, money): only they can be annual amounts. */
  private static boolean additive(Dimension dimension) {
    return dimension == Dimension.COUNT || dimension == Dimension.LENGTH || dimension == Dimension.MONEY;
  }

  /**
   * Returns a valid target of a random comparator about the indicator, due between 2021 and 2035, with a
   * baseline two times out of three. Its quote is the target's value as text (or a fixed phrase for
   * COVERAGE and QUALITATIVE targets), which {@link CatalogGenerators} writes into the document's text.
   *
   * @param random the source of randomness
   * @param measure the measure that sets it
   * @param indicator the indicator
   * @return a target
   */
  public static Target target(RandomGenerator random, MeasureId measure, Indicator indicator) {
    Comparator comparator = oneOf(random, List.of(Comparator.values()));
    if (comparator == Comparator.COVERAGE && indicator.unit().dimension() != Dimension.RATIO) {
      comparator = Comparator.AT_LEAST;
    }
    return target(random, measure, indicator, comparator);
  }

  /**
   * Returns a valid target with the given comparator (COVERAGE needs a percentage indicator).
   *
   * @param random the source of randomness
   * @param measure the measure that sets it
   * @param indicator the indicator
   * @param comparator the comparator
   * @return a target
   */
  public static Target target(RandomGenerator random, MeasureId measure, Indicator indicator, Comparator comparator) {
    DocumentId doc = measure.document();
    Dimension dimension = indicator.unit().dimension();
    int dueYear = 2021 + random.nextInt(15);
    Target.Builder b = Target.builder()
        .id(FactId.of(doc, FactKind.TARGET, slug(random)))
        .measure(measure)
        .region(region(random))
        .comparator(comparator)
        .dueYear(dueYear)
        .dueYearInferred(random.nextBoolean());
    if (comparator != Comparator.QUALITATIVE || random.nextBoolean()) {
      b.indicator(indicator.id());
    }
    String quote;
    Quantity value = Quantity.of(decimal(random, false).add(BigDecimal.ONE), unitLike(random, indicator.unit()));
    switch (comparator) {
      case COVERAGE:
        b.basically(random.nextBoolean());
        quote = "实现全覆盖" + slug(random);
        break;
      case QUALITATIVE:
        quote = "位居全国前列" + slug(random);
        break;
      case BETWEEN:
        Quantity upper = Quantity.of(value.value().add(decimal(random, false)), value.unit());
        b.value(value).upperValue(upper);
        quote = value + "－" + upper;
        break;
      case APPROXIMATELY:
        b.value(value).tolerance(BigDecimal.valueOf(1 + random.nextInt(30), 2));
        quote = value + "左右";
        break;
      default:
        b.value(value);
        quote = value.toString();
    }
    if (comparator != Comparator.QUALITATIVE && random.nextInt(3) > 0) {
      b.baseline(Baseline.builder()
          .value(Quantity.of(decimal(random, false), dimension == Dimension.RATIO && comparator == Comparator.COVERAGE
              ? Unit.of("%") : unitLike(random, indicator.unit())))
          .period(Period.ofYear(dueYear - 1 - random.nextInt(5)))
          .build());
    }
    return b.source(SourceRef.of(doc, measure.section(), quote)).build();
  }

  /**
   * Returns a valid reported value of the indicator for a year before 2031; its quote is its value's text.
   *
   * @param random the source of randomness
   * @param section the section that reports it
   * @param indicator the indicator
   * @return a reported value
   */
  public static ReportedValue reportedValue(RandomGenerator random, SectionId section, Indicator indicator) {
    Quantity value = Quantity.of(decimal(random, false), unitLike(random, indicator.unit()));
    return ReportedValue.builder()
        .id(FactId.of(section.document(), FactKind.REPORTED, slug(random)))
        .section(section)
        .indicator(indicator.id())
        .region(region(random))
        .period(Period.ofYear(2000 + random.nextInt(31)))
        .value(value)
        .qualifier(oneOf(random, List.of(ValueQualifier.values())))
        .source(SourceRef.of(section.document(), section, value.toString()))
        .build();
  }
}
