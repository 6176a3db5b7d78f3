package io.github.newinfra.core.report;

import io.github.newinfra.core.TargetResult;
import io.github.newinfra.model.Baseline;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Document;
import io.github.newinfra.model.DocumentId;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.Measure;
import io.github.newinfra.model.Region;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.RegionRegistry;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.TextParseException;
import io.github.newinfra.model.Unit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The catalog facts a report shows beside the results, looked up by id once per rendering. */
final class Index {
  private final Map<String, Target> targets = new HashMap<>();
  private final Map<String, Measure> measures = new HashMap<>();
  private final Map<String, Indicator> indicators = new HashMap<>();
  private final Map<String, Document> documents = new HashMap<>();
  private final Map<String, Region> regions = new HashMap<>();
  final CatalogData data;

  Index(CatalogData data) {
    this.data = data;
    data.targets().forEach(t -> targets.put(t.id().value(), t));
    data.measures().forEach(m -> measures.put(m.id().value(), m));
    data.indicators().forEach(i -> indicators.put(i.id().value(), i));
    data.documents().forEach(d -> documents.put(d.id().value(), d));
    data.regions().forEach(r -> regions.put(r.code().value(), r));
  }

  Optional<Target> target(TargetResult r) {
    return Optional.ofNullable(targets.get(r.target().value()));
  }

  Optional<Measure> measure(TargetResult r) {
    return Optional.ofNullable(measures.get(r.measure().value()));
  }

  Optional<Indicator> indicator(TargetResult r) {
    return r.indicator().map(i -> indicators.get(i.value()));
  }

  Optional<Document> document(DocumentId id) {
    return Optional.ofNullable(documents.get(id.value()));
  }

  /** The target's description in the language, else its quote, else its id. */
  String description(TargetResult r, Labels l) {
    return target(r).map(t -> t.description(l.locale()).orElse(t.source().quote())).orElse(r.target().value());
  }

  /** The verbatim quote the target rests on. */
  Optional<String> quote(TargetResult r) {
    return target(r).map(t -> t.source().quote());
  }

  String region(RegionCode code, Labels l) {
    Region r = regions.getOrDefault(code.value(), RegionRegistry.gbt2260().region(code).orElse(null));
    return r == null ? code.value() : r.name(l.locale());
  }

  String document(TargetResult r, Labels l) {
    DocumentId id = r.target().document();
    return document(id).map(d -> d.title(l.locale())
        + d.issuingNumber().map(l::bracket).orElse("")).orElse(id.value());
  }

  /**
   * A target as a report shows it: for a target stated relative to its baseline, the change as the plan says it
   * with the derived value in brackets (翻一番（≥4万亿元）); otherwise the text as given.
   */
  String target(TargetResult r, Labels l, String text) {
    return target(r).flatMap(Target::relative).map(c -> l.pick(c.textZh(), c.textEn()) + l.bracket(text))
        .orElse(text);
  }

  /**
   * The catalog's baseline of a result's target in the result's unit, whatever unit the catalog wrote it in
   * ({@code 50000台} as 5 for a target in 万台): what the reports show when the result has no baseline of its own,
   * as before any data.
   */
  Optional<Baseline> catalogBaseline(TargetResult r) {
    Unit unit;
    try {
      unit = Unit.parse(r.unit());
    } catch (TextParseException e) {
      return Optional.empty();
    }
    return target(r).flatMap(Target::baseline).filter(b -> b.value().unit().isConvertibleTo(unit))
        .map(b -> Baseline.builder().from(b).value(b.value().to(unit)).build());
  }

  /** The pillar, or cross-cutting class, of the target's measure, named by the catalog's taxonomy. */
  String pillar(TargetResult r, Labels l) {
    return measure(r).map(m -> m.pillar().map(p -> data.pillars().stream().filter(x -> x.id().equals(p))
        .map(x -> x.name(l.locale())).findFirst().orElse(p.value()))
        .or(() -> m.crossCutting().map(c -> data.crossCutting().stream().filter(x -> x.id().equals(c))
            .map(x -> x.name(l.locale())).findFirst().orElse(c.value()))).orElse("")).orElse("");
  }

  /** An indicator's name in the language, by its id; the id itself when the catalog has no such indicator. */
  String indicatorName(String id, Labels l) {
    Indicator i = indicators.get(id);
    return i == null ? id : i.name(l.locale());
  }

  /** A region's name in the language, by its code; the code itself when the catalog has no such region. */
  String region(String code, Labels l) {
    Region r = regions.get(code);
    return r == null ? code : r.name(l.locale());
  }
}
