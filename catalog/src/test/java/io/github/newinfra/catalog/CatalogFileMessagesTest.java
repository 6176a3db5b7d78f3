package io.github.newinfra.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalog file that cannot be read is described in plain words, without a Java exception's name. */
class CatalogFileMessagesTest {
  @Test
  void aMissingCatalogFileIsNotFound(@TempDir Path dir) {
    Path missing = dir.resolve("plan.json");
    CatalogException e = assertThrows(CatalogException.class, () -> Catalog.load(missing));
    assertEquals("catalog file not found: " + missing, e.getMessage());
    assertEquals(e.getMessage(), assertThrows(CatalogException.class, () -> Catalog.check(missing)).getMessage());
  }

  @Test
  void aFolderIsNotACatalogFile(@TempDir Path dir) {
    CatalogException e = assertThrows(CatalogException.class, () -> Catalog.load(dir));
    assertEquals("cannot read catalog file " + dir + ": it is a folder, not a file", e.getMessage());
  }
}
