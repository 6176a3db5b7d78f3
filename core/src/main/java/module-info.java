/**
 * The evaluation engine: observations in, per-target results, roll-ups and reports out.
 */
module io.github.newinfra.core {
  requires transitive io.github.newinfra.model;
  requires com.google.common;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires static org.immutables.value.annotations;
  // Annotations the Immutables-generated sources carry (@Generated, @CanIgnoreReturnValue): compile time only.
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports io.github.newinfra.core;
  exports io.github.newinfra.core.report;
  exports io.github.newinfra.core.progress;

  opens io.github.newinfra.core to com.fasterxml.jackson.databind;
  opens io.github.newinfra.core.progress to com.fasterxml.jackson.databind;
}
