package io.github.newinfra.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project's value types: a package-private abstract {@code AbstractX} yields a
 * public final {@code X} with a builder, {@code with*} copies and value-based equality. Not part of the API.
 *
 * <p>What users see names only {@code X} and the JDK: collections are {@code java.util} types ({@code jdkOnly}),
 * unmodifiable and in the order they were given ({@code List} as given, {@code Set} and {@code Map} in insertion
 * order, as {@code LinkedHashSet} and {@code LinkedHashMap} keep it), so that Guava is not part of the API. As the
 * abstract type is package-private, Immutables makes {@code X.copyOf(AbstractX)} and the builder's
 * {@code from(AbstractX)} package-private and adds a public {@code from(X)}; {@code X} itself extends the
 * package-private type, whose public methods {@code javac} copies into {@code X} as bridges, so no public signature
 * names it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    allParameters = false,
    defaults = @Value.Immutable(copy = true, prehash = false),
    jdkOnly = true,
    strictBuilder = false,
    depluralize = true,
    forceJacksonPropertyNames = false,
    clearBuilder = false)
public @interface NewInfraStyle {
  /**
   * The same style without the builder's {@code from}, for a value type whose abstract type implements an interface
   * that declares attributes ({@code Sourced}, {@code Reported}). For such a type Immutables merges from every
   * supertype and makes each {@code from}, {@code from(AbstractX)} too, public whatever the abstract type's
   * visibility; without {@code from}, a changed copy is made with the {@code with*} methods. It repeats the
   * settings above, as Immutables does not combine styles: keep the two alike ({@code tools/ApiSurface.java} in
   * {@code .ci/run} fails when a difference lets a Guava or {@code Abstract*} type into the API).
   */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.CLASS)
  @Value.Style(
      typeAbstract = "Abstract*",
      typeImmutable = "*",
      visibility = Value.Style.ImplementationVisibility.PUBLIC,
      allParameters = false,
      defaults = @Value.Immutable(copy = true, prehash = false),
      jdkOnly = true,
      strictBuilder = false,
      depluralize = true,
      forceJacksonPropertyNames = false,
      clearBuilder = false,
      from = "")
  @interface WithoutFrom {}
}
