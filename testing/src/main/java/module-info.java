/**
 * Generators of catalogs, observations and malformed inputs for tests of code that uses newinfra.
 */
module io.github.newinfra.testing {
  requires transitive io.github.newinfra.model;
  requires com.google.common;
  requires static org.immutables.value.annotations;
  // Annotations the Immutables-generated sources carry (@Generated, @CanIgnoreReturnValue): compile time only.
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports io.github.newinfra.testing;
}
