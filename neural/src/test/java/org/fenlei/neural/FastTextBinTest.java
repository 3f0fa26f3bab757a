package org.fenlei.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fenlei.core.ModelFile;
import org.fenlei.core.ModelFormatException;
import org.fenlei.core.ScoredLabel;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Models written by the C++ tool (see the README beside them) predict here as {@code fasttext predict-prob}. */
class FastTextBinTest {
  @TempDir
  Path tmp;

  static Path resource(String name) {
    try {
      return Path.of(FastTextBinTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tiny.bin", "tiny.ftz", "tiny-hs.bin", "tiny-ova.bin", "tiny-ns.bin"})
  void predictsAsTheTool(String model) throws IOException {
    FastText m = (FastText) ModelFile.load(resource(model));
    List<String> text = Files.readAllLines(resource("tiny.test.tok"), StandardCharsets.UTF_8);
    List<String> expected = Files.readAllLines(resource(model + ".expected"), StandardCharsets.UTF_8);
    assertEquals(text.size(), expected.size());
    for (int i = 0; i < text.size(); i++) {
      String[] e = expected.get(i).split(" ");
      List<ScoredLabel> p = m.predictPretokenized(text.get(i), 3, 0.0).labels();
      assertEquals("__label__" + p.get(0).label(), e[0], model + " line " + (i + 1));
      for (int k = 0; k < p.size(); k++) {
        String label = e[2 * k].substring("__label__".length());
        double prob = Double.parseDouble(e[2 * k + 1]);
        // the tool prints exp(log(p + 1e-5)) with 6 digits
        assertEquals(prob, m.scoresPretokenized(text.get(i))[m.labels().indexOf(label)] + 1e-5, 2e-5 + prob * 1e-5,
            model + " line " + (i + 1) + " " + label);
      }
    }
  }

  @Test
  void toolModelsDoNotSegmentAndReadTheirHeader() throws IOException {
    FastText m = FastTextBinReader.readModel(resource("tiny.bin"));
    assertTrue(m.segmenterConfig().isEmpty());
    assertEquals(10, m.options().dim());
    assertEquals(2, m.options().wordNgrams());
    assertEquals(List.of("体育", "科技", "财经"), m.labels().stream().sorted().toList());
    org.junit.jupiter.api.Assertions.assertArrayEquals(m.scores("球队 进球"), m.scoresPretokenized("球队 进球"));
    FastText q = FastTextBinReader.readModel(resource("tiny.ftz"));
    assertTrue(q.quantized());
  }

  @Test
  void truncatedFileIsAnErrorNamingIt() throws IOException {
    byte[] all = Files.readAllBytes(resource("tiny.bin"));
    Path cut = tmp.resolve("cut.bin");
    Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelFile.load(cut));
    assertTrue(e.getMessage().contains("cut.bin") && e.getMessage().contains("truncated"), e.getMessage());
  }

  @Test
  void damagedHeaderIsAnErrorNamingIt() throws IOException {
    byte[] all = Files.readAllBytes(resource("tiny.bin"));
    all[4] = 99; // version 99
    Path bad = tmp.resolve("bad.bin");
    Files.write(bad, all);
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelFile.load(bad));
    assertTrue(e.getMessage().contains("bad.bin") && e.getMessage().contains("version 99"), e.getMessage());
    all = Files.readAllBytes(resource("tiny.bin"));
    for (int i = 64; i < 96; i++) {
      all[i] = (byte) 0xFF; // inside the dictionary header
    }
    Path garbage = tmp.resolve("garbage.bin");
    Files.write(garbage, all);
    e = assertThrows(ModelFormatException.class, () -> ModelFile.load(garbage));
    assertTrue(e.getMessage().contains("garbage.bin"), e.getMessage());
  }

  @Test
  void trailingBytesAreRefused() throws IOException {
    byte[] all = Files.readAllBytes(resource("tiny.bin"));
    Path longer = tmp.resolve("longer.bin");
    Files.write(longer, java.util.Arrays.copyOf(all, all.length + 3));
    assertInstanceOf(ModelFormatException.class, assertThrows(IOException.class, () -> ModelFile.load(longer)));
  }

  private String loadError(Path p) {
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelFile.load(p));
    assertTrue(e.getMessage().startsWith(p + ": "), "names the file: " + e.getMessage());
    ModelFormatException direct = assertThrows(ModelFormatException.class, () -> FastTextBinReader.readModel(p));
    assertEquals(e.getMessage(), direct.getMessage());
    return e.getMessage();
  }

