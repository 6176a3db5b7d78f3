package io.github.newinfra.model;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.newinfra.model.json.ModelJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The regions a catalog may name by code without defining them: the GB/T 2260 codes of the country ({@code 100000}),
 * its 31 province-level regions and their 333 prefecture-level regions (地级市, 地区, 自治州, 盟), with Chinese and
 * English names, levels and parents.
 *
 * <p>The data is a resource of this module, {@code io/github/newinfra/model/regions-gbt2260.json}; the README beside
 * it names its source (the National Bureau of Statistics' 2023 统计用区划代码, whose first six digits are the GB/T 2260
 * codes, as published by the MIT-licensed dataset {@code modood/Administrative-divisions-of-China}), its date and
 * licence, and how it was checked against the Ministry of Civil Affairs' 2023 list. Hong Kong, Macao and Taiwan are
 * not in it. County-level regions are not in it either: a catalog that needs counties adds them (with a city or a
 * province as parent).
 *
 * <p>A catalog's own definition of a code wins over the registry's (the built-in catalog defines Jiangsu and its 13
 * cities itself); the catalog validator checks that it agrees with the registry on level and parent.
 * {@link #complete(CatalogData)} adds to a catalog the registry regions it needs. This class is immutable and
 * thread-safe; {@link #gbt2260()} loads the data once, on first use.
 */
public final class RegionRegistry {
  private static final String RESOURCE = "/io/github/newinfra/model/regions-gbt2260.json";
  private static final Supplier<RegionRegistry> GBT2260 = Suppliers.memoize(RegionRegistry::load);

  private final List<Region> regions;
  private final Map<RegionCode, Region> byCode;
  private final ImmutableListMultimap<RegionCode, Region> children;

  private RegionRegistry(List<Region> regions) {
    this.regions = ImmutableList.copyOf(regions);
    this.byCode = regions.stream().collect(ImmutableMap.toImmutableMap(Region::code, r -> r));
    this.children = regions.stream().filter(r -> r.parent().isPresent())
        .collect(ImmutableListMultimap.toImmutableListMultimap(r -> r.parent().get(), r -> r));
  }

  /**
   * Returns the shipped registry of GB/T 2260 codes: the country, its provinces and their prefecture-level cities.
   *
   * @return the registry
   * @throws UncheckedIOException if the resource cannot be read (a packaging error; the build tests it)
   */
  public static RegionRegistry gbt2260() {
    return GBT2260.get();
  }

  private static RegionRegistry load() {
    try (InputStream in = RegionRegistry.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("resource " + RESOURCE + " is missing");
      }
      return new RegionRegistry(ModelJson.newMapper().readValue(in, CatalogData.class).regions());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the region registry: " + e.getMessage(), e);
    }
  }

  /**
   * Returns every region of the registry: the country, then each province followed by its cities, in code order.
   *
   * @return the regions
   */
  public List<Region> regions() {
    return regions;
  }

  /**
   * Looks up a region by code.
   *
   * @param code the code
   * @return the region, if the registry has it
   */
  public Optional<Region> region(RegionCode code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * Returns the regions whose parent is the given one: the provinces of {@code 100000}, the cities of a province.
   *
   * @param code the enclosing region
   * @return its children in code order; empty for a city or a code the registry does not have
   */
  public List<Region> children(RegionCode code) {
    return children.get(code);
  }

  /**
   * Returns catalog content with the registry regions it needs appended to its own: every region it names by code
   * (a target's, a reported value's, a measure's, a facility's region, a region's parent) that it does not define
   * itself, the registry's children (and their children) of every region it defines or names, so that a sum over a
   * province's cities counts all the cities the registry knows, and the registry ancestors of what is added, so
   * that every parent resolves. Regions the catalog defines are kept as they are
   * and come first; nothing is added twice. For example a catalog that names only {@code 330000} gains Zhejiang,
   * the country and Zhejiang's 11 cities; the built-in catalog, which defines Jiangsu and its 13 cities, gains
   * nothing.
   *
   * @param data the content
   * @return the content with the regions it needs, or {@code data} itself when it needs none
   */
  public CatalogData complete(CatalogData data) {
    Set<RegionCode> defined = new HashSet<>();
    data.regions().forEach(r -> defined.add(r.code()));
    Set<RegionCode> named = new LinkedHashSet<>();
    data.regions().forEach(r -> r.parent().ifPresent(named::add));
    data.targets().forEach(t -> named.add(t.region()));
    data.reportedValues().forEach(v -> named.add(v.region()));
    data.measures().forEach(m -> named.addAll(m.regions()));
    data.facilities().forEach(f -> named.addAll(f.regions()));
    Set<RegionCode> added = new LinkedHashSet<>();
    Deque<RegionCode> down = new ArrayDeque<>(defined);
    for (RegionCode code : named) {
      if (!defined.contains(code) && byCode.containsKey(code) && added.add(code)) {
        down.add(code);
      }
    }
    // The registry children of every region the catalog defines or names, down the tree.
    while (!down.isEmpty()) {
      for (Region child : children.get(down.poll())) {
        if (!defined.contains(child.code()) && added.add(child.code())) {
          down.add(child.code());
        }
      }
    }
    // The ancestors of what was added, so that every parent resolves (their other children are not needed).
    for (RegionCode code : List.copyOf(added)) {
      Optional<RegionCode> up = byCode.get(code).parent();
      while (up.isPresent() && !defined.contains(up.get()) && byCode.containsKey(up.get())) {
        added.add(up.get());
        up = byCode.get(up.get()).parent();
      }
    }
    if (added.isEmpty()) {
      return data;
    }
    CatalogData.Builder b = CatalogData.builder().from(data);
    for (Region r : regions) {
      if (added.contains(r.code())) {
        b.addRegions(r);
      }
    }
    return b.build();
  }
}
