package org.fenlei.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {
  @TempDir
  Path dir;

  private Path saved() throws IOException {
    Path p = dir.resolve("m.fenlei");
    ModelFile.save(new FixedClassifier(List.of("体育", "财经", "𠀀"), new double[] {0.2, 0.7, 0.1}, false), p);
    return p;
  }

  private String loadError(Path p) {
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelFile.load(p));
    assertTrue(e.getMessage().startsWith(p.toString()), "message names the file: " + e.getMessage());
    return e.getMessage();
  }

  @Test
  void roundTripGivesIdenticalPredictions() throws IOException {
    Path p = saved();
    TextClassifier m = ModelFile.load(p);
    assertEquals("fixed-test", m.kind());
    assertEquals(List.of("体育", "财经", "𠀀"), m.labels());
    assertArrayEquals(new double[] {0.2, 0.7, 0.1}, m.scores("任何文本"));
    assertEquals(List.of(new ScoredLabel("财经", 0.7)), m.predict("x", -1, Double.NaN).labels());
  }

  @Test
  void layoutIsTheDocumentedOne() throws IOException {
    byte[] b = Files.readAllBytes(saved());
    assertArrayEquals(ModelFile.MAGIC, Arrays.copyOf(b, 8));
    ByteBuffer h = ByteBuffer.wrap(b);
    assertEquals(1, h.getInt(8));
    assertEquals(0, h.getInt(12));
    long payload = h.getLong(16);
    assertEquals(b.length, 24 + payload + 4);
    CRC32C crc = new CRC32C();
    crc.update(b, 24, (int) payload);
    assertEquals((int) crc.getValue(), h.getInt(24 + (int) payload));
  }

  @Test
  void everyFlippedByteIsRejected() throws IOException {
    byte[] good = Files.readAllBytes(saved());
    for (int i = 0; i < good.length; i++) {
      byte[] bad = good.clone();
      bad[i] ^= 0x10;
      Path p = dir.resolve("flip" + i);
      Files.write(p, bad);
      String m = loadError(p);
      if (i < 8) {
        assertTrue(m.contains("not a fenlei model file"), m);
      } else if (i < 11) { // the version's high bytes: an absurd number, not a newer format
        assertTrue(m.contains("damaged") && !m.contains("upgrade"), i + ": " + m);
      } else if (i >= 16 && i < 24) {
        assertTrue(m.contains("truncated") || m.contains("damaged"), m);
      } else {
        assertTrue(m.contains("damaged") || m.contains("newer"), i + ": " + m);
      }
    }
  }

  @Test
  void truncatedAndExtendedFilesAreRejected() throws IOException {
    byte[] good = Files.readAllBytes(saved());
    for (int len : new int[] {5, 8, 20, 24, good.length / 2, good.length - 1}) {
      Path p = dir.resolve("trunc" + len);
      Files.write(p, Arrays.copyOf(good, len));
      String m = loadError(p);
      assertTrue(m.contains("truncated") || m.contains("not a fenlei model file"), m);
    }
    Path p = dir.resolve("longer");
    Files.write(p, Arrays.copyOf(good, good.length + 3));
    assertTrue(loadError(p).contains("bytes after the end"));
  }

  @Test
  void newerFormatVersionIsRefusedByNumber() throws IOException {
    byte[] b = Files.readAllBytes(saved());
    ByteBuffer.wrap(b).putInt(8, 7);
    Path p = dir.resolve("v7");
    Files.write(p, b);
    String m = loadError(p);
    assertTrue(m.contains("version 7 is newer"), m);
  }

  @Test
  void unknownKindAndForeignFilesAreNamed() throws IOException {
    ByteArrayOutputStream payload = new ByteArrayOutputStream();
    new DataOutputStream(payload).writeUTF("no-such-kind");
    byte[] pl = payload.toByteArray();
    CRC32C crc = new CRC32C();
    crc.update(pl);
    ByteBuffer b = ByteBuffer.allocate(24 + pl.length + 4).put(ModelFile.MAGIC).putInt(1).putInt(0)
        .putLong(pl.length).put(pl).putInt((int) crc.getValue());
    Path p = dir.resolve("unknown");
    Files.write(p, b.array());
    assertTrue(loadError(p).contains("model kind 'no-such-kind' is not known"));

    Path text = dir.resolve("notes.txt");
    Files.writeString(text, "__label__体育 这不是模型文件\n");
    assertTrue(loadError(text).contains("not a fenlei model file"));
    assertThrows(NoSuchFileException.class, () -> ModelFile.load(dir.resolve("absent.fenlei")));
  }

  @Test
  void saveReplacesAtomicallyAndLeavesNoTemporaryFiles() throws IOException {
    Path p = saved();
    saved();
    try (var files = Files.list(dir)) {
      assertEquals(List.of(p), files.toList());
    }
  }

  @Test
  void aDirectoryAndAnEmptyFileAreNamedAsSuch() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("models"));
    assertEquals(folder + ": is a directory, not a model file", loadError(folder));
    Path empty = Files.createFile(dir.resolve("empty.fenlei"));
    assertEquals(empty + ": empty (0 bytes), not a model: was it written completely?", loadError(empty));
    ModelFormatException e = assertThrows(ModelFormatException.class,
        () -> ModelFile.load(new ByteArrayInputStream(new byte[0]), "upload"));
    assertEquals("upload: empty (0 bytes), not a model", e.getMessage());
    Path cut = dir.resolve("cut.fenlei");
    Files.write(cut, Arrays.copyOf(ModelFile.MAGIC, 3));
    assertEquals(cut + ": truncated: the file ends inside its header (3 bytes)", loadError(cut));
  }

  @Test
  void anAbsurdVersionIsDamageNotANewerFormat() throws IOException {
    byte[] good = Files.readAllBytes(saved());
    for (int version : new int[] {0x00FF0001, 0x01000001, 256, -1, Integer.MAX_VALUE}) {
      byte[] b = good.clone();
      ByteBuffer.wrap(b).putInt(8, version);
      Path p = dir.resolve("v" + version);
      Files.write(p, b);
      assertEquals(p + ": damaged: invalid header (version " + version + ", flags 0)", loadError(p));
      ModelFormatException e = assertThrows(ModelFormatException.class,
          () -> ModelFile.load(new ByteArrayInputStream(b), "stream"));
      assertTrue(e.getMessage().startsWith("stream: damaged: invalid header (version " + version), e.getMessage());
    }
    byte[] b = good.clone();
    ByteBuffer.wrap(b).putInt(8, 255); // the highest number a newer fenlei could have written
    Path p = dir.resolve("v255");
    Files.write(p, b);
    assertTrue(loadError(p).endsWith("version 255 is newer than this fenlei can read (up to 1): upgrade fenlei"));
  }
}
