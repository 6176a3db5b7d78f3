package io.github.newinfra.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.catalog.CatalogValidator;
import io.github.newinfra.model.CatalogData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the built-in catalog from its resources — read, map to the model, attach the texts, validate, index —
 * against the floor of only parsing the same JSON files into Jackson trees and reading the texts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class CatalogLoadBenchmark {
  private static final String FOLDER = "/io/github/newinfra/catalog/";
  private static final String[] JSON = {"regions.json", "indicators.json", "measures2020.json",
      "plan2021-outline.json", "plan2021-facts.json", "links.json"};
  private static final String[] TEXTS = {"measures2020.txt", "plan2021.txt"};
  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * The full load: {@code Catalog.of(Catalog.builtInData())}, i.e. what {@code Catalog.builtIn()} does once.
   *
   * @return the catalog
   */
  @Benchmark
  public Catalog loadAndValidate() {
    return Catalog.of(Catalog.builtInData());
  }

  /**
   * Reading and mapping only, without validation.
   *
   * @return the content
   */
  @Benchmark
  public CatalogData loadWithoutValidation() {
    return Catalog.builtInData();
  }

  /**
   * Validation only, on content already read.
   *
   * @param state the content
   * @return the problems (none)
   */
  @Benchmark
  public Object validateOnly(Loaded state) {
    return CatalogValidator.validate(state.data);
  }

  /**
   * The floor: the same JSON resources parsed into trees, and the texts read.
   *
   * @return the trees and texts
   */
  @Benchmark
  public List<Object> parseJsonOnly() {
    List<Object> out = new ArrayList<>();
    try {
      for (String name : JSON) {
        try (InputStream in = CatalogLoadBenchmark.class.getResourceAsStream(FOLDER + name)) {
          JsonNode tree = mapper.readTree(in);
          out.add(tree);
        }
      }
      for (String name : TEXTS) {
        try (InputStream in = CatalogLoadBenchmark.class.getResourceAsStream(FOLDER + name)) {
          out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The built-in content, read once. */
  @State(Scope.Benchmark)
  public static class Loaded {
    final CatalogData data = Catalog.builtInData();
  }
}