  @Test
  void aDirectoryAndAnEmptyFileAreNamedAsSuch() throws IOException {
    Path folder = Files.createDirectory(tmp.resolve("model.bin"));
    assertEquals(folder + ": is a directory, not a model file", loadError(folder));
    Path empty = Files.createFile(tmp.resolve("empty.bin"));
    assertEquals(empty + ": empty (0 bytes), not a model: was it written completely?", loadError(empty));
  }

  /** tiny.bin with the little-endian int at {@code offset} replaced by {@code value}. */
  private Path withInt(String name, int offset, int value) throws IOException {
    byte[] all = Files.readAllBytes(resource("tiny.bin"));
    java.nio.ByteBuffer.wrap(all).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(offset, value);
    return Files.write(tmp.resolve(name), all);
  }

  @Test
  void absurdHeaderValuesAreDamageNamingTheFile() throws IOException {
    // offsets: 4 version, 8 + 4i the arguments (dim ws epoch minCount neg wordNgrams loss model bucket minn maxn
    // lrUpdateRate), 56 t, 64 entries, 68 words, 72 labels, 76 tokens (long), 84 pruned buckets (long)
    Object[][] cases = {
        {4, 0x00FF000C, "invalid fastText version 16711692"},
        {4, 3, "invalid fastText version 3"},
        {8, 0, "invalid header: dim 0"},
        {8, 1 << 24, "invalid header: dim 16777216"},
        {8, -10, "invalid header: dim -10"},
        {28, -1, "invalid header: wordNgrams -1"},
        {32, 9, "unknown loss code 9"},
        {36, 0x03000000 | 3, "invalid header: model 50331651"},
        {40, -1000, "invalid header: bucket -1000"},
        {64, 0x7FFFFFF0, "bad dictionary header"},
        {72, 0, "bad dictionary header"},
    };
    for (Object[] c : cases) {
      Path p = withInt("bad-" + c[0] + "-" + c[1] + ".bin", (int) c[0], (int) c[1]);
      String m = loadError(p);
      assertTrue(m.contains("damaged fastText model") && m.contains((String) c[2]), c[0] + ": " + m);
    }
    byte[] pruned = Files.readAllBytes(resource("tiny.bin"));
    java.nio.ByteBuffer.wrap(pruned).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(84, 1 << 30);
    Path p = Files.write(tmp.resolve("pruned.bin"), pruned);
    assertTrue(loadError(p).contains("damaged fastText model (at byte 943): 1073741824 pruned buckets needs "
        + "8589934592 bytes, the file has 42114 left"), loadError(p));
    // as many words as the counts say, more than the file can hold
    byte[] all = Files.readAllBytes(resource("tiny.bin"));
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(all).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    int labels = b.getInt(72);
    b.putInt(68, 100_000_000).putInt(64, 100_000_000 + labels);
    Path many = Files.write(tmp.resolve("many.bin"), all);
    assertTrue(loadError(many).contains("a dictionary of " + (100_000_000 + labels) + " entries needs"));
  }

