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
}
