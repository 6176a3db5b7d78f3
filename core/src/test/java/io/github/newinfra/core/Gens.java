package io.github.newinfra.core;

import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** Adapts the framework-neutral generators to QuickTheories: each draw seeds a fresh generator. */
final class Gens {
  private Gens() {}

  static <T> Gen<T> of(Function<RandomGenerator, T> generator) {
    return in -> generator.apply(new SplittableRandom(in.next(Constraint.none())));
  }
}
