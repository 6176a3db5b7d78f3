/**
 * Runnable examples of the newinfra API: {@link io.github.newinfra.examples.QuickStart}.
 */
package io.github.newinfra.examples;
