package org.fenlei.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.fenlei.core.TextClassifier;
import org.junit.jupiter.api.Test;

/** The ways a model reaches an executor, and the per-JVM cache. */
class ExecutorModelTest {
  @Test
  void aPathAFileUriAndAHadoopCopyGiveTheSameModelReadOnce() throws Exception {
    LocalSpark.session();
    Path file = Files.copy(LocalSpark.multiClassModel(), LocalSpark.dir().resolve("uri.fenlei"));
    long before = ModelCache.loads();
    TextClassifier byPath = ExecutorModel.of(file.toString()).get();
    assertSame(byPath, ExecutorModel.of(file.toUri().toString()).get(), "file: URIs are the same file");
    assertEquals(1, ModelCache.loads() - before);

    Path copy = HadoopCopy.local(file.toUri().toString());
    assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(copy));
    FileTime copied = Files.getLastModifiedTime(copy);
    assertEquals(copy, HadoopCopy.local(file.toUri().toString()), "an unchanged source is not copied again");
    assertEquals(copied, Files.getLastModifiedTime(copy));
  }

  @Test
  void aReplacedFileIsReadAgain() throws Exception {
    Path file = Files.copy(LocalSpark.multiClassModel(), LocalSpark.dir().resolve("replaced.fenlei"));
    TextClassifier first = ExecutorModel.of(file.toString()).get();
    Files.copy(LocalSpark.multiLabelModel(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));
    TextClassifier second = ExecutorModel.of(file.toString()).get();
    assertNotEquals(first.multiLabel(), second.multiLabel());
  }

  @Test
  void aMissingOrDamagedModelIsNamed() throws Exception {
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> ExecutorModel.of("/nonexistent/m.fenlei").get());
    assertTrue(e.getMessage().contains("/nonexistent/m.fenlei"), e.getMessage());
    Path bad = Files.writeString(LocalSpark.dir().resolve("bad.fenlei"), "not a model");
    e = assertThrows(UncheckedIOException.class, () -> ExecutorModel.of(bad.toString()).get());
    assertTrue(e.getMessage().contains("bad.fenlei"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ExecutorModel.of(" "));
  }
}
