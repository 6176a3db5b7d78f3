/**
 * The built-in catalog of the two Jiangsu plans, and the loader and validator of catalog files.
 */
module io.github.newinfra.catalog {
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

  exports io.github.newinfra.catalog;

  opens io.github.newinfra.catalog to com.fasterxml.jackson.databind;
}
