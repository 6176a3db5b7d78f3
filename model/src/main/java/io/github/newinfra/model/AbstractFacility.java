package io.github.newinfra.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.newinfra.model.internal.NewInfraStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A facility, institution or programme a document names, e.g. 国家超级计算无锡中心, attached to the measures
 * that name it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = Facility.class)
@JsonDeserialize(as = Facility.class)
@NewInfraStyle.WithoutFrom
abstract class AbstractFacility implements Sourced {
  @Override
  public abstract FactId id();

  /**
   * Returns the name as the document writes it.
   *
   * @return the Chinese name
   */
  public abstract String nameZh();

  /**
   * Returns the English name.
   *
   * @return the name, if the catalog gives one
   */
  public abstract Optional<String> nameEn();

  /**
   * Returns the facility's name in a locale's language: Chinese for {@code zh}, English otherwise (the Chinese one where there is no English).
   *
   * @param locale the reader's locale, e.g. {@link java.util.Locale#SIMPLIFIED_CHINESE}
   * @return the facility's name
   */
  public String name(java.util.Locale locale) {
    return io.github.newinfra.model.internal.Languages.pick(locale, nameZh(), nameEn());
  }

  /**
   * Returns the kind of facility.
   *
   * @return the kind
   */
  public abstract FacilityKind kind();

  /**
   * Returns the measures that name the facility.
   *
   * @return at least one measure
   */
  public abstract List<MeasureId> measures();

  /**
   * Returns the regions the facility is placed in.
   *
   * @return the regions, possibly empty
   */
  public abstract List<RegionCode> regions();

  @Override
  public abstract SourceRef source();

  @Value.Check
  void check() {
    Checks.check(id().kind() == FactKind.FACILITY, "Invalid facility '%s': the id must be of kind 'facility'", id());
    Checks.check(!measures().isEmpty(), "Invalid facility '%s': it must be attached to at least one measure", id());
    Checks.check(new HashSet<>(measures()).size() == measures().size(),
        "Invalid facility '%s': a measure is listed twice", id());
    Checks.check(source().document().equals(id().document()),
        "Invalid facility '%s': its source must be of document '%s'", id(), id().document());
  }
}
