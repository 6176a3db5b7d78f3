/**
 * Generators of newinfra domain values for property-based tests.
 *
 * <p>Every generator is a plain static method over {@link java.util.random.RandomGenerator}, so it plugs into
 * any framework: wrap it as a QuickTheories {@code Gen} ({@code prng -> ModelGenerators.quantity(
 * RandomGenerators.of(prng))}), a jqwik arbitrary, a junit-quickcheck generator, or call it from a loop with a
 * seeded {@code SplittableRandom}. The same seed gives the same values. {@link
 * io.github.newinfra.testing.ModelGenerators} makes valid values, {@link
 * io.github.newinfra.testing.MalformedInputs} texts that must be rejected, {@link
 * io.github.newinfra.testing.CatalogGenerators} small self-consistent catalogs and single-field corruptions of
 * them.
 */
package io.github.newinfra.testing;
