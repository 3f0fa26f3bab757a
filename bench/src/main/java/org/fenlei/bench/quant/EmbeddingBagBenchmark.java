package org.fenlei.bench.quant;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.fenlei.quant.EmbeddingBag;
import org.fenlei.quant.Int8Matrix;
import org.fenlei.quant.JavaKernels;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The mean of a bag of rows (fastText's hidden vector): int8 per-tensor (integer accumulation), int8 row-wise
 * (fbgemm format, float accumulation) and float32, all on the Vector API with the same kernel layout (register
 * blocks of 4 vectors across the rows, padded tables). One operation is one bag of
 * {@code bagSize} uniformly random rows; 1024 different bags are cycled, so a table larger than the caches is read
 * from memory. The int8 bags run on the kernels {@code VectorizationProvider} chose: native ones unless
 * {@code -Dfenlei.quant.native=false}; the {@code pairedNative*} benchmarks time them against the Java int8 kernels.
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -jar bench/target/benchmarks.jar EmbeddingBagBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx3g"})
public class EmbeddingBagBenchmark {
  private static final int BAGS = 1024;

  /** rows x dim. */
  @Param({"50000x100", "50000x300", "2000000x100"})
  public String table;

  @Param({"200"})
  public int bagSize;

  private float[] floats;
  private int dim;
  private EmbeddingBag perTensor;
  private EmbeddingBag rowwise;
  private EmbeddingBag perTensorJava;
  private EmbeddingBag rowwiseJava;
  private float[] outJava;
  private int[] ids;
  private int next;
  private byte[] perTensorData;
  /** The floor's sum, kept so that the JIT keeps its reads. */
  public long touched;
  private float[] out;

  @Setup(Level.Trial)
  public void setUp() {
    String[] shape = table.split("x");
    int rows = Integer.parseInt(shape[0]);
    dim = Integer.parseInt(shape[1]);
    SplittableRandom random = new SplittableRandom(7);
    floats = new float[rows * dim + FloatKernels.PADDING]; // padded as Int8Matrix pads its storage
    for (int i = 0; i < rows * dim; i++) {
      floats[i] = (float) (random.nextDouble() - 0.5);
    }
    perTensor = EmbeddingBag.of(Int8Matrix.quantizePerTensor(floats, rows, dim));
    rowwise = EmbeddingBag.of(Int8Matrix.quantizeRowwise(floats, rows, dim));
    perTensorJava = JavaKernels.bag(perTensor.table());
    perTensorData = JavaKernels.data(perTensor.table());
    rowwiseJava = JavaKernels.bag(rowwise.table());
    outJava = new float[dim];
    ids = new int[BAGS * bagSize];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = random.nextInt(rows);
    }
    out = new float[dim];
    check(perTensor, perTensor.table().scale(0));
    check(rowwise, 1f / 255);
    float[] a = new float[dim];
    for (EmbeddingBag[] pair : new EmbeddingBag[][] {{perTensor, perTensorJava}, {rowwise, rowwiseJava}}) {
      pair[0].mean(ids, 0, bagSize, a);
      pair[1].mean(ids, 0, bagSize, outJava);
      if (!java.util.Arrays.equals(a, outJava)) {
        throw new IllegalStateException("native and Java int8 bags differ");
      }
    }
  }

  private int nextBag() {
    next = (next + 1) & (BAGS - 1);
    return next * bagSize;
  }

  @Benchmark
  public float[] int8PerTensor() {
    int from = nextBag();
    perTensor.mean(ids, from, from + bagSize, out);
    return out;
  }

  @Benchmark
  public float[] int8Rowwise() {
    int from = nextBag();
    rowwise.mean(ids, from, from + bagSize, out);
    return out;
  }

  @Benchmark
  public float[] float32() {
    floatMean(nextBag(), out);
    return out;
  }

  /** int8 per tensor and float32 on the same bag, timed in pairs: see {@link PairedTimes}. */
  @Benchmark
  public float[] pairedPerTensor(PairedTimes times) {
    int from = nextBag();
    times.time(() -> int8Mean(perTensor, from), () -> floatMean(from, out));
    return out;
  }

  /** int8 row-wise and float32 on the same bag, timed in pairs. */
  @Benchmark
  public float[] pairedRowwise(PairedTimes times) {
    int from = nextBag();
    times.time(() -> int8Mean(rowwise, from), () -> floatMean(from, out));
    return out;
  }

  /** int8 per tensor, native and Java kernels, on the same bag: see {@link NativePairedTimes}. */
  @Benchmark
  public float[] pairedNativePerTensor(NativePairedTimes times) {
    int from = nextBag();
    times.time(() -> int8Mean(perTensor, from), () -> javaMean(perTensorJava, from));
    return out;
  }

  /** int8 row-wise (fastText's int8 table), native and Java kernels, on the same bag. */
  @Benchmark
  public float[] pairedNativeRowwise(NativePairedTimes times) {
    int from = nextBag();
    times.time(() -> int8Mean(rowwise, from), () -> javaMean(rowwiseJava, from));
    return out;
  }

  /**
   * The native per-tensor bag against the floor of any kernel on the same bag (reading each cache line of its rows):
   * see {@link FloorPairedTimes}. With {@link #floorJavaPerTensor}, how much of the Java kernel's time a native one
   * could save at most.
   */
  @Benchmark
  public float[] floorNativePerTensor(FloorPairedTimes times) {
    int from = nextBag();
    times.time(() -> int8Mean(perTensor, from), () -> touchRows(from));
    return out;
  }

  /** The Java per-tensor bag against the same floor. */
  @Benchmark
  public float[] floorJavaPerTensor(FloorPairedTimes times) {
    int from = nextBag();
    times.time(() -> javaMean(perTensorJava, from), () -> touchRows(from));
    return out;
  }

  /** Reads one byte of every cache line each row of the bag spans, and nothing else. */
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  private void touchRows(int from) {
    byte[] t = perTensorData;
    int d = dim;
    long s = 0;
    for (int i = from; i < from + bagSize; i++) {
      int base = ids[i] * d;
      for (int j = 0; j < d; j += 64) {
        s += t[base + j];
      }
      s += t[base + d - 1];
    }
    touched += s;
  }

  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  private void javaMean(EmbeddingBag bag, int from) {
    bag.mean(ids, from, from + bagSize, outJava);
  }

  // the paired callees are compiled on their own, as the single benchmarks are: inlining both kernels into one
  // method would cross C2's inlining budget and de-intrinsify the Vector API calls
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  private void int8Mean(EmbeddingBag bag, int from) {
    bag.mean(ids, from, from + bagSize, out);
  }

  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  private void floatMean(int from, float[] mean) {
    java.util.Arrays.fill(mean, 0f);
    FloatKernels.sumRows(floats, dim, ids, from, from + bagSize, mean);
    for (int j = 0; j < dim; j++) {
      mean[j] /= bagSize;
    }
  }

  /** The baseline must compute what the int8 kernels approximate: within a few quantization steps. */
  private void check(EmbeddingBag bag, float step) {
    float[] a = new float[dim];
    float[] b = new float[dim];
    bag.mean(ids, 0, bagSize, a);
    floatMean(0, b);
    for (int j = 0; j < dim; j++) {
      if (Math.abs(a[j] - b[j]) > step) {
        throw new IllegalStateException("float32 baseline and int8 disagree at " + j + ": " + b[j] + " vs " + a[j]);
      }
    }
  }
}
