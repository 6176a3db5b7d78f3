/**
 * JMH benchmarks of the library: catalog load and evaluation, with DuckDB and a primitive loop for comparison.
 * Run them from {@code benchmarks/target/benchmarks.jar}; BENCHMARKS.md at the repository root has the commands
 * and the figures.
 */
package io.github.newinfra.benchmarks;
