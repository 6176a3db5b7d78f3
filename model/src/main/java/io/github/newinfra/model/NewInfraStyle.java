package io.github.newinfra.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project's value types: an abstract {@code AbstractX} yields a public
 * final {@code X} with a builder, {@code with*} copies and value-based equality. Not for use outside the
 * project's own modules.
 *
 * <p>Collections are {@code java.util} types ({@code jdkOnly}), unmodifiable and in the order they were given
 * ({@code List} as given, {@code Set} and {@code Map} in insertion order, as {@code LinkedHashSet} and
 * {@code LinkedHashMap} keep it), so that Guava is not part of the API.
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
public @interface NewInfraStyle {}
