package org.fenlei.bench.quant;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.fenlei.quant.Activation;
import org.fenlei.quant.Int8Matrix;
import org.fenlei.quant.JavaKernels;
import org.fenlei.quant.Linear;
import org.fenlei.quant.QuantParams;
import org.fenlei.quant.Quantize;
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
 * A fully connected layer: int8 with requantized int8 outputs, int8 with float logits, and float32 on the Vector
 * API; int8 on the kernels {@code VectorizationProvider} chose (native unless {@code -Dfenlei.quant.native=false};
 * {@code =avx2} forces that level). {@code pairedNativeLogits} times the int8 logits against the same layer on the
 * Java int8 kernels.
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -jar bench/target/benchmarks.jar LinearBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class LinearBenchmark {
  /** rows x in x out. */
  @Param({"1x768x16", "1x300x2000", "64x300x256", "256x100x100"})
  public String shape;

  /**
   * Forwards each side of a pair runs back to back (the paired benchmarks). 1 by default; a sub-microsecond layer
   * (1 x 768 x 16: 0.2 µs int8, 0.6 µs float32) wants several, or the {@code System.nanoTime} calls around it weigh
   * on the ratio: {@code -p reps=8}.
   */
  @Param({"1"})
  public int reps;

  private int rows;
  private Linear int8;
  private Linear int8Java;
  private float[] outJava;
  private FloatLayers.Dense float32;
  private byte[] inputInt8;
  private float[] inputFloat;
  private byte[] outInt8;
  private float[] outFloat;

  @Setup
  public void setUp() {
    String[] s = shape.split("x");
    rows = Integer.parseInt(s[0]);
    int in = Integer.parseInt(s[1]);
    int out = Integer.parseInt(s[2]);
    SplittableRandom random = new SplittableRandom(13);
    float[] x = new float[rows * in];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (random.nextDouble() * 4);
    }
    float[] w = new float[out * in];
    for (int i = 0; i < w.length; i++) {
      w[i] = (float) ((random.nextDouble() * 2 - 1) * 0.1);
    }
    float[] bias = new float[out];
    QuantParams input = QuantParams.forRange(0, 4);
    inputInt8 = new byte[x.length];
    Quantize.quantize(x, 0, inputInt8, 0, x.length, input);
    int8 = Linear.of(Int8Matrix.quantizePerChannel(w, out, in), bias, input, QuantParams.forRange(-10, 10),
        Activation.NONE);
    int8Java = JavaKernels.linear(Int8Matrix.quantizePerChannel(w, out, in), bias, input,
        QuantParams.forRange(-10, 10), Activation.NONE);
    outJava = new float[rows * out];
    float32 = new FloatLayers.Dense(w, out, in, bias);
    inputFloat = java.util.Arrays.copyOf(x, x.length + float32.depth);
    outInt8 = new byte[rows * out];
    outFloat = new float[rows * out];
    // the baseline must compute what the int8 kernel approximates (the float input is quantized to 1/64 steps)
    float[] logits = new float[rows * out];
    int8.forwardDequantized(inputInt8, rows, logits);
    float32.forward(inputFloat, rows, outFloat);
    int8Java.forwardDequantized(inputInt8, rows, outJava);
    if (!java.util.Arrays.equals(logits, outJava)) {
      throw new IllegalStateException("native and Java int8 layers differ");
    }
    for (int i = 0; i < logits.length; i++) {
      if (Math.abs(logits[i] - outFloat[i]) > 0.05 + 0.02 * Math.abs(outFloat[i])) {
        throw new IllegalStateException("float32 baseline and int8 disagree at " + i + ": " + outFloat[i] + " vs "
            + logits[i]);
      }
    }
  }

  @Benchmark
  public byte[] int8() {
    int8.forward(inputInt8, rows, outInt8);
    return outInt8;
  }

  @Benchmark
  public float[] int8Logits() {
    int8.forwardDequantized(inputInt8, rows, outFloat);
    return outFloat;
  }

  @Benchmark
  public float[] float32() {
    float32.forward(inputFloat, rows, outFloat);
    return outFloat;
  }

  /** int8 with float logits and float32, timed in pairs: see {@link PairedTimes}. */
  @Benchmark
  public float[] pairedLogits(PairedTimes times) {
    times.time(this::runInt8Logits, this::runFloat32);
    return outFloat;
  }

  /** int8 logits on the chosen (native) and on the Java kernels, timed in pairs: see {@link NativePairedTimes}. */
  @Benchmark
  public float[] pairedNativeLogits(NativePairedTimes times) {
    times.time(this::runInt8Logits, this::runInt8JavaLogits);
    return outFloat;
  }

  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  private void runInt8JavaLogits() {
    for (int r = 0; r < reps; r++) {
      int8Java.forwardDequantized(inputInt8, rows, outJava);
    }
  }

  // compiled on their own, as the single benchmarks are (see EmbeddingBagBenchmark)
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  private void runInt8Logits() {
    for (int r = 0; r < reps; r++) {
      int8.forwardDequantized(inputInt8, rows, outFloat);
    }
  }

  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  private void runFloat32() {
    for (int r = 0; r < reps; r++) {
      float32.forward(inputFloat, rows, outFloat);
    }
  }
}
