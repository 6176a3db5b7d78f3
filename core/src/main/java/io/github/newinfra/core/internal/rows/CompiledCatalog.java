package io.github.newinfra.core.internal.rows;

import io.github.newinfra.core.ObsStatus;
import io.github.newinfra.core.internal.wording.Explanations;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Dimension;
import io.github.newinfra.model.Document;
import io.github.newinfra.model.DocumentId;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.Region;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.RegionRegistry;
import io.github.newinfra.model.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A catalog compiled for reading rows: its indicators and regions as dense indices, the largest value each
 * indicator allows, every region's children, and how an input text (an id, a code, a name, a mapping's code)
 * resolves to them. Made once per catalog and shared by every run; a mapping gives a copy that reads through it.
 * Immutable and thread-safe. Not part of the API.
 */
public final class CompiledCatalog {
  /** The first year an evaluation date or publication date may have. */
  public static final int MIN_YEAR = 1900;
  /** The last year an evaluation date or publication date may have. */
  public static final int MAX_YEAR = 9999;
  /** A whole share, 100%. */
  private static final Quantity FULL_SHARE = Quantity.parse("100%");
  public final CatalogData data;
  public final Map<String, Integer> indicatorIndex = new HashMap<>();
  public final Indicator[] indicators;
  public final Map<String, Integer> regionIndex = new HashMap<>();
  public final RegionCode[] regions;
  /** Per region, the regions whose parent it is (a province's cities, the country's provinces), in catalog order. */
  public final Map<RegionCode, List<RegionCode>> children;
  /** Per indicator, whether it is a share in percent (its fractions of 1 are suspect, see fractionShares). */
  public final boolean[] ratio;
  /** Per indicator, the largest value a row may have in its unit: 100% for a share (1000 in ‰), else no limit. */
  public final double[] most;
  public final Map<DocumentId, Document> documents = new HashMap<>();
  /** How an input row's INDICATOR text resolves: the catalog's ids, then the mapping's entries over them. */
  public final Map<String, Integer> indicatorInput;
  /** How an input row's REF_AREA text resolves: codes, the catalog's region names, then the mapping. */
  public final Map<String, Integer> regionInput;
  /** How an input row's OBS_STATUS text resolves: the SDMX codes, then the mapping. */
  public final Map<String, ObsStatus> statusInput;
  /** The mapping's unit texts: a UNIT_MEASURE text is replaced before it is resolved, once per distinct text. */
  public final Map<String, String> unitInput;

  private CompiledCatalog(CompiledCatalog base, Map<String, Integer> indicatorInput, Map<String, Integer> regionInput,
      Map<String, ObsStatus> statusInput, Map<String, String> unitInput) {
    this.data = base.data;
    this.indicators = base.indicators;
    this.indicatorIndex.putAll(base.indicatorIndex);
    this.regions = base.regions;
    this.children = base.children;
    this.regionIndex.putAll(base.regionIndex);
    this.ratio = base.ratio;
    this.most = base.most;
    this.documents.putAll(base.documents);
    this.indicatorInput = indicatorInput;
    this.regionInput = regionInput;
    this.statusInput = statusInput;
    this.unitInput = unitInput;
  }

  private CompiledCatalog(CatalogData data) {
    // The regions the catalog names by code without defining them come from the registry, with their children.
    data = RegionRegistry.gbt2260().complete(data);
    this.data = data;
    indicators = data.indicators().toArray(new Indicator[0]);
    for (int i = 0; i < indicators.length; i++) {
      indicatorIndex.putIfAbsent(indicators[i].id().value(), i);
    }
    ratio = new boolean[indicators.length];
    most = new double[indicators.length];
    for (int i = 0; i < indicators.length; i++) {
      Unit unit = indicators[i].unit();
      ratio[i] = unit.dimension() == Dimension.RATIO && unit.baseExponent() == 0;
      most[i] = unit.dimension() == Dimension.RATIO ? FULL_SHARE.to(unit).value().doubleValue() : Double.POSITIVE_INFINITY;
    }
    regions = data.regions().stream().map(Region::code).toArray(RegionCode[]::new);
    for (int i = 0; i < regions.length; i++) {
      regionIndex.putIfAbsent(regions[i].value(), i);
    }
    // A region's parent is the catalog's, or the registry's where the catalog leaves it out (a provincial plan's
    // province has none of its own, yet a national target counts it among the country's provinces).
    Map<RegionCode, List<RegionCode>> below = new HashMap<>();
    RegionRegistry registry = RegionRegistry.gbt2260();
    for (Region region : data.regions()) {
      region.parent().or(() -> registry.region(region.code()).flatMap(Region::parent))
          .ifPresent(p -> below.computeIfAbsent(p, k -> new ArrayList<>()).add(region.code()));
    }
    below.replaceAll((k, v) -> List.copyOf(v));
    children = Map.copyOf(below);
    for (Document d : data.documents()) {
      documents.putIfAbsent(d.id(), d);
    }
    indicatorInput = new HashMap<>(indicatorIndex);
    regionInput = new HashMap<>(regionIndex);
    // A name two regions share (Suzhou, 吉林) reads as neither: the row is rejected with both as suggestions.
    Map<String, Integer> named = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (Region region : data.regions()) {
      Integer at = regionIndex.get(region.code().value());
      for (String name : regionNames(region)) {
        Integer before = named.putIfAbsent(name, at);
        if (before != null && !before.equals(at)) {
          shared.add(name);
        }
      }
    }
    named.forEach((name, at) -> {
      if (!shared.contains(name)) {
        regionInput.putIfAbsent(name, at);
      }
    });
    statusInput = new HashMap<>();
    for (ObsStatus status : ObsStatus.values()) {
      statusInput.put(status.name(), status);
    }
    unitInput = Map.of();
  }

