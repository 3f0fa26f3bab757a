package org.fenlei.bench.quant;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.fenlei.quant.Activation;
import org.fenlei.quant.EmbeddingBag;
import org.fenlei.quant.Int8Matrix;
import org.fenlei.quant.JavaKernels;
import org.fenlei.quant.Linear;
import org.fenlei.quant.QuantParams;
import org.fenlei.quant.Quantize;
import org.fenlei.quant.VectorizationProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a native call costs and from which batch it pays. {@code tinyNative} / {@code tinyJava}: a 1 x 4 x 1 linear
 * layer, almost no arithmetic, so the native time is the call itself (Java checks, the JNI crossing, pinning 4
 * arrays, scratch set-up). {@code pairedLinear}: a 300 -> 16 layer (a TextCNN head) over {@code size} rows, and
 * {@code pairedBag}: a row-wise bag (fastText's int8 table, 50,000 x 100) of {@code size} rows, native against Java
 * int8 kernels in pairs ({@link NativePairedTimes}).
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -jar bench/target/benchmarks.jar NativeCallBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class NativeCallBenchmark {
  /** Rows of the linear layer's batch, rows of the bag. */
  @Param({"1", "2", "4", "8", "16", "64", "200"})
  public int size;

  private Linear tiny;
  private Linear tinyJava;
  private byte[] tinyInput;
  private float[] tinyOut;
  private Linear head;
  private Linear headJava;
  private byte[] headInput;
  private float[] headOut;
  private float[] headOutJava;
  private EmbeddingBag bag;
  private EmbeddingBag bagJava;
  private int[] ids;
  private int next;
  private float[] mean;
  private float[] meanJava;

  @Setup
  public void setUp() {
    if (VectorizationProvider.nativeLevel().equals("none")) {
      throw new IllegalStateException("this benchmark compares native and Java kernels: "
          + VectorizationProvider.description());
    }
    SplittableRandom random = new SplittableRandom(17);
    QuantParams input = QuantParams.forRange(0, 4);
    Int8Matrix w4 = Int8Matrix.quantizePerChannel(new float[] {0.1f, -0.2f, 0.3f, 0.05f}, 1, 4);
    tiny = Linear.of(w4, null, input, null, Activation.NONE);
    tinyJava = JavaKernels.linear(w4, null, input, null, Activation.NONE);
    tinyInput = new byte[] {1, 2, 3, 4};
    tinyOut = new float[1];
    float[] w = new float[16 * 300];
    for (int i = 0; i < w.length; i++) {
      w[i] = (float) ((random.nextDouble() * 2 - 1) * 0.1);
    }
    Int8Matrix wq = Int8Matrix.quantizePerChannel(w, 16, 300);
    head = Linear.of(wq, new float[16], input, null, Activation.NONE);
    headJava = JavaKernels.linear(wq, new float[16], input, null, Activation.NONE);
    float[] x = new float[size * 300];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (random.nextDouble() * 4);
    }
    headInput = new byte[x.length];
    Quantize.quantize(x, 0, headInput, 0, x.length, input);
    headOut = new float[size * 16];
    headOutJava = new float[size * 16];
    float[] table = new float[50_000 * 100];
    for (int i = 0; i < table.length; i++) {
      table[i] = (float) (random.nextDouble() - 0.5);
    }
    Int8Matrix t = Int8Matrix.quantizeRowwise(table, 50_000, 100);
    bag = EmbeddingBag.of(t);
    bagJava = JavaKernels.bag(t);
    ids = new int[1024 * size];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = random.nextInt(50_000);
    }
    mean = new float[100];
    meanJava = new float[100];
  }

  @Benchmark
  public float[] tinyNative() {
    tiny.forwardDequantized(tinyInput, 1, tinyOut);
    return tinyOut;
  }

  @Benchmark
  public float[] tinyJava() {
    tinyJava.forwardDequantized(tinyInput, 1, tinyOut);
    return tinyOut;
  }

  /** The 300 -> 16 layer over {@code size} rows, native and Java int8, in pairs. */
  @Benchmark
  public float[] pairedLinear(NativePairedTimes times) {
    times.time(this::headNative, this::headJava);
    return headOut;
  }

  /** A bag of {@code size} rows, native and Java int8, in pairs. */
  @Benchmark
  public float[] pairedBag(NativePairedTimes times) {
    int from = (next = (next + 1) & 1023) * size;
    times.time(() -> bagNative(from), () -> bagJava(from));
    return mean;
  }

  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  private void headNative() {
    head.forwardDequantized(headInput, size, headOut);
  }

  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  private void headJava() {
    headJava.forwardDequantized(headInput, size, headOutJava);
  }

  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  private void bagNative(int from) {
    bag.mean(ids, from, from + size, mean);
  }

  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  private void bagJava(int from) {
    bagJava.mean(ids, from, from + size, meanJava);
  }
}
