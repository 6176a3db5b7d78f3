package io.github.newinfra.core;

import com.google.common.collect.ImmutableList;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Document;
import io.github.newinfra.model.DocumentId;
import io.github.newinfra.model.FactId;
import io.github.newinfra.model.OutcomeLink;
import io.github.newinfra.model.OutcomeRelation;
import io.github.newinfra.model.ReportedValue;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.ValueQualifier;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluations that need no input file, built from what the catalog itself reports.
 *
 * <p>{@link #measures2020Outcomes(CatalogData)} is the embedded default: the 2020 measures' targets evaluated
 * against the 2020 outcomes that the 2021 plan reports, through the catalog's DIRECT outcome links.
 */
public final class Evaluations {
  /** The 2020 measures, 苏政办发〔2020〕31号. */
  public static final DocumentId MEASURES_2020 = DocumentId.of("measures2020");

  /** How the note of a DIRECT outcome link begins when the link rests on a reading rather than on the texts' words. */
  private static final String INFERENCE = "Inference:";

  private Evaluations() {}

  /**
   * Turns the reported values that DIRECT outcome links tie to a document's targets into observations, one per
   * reported value, in catalog order. Hedged figures are kept as stated with the hedge in the comment, except a
   * coverage reported as 基本 (basically) complete, which becomes the basic-coverage threshold of the options
   * (95% by default) with status E (estimated): basically reached, not confirmed complete. When the DIRECT link
   * is an inference (its note begins {@code Inference:}), the comment carries that note, so that whoever reads the
   * result sees that the figure answers the target only on that reading. Each observation's source names the
   * reporting document and section, e.g. {@code 苏政办发〔2021〕45号 江苏省“十四五”新型基础设施建设规划 plan2021/1/1}.
   *
   * @param data the catalog content
   * @param targetsOf the document whose targets are linked
   * @param options supplies the basic-coverage threshold
   * @return the observations
   */
  public static List<Observation> reportedOutcomes(CatalogData data, DocumentId targetsOf, EvaluationOptions options) {
    Map<FactId, ReportedValue> reported = new HashMap<>();
    for (ReportedValue v : data.reportedValues()) {
      reported.put(v.id(), v);
    }
    Set<FactId> targets = new LinkedHashSet<>();
    for (Target t : data.targets()) {
      if (t.id().document().equals(targetsOf)) {
        targets.add(t.id());
      }
    }
    Set<FactId> used = new LinkedHashSet<>();
    Map<FactId, String> inferences = new HashMap<>();
    for (OutcomeLink l : data.outcomeLinks()) {
      if (l.relation() == OutcomeRelation.DIRECT && targets.contains(l.target()) && reported.containsKey(l.reported())) {
        used.add(l.reported());
        l.note().filter(n -> n.startsWith(INFERENCE)).ifPresent(n -> inferences.putIfAbsent(l.reported(), n));
      }
    }
    Map<DocumentId, String> documents = new HashMap<>();
    for (Document d : data.documents()) {
      documents.put(d.id(), d.issuingNumber() + " " + d.titleZh());
    }
    ImmutableList.Builder<Observation> out = ImmutableList.builder();
    for (ReportedValue v : data.reportedValues()) {
      if (!used.contains(v.id())) {
        continue;
      }
      Observation.Builder o = Observation.builder().indicator(v.indicator()).region(v.region()).period(v.period())
          .unit(v.value().unit()).value(v.value().value().doubleValue())
          .source(documents.getOrDefault(v.source().document(), v.source().document().value()) + " "
              + v.source().section());
      String quote = v.id() + ": “" + v.source().quote() + "”"
          + (inferences.containsKey(v.id()) ? " — " + inferences.get(v.id()) : "");
      if (v.qualifier() == ValueQualifier.BASICALLY
          && v.value().unit().dimension() == io.github.newinfra.model.Dimension.RATIO) {
        o.value(options.basicCoverage() * Math.pow(10, -v.value().unit().unitMult())).status(ObsStatus.E)
            .comment(quote + " — reported as basically (基本) reached; read as the basic-coverage threshold");
      } else if (v.qualifier() != ValueQualifier.EXACT) {
        o.comment(quote + " — reported as " + v.qualifier());
      } else {
        o.comment(quote);
      }
      out.add(o.build());
    }
    return out.build();
  }

  /**
   * The embedded default evaluation: the 2020 measures' targets against the 2020 outcomes the plan reports,
   * as of the date the reporting document was issued (the plan: 2021-08-10), with the default options.
   *
   * @param data the catalog content, e.g. {@code Catalog.builtIn().data()}
   * @return the report over the 2020 measures' targets
   */
  public static EvaluationReport measures2020Outcomes(CatalogData data) {
    EvaluationOptions options = EvaluationOptions.defaults();
    List<Observation> observations = reportedOutcomes(data, MEASURES_2020, options);
    LocalDate asOf = data.documents().stream().filter(d -> !d.id().equals(MEASURES_2020))
        .map(Document::issueDate).max(LocalDate::compareTo).orElse(LocalDate.of(2021, 1, 1));
    return Evaluator.of(data).asOf(asOf).options(options).documents(MEASURES_2020).evaluate(observations);
  }
}