  /** The names a region is read by without a mapping: 南京市, 南京, Nanjing, NANJING, nanjing. */
  public static List<String> regionNames(Region region) {
    List<String> names = new ArrayList<>();
    String zh = region.nameZh().strip();
    names.add(zh);
    if (zh.length() > 2 && (zh.endsWith("市") || zh.endsWith("省"))) {
      names.add(zh.substring(0, zh.length() - 1));
    }
    String en = region.nameEn().strip();
    names.add(en);
    names.add(en.toUpperCase(java.util.Locale.ROOT));
    names.add(en.toLowerCase(java.util.Locale.ROOT));
    return names;
  }

  /**
   * Returns an engine that reads input texts through a mapping, whose indicator and region targets are known to
   * be in the catalog.
   *
   * @param indicators FROM to indicator id
   * @param regions FROM to region code
   * @param statuses FROM to status code, e.g. {@code P}
   * @param units FROM to unit text
   * @return the engine, sharing this one's compiled catalog
   * @throws IllegalArgumentException if an indicator or region target is not in the catalog
   */
  public CompiledCatalog withMapping(Map<String, String> indicators, Map<String, String> regions,
      Map<String, String> statuses, Map<String, String> units) {
    for (String to : indicators.values()) {
      if (!indicatorIndex.containsKey(to)) {
        throw new IllegalArgumentException("not an indicator of the catalog: " + to);
      }
    }
    for (String to : regions.values()) {
      if (!regionIndex.containsKey(to)) {
        throw new IllegalArgumentException("not a region of the catalog: " + to);
      }
    }
    // The mapping's own tables are read through, not copied: a mapping of a million codes is held once.
    return new CompiledCatalog(this, new MappedCodes<>(indicators, indicatorIndex::get, indicatorInput),
        new MappedCodes<>(regions, regionIndex::get, regionInput),
        new MappedCodes<>(statuses, ObsStatus::valueOf, statusInput),
        new MappedCodes<>(units, u -> u, unitInput));
  }

  /**
   * Compiles a catalog.
   *
   * @param data the catalog content
   * @return the engine
   */
  public static CompiledCatalog compile(CatalogData data) {
    return new CompiledCatalog(data);
  }

  /**
   * Returns the catalog content the engine was compiled from.
   *
   * @return the content
   */
  public CatalogData data() {
    return data;
  }

  /**
   * The regions one level below a region, by their parents: a province's cities, the country's provinces, a
   * city's counties — every child the catalog and the region registry know, in catalog order.
   *
   * @param region the region
   * @return its children; empty if it has none
   */
  public List<RegionCode> children(RegionCode region) {
    return children.getOrDefault(region, List.of());
  }

  /**
   * Returns what explanations need of this catalog: its names, and every region's children.
   *
   * @return the context
   */
  public Explanations.Context context() {
    return new Explanations.Context(data, children);
  }

  /**
   * The period from one epoch day to another, as {@link Period} names it.
   *
   * @param start the first day
   * @param end the last day
   * @return the period
   */
  public static Period period(int start, int end) {
    return Period.ofRange(LocalDate.ofEpochDay(start), LocalDate.ofEpochDay(end));
  }

  /**
   * The text of the period from one epoch day to another: {@code 2025}, {@code 2025-Q1}, {@code 2025-01/2025-09}.
   *
   * @param start the first day
   * @param end the last day
   * @return the text
   */
  public static String periodText(int start, int end) {
    return period(start, end).toString();
  }
}
