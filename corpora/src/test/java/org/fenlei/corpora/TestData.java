package org.fenlei.corpora;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** Test helpers: writing small corpora, and finding the shared corpora (tests skip without them). */
final class TestData {
  private TestData() {
  }

  static Path write(Path dir, String name, String content) {
    return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String name, String content, Charset cs) {
    return write(dir, name, content.getBytes(cs));
  }

  static Path write(Path dir, String name, byte[] content) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Document doc(Path file, long line, String text, String... labels) {
    return new Document(file.getFileName() + ":" + line, text, List.of(labels), file, line);
  }

  /**
   * The shared corpora folder: system property {@code fenlei.corpora} (set by Surefire), else
   * {@code ../shared/corpora} beside the project root found upwards from the working directory. Skips the
   * calling test when neither exists.
   */
  static Path corpora() {
    String property = System.getProperty("fenlei.corpora");
    if (property != null && Files.isDirectory(Paths.get(property))) {
      return Paths.get(property).toAbsolutePath().normalize();
    }
    for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("../shared/corpora").normalize();
      if (Files.isRegularFile(candidate.resolve("README.md"))) {
        return candidate;
      }
    }
    assumeTrue(false, "shared corpora not found (property fenlei.corpora=" + property + ")");
    throw new AssertionError("unreachable");
  }
}
