package org.fenlei.segment;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared evaluation corpora live: system property {@code fenlei.corpora} (Surefire sets it), else
 * {@code ../shared/corpora} beside the project root. Tests on them are skipped when the folder is absent.
 */
final class Corpora {
  private Corpora() {}

  static Path root() {
    String configured = System.getProperty("fenlei.corpora");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    // tests run in the module directory; the project root is the parent holding the aggregator pom
    if (dir.getParent() != null && Files.isRegularFile(dir.getParent().resolve("pom.xml"))) {
      dir = dir.getParent();
    }
    return dir.resolve("../shared/corpora").normalize();
  }
}
