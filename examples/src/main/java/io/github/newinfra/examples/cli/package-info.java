/**
 * The {@code newinfra} command-line tool ({@link io.github.newinfra.examples.cli.NewInfraCli}).
 */
package io.github.newinfra.examples.cli;
