package org.fenlei.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.fenlei.core.Classifiers;
import org.fenlei.core.ModelFile;
import org.fenlei.core.ModelFormatException;
import org.fenlei.core.TextClassifier;
import org.fenlei.corpora.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Models load from a path, a stream and a class-path resource, all with identical scores. */
class LoadingTest {
  private static final TextClassifier MODEL = Classifiers.builder("lr").threads(2).train(Samples.reviews());

  private static void assertSame(TextClassifier a, TextClassifier b) {
    assertEquals(a.kind(), b.kind());
    assertEquals(a.labels(), b.labels());
    for (Document d : Samples.reviews()) {
      assertArrayEquals(a.scores(d.text()), b.scores(d.text()), d.text());
    }
  }

  @Test
  void streamRoundTripMatchesTheFileFormat(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ModelFile.save(MODEL, out);
    Path file = dir.resolve("m.fenlei");
    ModelFile.save(MODEL, file);
    assertArrayEquals(Files.readAllBytes(file), out.toByteArray(), "stream and file bytes are the same");
    assertSame(MODEL, ModelFile.load(new ByteArrayInputStream(out.toByteArray()), "memory"));
    assertSame(MODEL, ModelFile.load(file));
  }

  @Test
  void aModelShipsAsAClassPathResource(@TempDir Path dir) throws IOException {
    Path res = dir.resolve("models/senti.fenlei");
    ModelFile.save(MODEL, res);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      assertSame(MODEL, ModelFile.loadResource(loader, "models/senti.fenlei"));
      NoSuchFileException missing = assertThrows(NoSuchFileException.class,
          () -> ModelFile.loadResource(loader, "models/nope.fenlei"));
      assertTrue(missing.getMessage().contains("classpath:models/nope.fenlei"), missing.getMessage());
    }
  }

  @Test
  void everyDamageOfAStreamIsNamed() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ModelFile.save(MODEL, out);
    byte[] good = out.toByteArray();
    for (int i = 0; i < good.length; i += Math.max(1, good.length / 97)) {
      byte[] bad = good.clone();
      bad[i] ^= 0x20;
      assertDamaged(new ByteArrayInputStream(bad), "flip at " + i);
    }
    for (int n : new int[] {0, 5, 23, 24, good.length / 2, good.length - 1}) {
      assertDamaged(new ByteArrayInputStream(good, 0, n), "truncated to " + n);
    }
  }

  private static void assertDamaged(InputStream in, String what) {
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelFile.load(in, "upload.bin"), what);
    assertTrue(e.getMessage().startsWith("upload.bin: "), what + ": " + e.getMessage());
    assertEquals("upload.bin", e.source());
  }
}
