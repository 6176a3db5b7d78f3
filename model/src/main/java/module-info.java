/**
 * The domain model: documents, measures, targets, indicators, regions, units and quantities as immutable values,
 * and their JSON form ({@code io.github.newinfra.model.json}). {@code io.github.newinfra.model.internal} is open to
 * the project's own modules only.
 */
module io.github.newinfra.model {
  // Jackson annotations and mappers appear in the API; Guava is used inside only (tools/ApiSurface.java checks it).
  requires com.google.common;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires static org.immutables.value.annotations;
  // Annotations the Immutables-generated sources carry (@Generated, @CanIgnoreReturnValue): compile time only.
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports io.github.newinfra.model;
  exports io.github.newinfra.model.json;
  exports io.github.newinfra.model.internal to io.github.newinfra.catalog, io.github.newinfra.core,
      io.github.newinfra.testing;

  // Jackson reads and writes the value types by reflection.
  opens io.github.newinfra.model to com.fasterxml.jackson.databind;
}
