package io.github.newinfra.catalog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newinfra.model.json.ModelJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/** The problems of a catalog written as a JSON tree, as a user loading that file gets them. */
final class LoadedProblems {
  private LoadedProblems() {}

  /**
   * Loads a catalog tree.
   *
   * @param tree the catalog file's content
   * @return its problems; empty when it loads
   */
  static List<Problem> of(ObjectNode tree) throws IOException {
    try {
      Catalog.load(new ByteArrayInputStream(ModelJson.newMapper().writeValueAsBytes(tree)));
      return List.of();
    } catch (InvalidCatalogException e) {
      return e.problems();
    }
  }
}
