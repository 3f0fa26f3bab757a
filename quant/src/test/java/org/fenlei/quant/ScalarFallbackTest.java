package org.fenlei.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without jdk.incubator.vector the kernels run scalar, with the same results and one logged warning. */
class ScalarFallbackTest {
  /** Runs in a child JVM started without {@code --add-modules jdk.incubator.vector}. */
  public static void main(String[] args) {
    System.out.println(VectorizationProvider.implementation());
    Int8Matrix table = Int8Matrix.quantizePerTensor(new float[] {0.5f, -1f, 2f, 0.25f}, 2, 2);
    float[] mean = new float[2];
    EmbeddingBag.of(table).mean(new int[] {0, 1, 1}, 0, 3, mean);
    EmbeddingBag.of(table).sum(new int[] {0}, 0, 1, mean); // a second use: still one warning
    System.out.println(mean[0] + " " + mean[1]);
  }

  @Test
  void fallsBackToScalarWithOneWarning(@TempDir Path dir) throws IOException, InterruptedException {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        ScalarFallbackTest.class.getName())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM finished");
    assertEquals(0, p.exitValue(), () -> read(err));
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals("scalar", lines.get(0));
    Int8Matrix table = Int8Matrix.quantizePerTensor(new float[] {0.5f, -1f, 2f, 0.25f}, 2, 2);
    float[] mean = new float[2];
    EmbeddingBag.of(table).sum(new int[] {0}, 0, 1, mean);
    assertEquals(mean[0] + " " + mean[1], lines.get(1), "same results as the vector kernels");
    String log = read(err);
    int warnings = log.split("jdk.incubator.vector is not available", -1).length - 1;
    assertEquals(1, warnings, log);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