  @Test
  void matrixShapesMustFitTheHeader() throws IOException {
    byte[] all = Files.readAllBytes(resource("tiny.bin"));
    // the output matrix (3 labels x dim 10) ends the file: bool, rows, cols (longs), 30 floats
    int rowsAt = all.length - 30 * 4 - 16;
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(all).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    assertEquals(3, b.getLong(rowsAt));
    assertEquals(10, b.getLong(rowsAt + 8));
    b.putLong(rowsAt, 6).putLong(rowsAt + 8, 5); // as many floats, another shape
    Path reshaped = Files.write(tmp.resolve("reshaped.bin"), all);
    assertTrue(loadError(reshaped).endsWith("the output matrix is 6 x 5, the header says 3 x 10"));
    b.putLong(rowsAt, 1L << 40).putLong(rowsAt + 8, 10); // far more floats than the file has: no huge allocation
    Path huge = Files.write(tmp.resolve("huge.bin"), all);
    assertTrue(loadError(huge).contains("bad matrix size 1099511627776 x 10"), loadError(huge));
    b.putLong(rowsAt, 300_000).putLong(rowsAt + 8, 10);
    Path big = Files.write(tmp.resolve("big.bin"), all);
    assertTrue(loadError(big).contains("the output matrix of 300000 x 10 needs 12000000 bytes, the file has 120 left"),
        loadError(big));
  }

  /**
   * The tool's files have no checksum, so a flipped byte may load; but then the model predicts without failing (a
   * flip in the .ftz's table of kept buckets used to load and throw on prediction), or the load fails naming the
   * file.
   */
  @ParameterizedTest
  @ValueSource(strings = {"tiny.bin", "tiny.ftz"})
  void everyFlippedByteLoadsAndPredictsOrFailsNamingTheFile(String model) throws IOException {
    byte[] good = Files.readAllBytes(resource(model));
    List<String> text = Files.readAllLines(resource("tiny.test.tok"), StandardCharsets.UTF_8);
    // every byte of the headers, the dictionary and the .ftz's kept buckets; then a sample of the weights
    int dense = model.endsWith(".ftz") ? 3000 : 1000;
    for (int i = 0; i < good.length; i += i < 120 ? 1 : i < dense ? 2 : 331) {
      for (int mask : i < 120 ? new int[] {0x01, 0x80, 0xFF} : new int[] {0x40}) {
        byte[] bad = good.clone();
        bad[i] ^= (byte) mask;
        Path p = Files.write(tmp.resolve("flip-" + model), bad);
        FastText m;
        try {
          m = (FastText) ModelFile.load(p);
        } catch (ModelFormatException e) {
          assertTrue(e.getMessage().startsWith(p + ": "), i + ": " + e.getMessage());
          continue;
        }
        for (String line : text) {
          m.scoresPretokenized(line);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tiny.bin", "tiny.ftz", "tiny-hs.bin", "tiny-ova.bin", "tiny-ns.bin"})
  void savedInFenleisFormatPredictsBitForBitAsTheToolsFile(String model) throws IOException {
    FastText tool = FastTextBinReader.readModel(resource(model));
    Path out = tmp.resolve(model + ".fenlei");
    ModelFile.save(tool, out);
    FastText back = (FastText) ModelFile.load(out);
    assertEquals(tool.labels(), back.labels());
    assertEquals(tool.quantized(), back.quantized());
    assertTrue(back.segmenterConfig().isEmpty(), "still splits on spaces");
    for (String line : Files.readAllLines(resource("tiny.test.tok"), StandardCharsets.UTF_8)) {
      org.junit.jupiter.api.Assertions.assertArrayEquals(tool.scores(line), back.scores(line), line);
      assertEquals(tool.predict(line, 3, 0.0), back.predict(line, 3, 0.0), line);
    }
    // the payload's version (after the 24-byte header and the kind "fasttext"): 2 only for product quantization
    int version = java.nio.ByteBuffer.wrap(Files.readAllBytes(out)).getInt(24 + 2 + "fasttext".length());
    assertEquals(model.endsWith(".ftz") ? 2 : 1, version);
    // and the checksum now catches what the tool's format cannot: one flipped weight byte
    byte[] bytes = Files.readAllBytes(out);
    bytes[bytes.length - 4 - 7] ^= 0x01;
    Path flipped = Files.write(tmp.resolve("flipped.fenlei"), bytes);
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelFile.load(flipped));
    assertTrue(e.getMessage().contains("checksum"), e.getMessage());
  }
}
