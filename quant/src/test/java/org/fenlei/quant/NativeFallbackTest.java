package org.fenlei.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fenlei.quant.native} in a child JVM: {@code false} serves the Java kernels with the same results, a level
 * forces that level, a level the CPU lacks or an unknown value gives one warning.
 */
class NativeFallbackTest {
  /** Runs in the child JVM: the level, the description, then results of the public layers. */
  public static void main(String[] args) {
    System.out.println(VectorizationProvider.nativeLevel());
    System.out.println(VectorizationProvider.description());
    System.out.println(results());
  }

  /** A bag of each scheme, a pooled convolution and linear logits, on the kernels the provider chose. */
  static String results() {
    Random random = new Random(5);
    float[] values = Fixtures.gaussian(random, 300 * 100, 0.5);
    int[] ids = random.ints(200, 0, 300).toArray();
    StringBuilder s = new StringBuilder();
    for (Int8Matrix t : new Int8Matrix[] {Int8Matrix.quantizePerTensor(values, 300, 100),
        Int8Matrix.quantizeRowwise(values, 300, 100)}) {
      float[] mean = new float[100];
      EmbeddingBag.of(t).mean(ids, 0, ids.length, mean);
      s.append(Arrays.hashCode(mean)).append(' ');
    }
    byte[] x = Fixtures.randomBytes(random, 40 * 64);
    Int8Matrix f = Int8Matrix.quantizePerChannel(Fixtures.gaussian(random, 50 * 3 * 64, 0.1), 50, 3 * 64);
    QuantParams input = new QuantParams(0.02f, 4);
    byte[] pooled = new byte[50];
    Conv1d.of(f, 3, null, input, new QuantParams(0.05f, -100), Activation.RELU).forwardMaxPool(x, 40, pooled);
    float[] logits = new float[13 * 50];
    Linear.of(f, null, input, null, Activation.NONE).forwardDequantized(x, 13, logits);
    return s.append(Arrays.hashCode(pooled)).append(' ').append(Arrays.hashCode(logits)).toString();
  }

  private static List<String> child(Path dir, String property, List<String> errors) throws Exception {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "--add-modules", "jdk.incubator.vector"));
    if (property != null) {
      command.add("-D" + VectorizationProvider.NATIVE_PROPERTY + "=" + property);
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), NativeFallbackTest.class.getName()));
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM finished");
    String log = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), log);
    errors.add(log);
    return Files.readAllLines(out, StandardCharsets.UTF_8);
  }

  @Test
  void offServesTheJavaKernelsWithTheSameResults(@TempDir Path dir) throws Exception {
    List<String> errors = new ArrayList<>();
    List<String> off = child(dir, "false", errors);
    assertEquals("none", off.get(0));
    assertEquals("int8 kernels: Java vector (native kernels off: fenlei.quant.native=false)", off.get(1));
    assertEquals(results(), off.get(2), "same results as this JVM's kernels");
    assertTrue(!errors.get(0).contains("fenlei"), errors.get(0));
  }

  @Test
  void eachLevelCanBeForced(@TempDir Path dir) throws Exception {
    List<NativeKernels.Level> levels = Fixtures.nativeLevels();
    assumeTrue(!levels.isEmpty(), "no native library in this build");
    String best = levels.get(levels.size() - 1).id;
    for (NativeKernels.Level level : levels) {
      List<String> errors = new ArrayList<>();
      List<String> lines = child(dir, level.id, errors);
      assertEquals(level.id, lines.get(0));
      assertEquals("int8 kernels: native " + level.id + " (best of this CPU: " + best + "), Java vector elsewhere",
          lines.get(1));
      assertEquals(results(), lines.get(2), level.id);
      assertTrue(!errors.get(0).contains("fenlei"), errors.get(0));
    }
  }

  @Test
  void anUnknownValueWarnsOnceAndServesTheBestLevel(@TempDir Path dir) throws Exception {
    List<NativeKernels.Level> levels = Fixtures.nativeLevels();
    assumeTrue(!levels.isEmpty(), "no native library in this build");
    List<String> errors = new ArrayList<>();
    List<String> lines = child(dir, "sse9", errors);
    assertEquals(levels.get(levels.size() - 1).id, lines.get(0));
    String log = errors.get(0);
    assertEquals(1, log.split("fenlei.quant.native=sse9 is not one of", -1).length - 1, log);
  }
}
