/**
 * Where the engine's threads come from: {@code Workers} (the caller's executor and parallelism limit, or the
 * default) and {@code Parallel} (a team sharing the work after reading). Not part of the API.
 */
package io.github.newinfra.core.internal.threads;
