package org.fenlei.bench.quant;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.fenlei.quant.Activation;
import org.fenlei.quant.Conv1d;
import org.fenlei.quant.Int8Matrix;
import org.fenlei.quant.JavaKernels;
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
 * One TextCNN convolution with bias, ReLU and fused max-over-time pooling: int8 ({@link Conv1d}) against float32,
 * float32 on the Vector API, int8 on the kernels {@code VectorizationProvider} chose (native unless
 * {@code -Dfenlei.quant.native=false}; {@code =avx2} forces that level). The int8 time includes preparing the input
 * (widening it to int16 in Java, offsetting and padding it natively) and requantizing the pooled outputs.
 * {@code pairedNative} times the int8 layer against the same layer on the Java int8 kernels.
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -jar bench/target/benchmarks.jar Conv1dBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class Conv1dBenchmark {
  /** length x channels x width x filters. */
  @Param({"32x100x3x100", "128x300x4x128", "256x300x5x256", "512x300x3x100"})
  public String shape;

  private int length;
  private Conv1d int8;
  private Conv1d int8Java;
  private byte[] outJava;
  private FloatLayers.Conv float32;
  private byte[] inputInt8;
  private float[] inputFloat;
  private byte[] outInt8;
  private float[] outFloat;

  @Setup
  public void setUp() {
    String[] s = shape.split("x");
    length = Integer.parseInt(s[0]);
    int channels = Integer.parseInt(s[1]);
    int width = Integer.parseInt(s[2]);
    int filters = Integer.parseInt(s[3]);
    SplittableRandom random = new SplittableRandom(11);
    float[] x = new float[length * channels];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (random.nextDouble() * 2 - 1);
    }
    float[] w = new float[filters * width * channels];
    for (int i = 0; i < w.length; i++) {
      w[i] = (float) ((random.nextDouble() * 2 - 1) * 0.1);
    }
    float[] bias = new float[filters];
    for (int i = 0; i < filters; i++) {
      bias[i] = (float) (random.nextDouble() - 0.5);
    }
    QuantParams input = QuantParams.forRange(-1, 1);
    inputInt8 = new byte[x.length];
    Quantize.quantize(x, 0, inputInt8, 0, x.length, input);
    int8 = Conv1d.of(Int8Matrix.quantizePerChannel(w, filters, width * channels), width, bias, input,
        QuantParams.forRange(0, 8), Activation.RELU);
    int8Java = JavaKernels.conv(Int8Matrix.quantizePerChannel(w, filters, width * channels), width, bias, input,
        QuantParams.forRange(0, 8), Activation.RELU);
    outJava = new byte[filters];
    float32 = new FloatLayers.Conv(w, filters, width, channels, bias);
    inputFloat = float32.padInput(x);
    outInt8 = new byte[filters];
    outFloat = new float[filters];
    // the baseline must compute what the int8 kernel approximates: pooled outputs within a few output steps
    int8();
    float32();
    int8Java.forwardMaxPool(inputInt8, length, outJava);
    if (!java.util.Arrays.equals(outInt8, outJava)) {
      throw new IllegalStateException("native and Java int8 convolutions differ");
    }
    QuantParams output = int8.outputParams();
    for (int o = 0; o < filters; o++) {
      float real = output.dequantize(outInt8[o]);
      if (Math.abs(real - Math.min(outFloat[o], output.nudgedMax())) > 4 * output.scale()) {
        throw new IllegalStateException("float32 baseline and int8 disagree at filter " + o + ": " + outFloat[o]
            + " vs " + real);
      }
    }
  }

  @Benchmark
  public byte[] int8() {
    int8.forwardMaxPool(inputInt8, length, outInt8);
    return outInt8;
  }

  @Benchmark
  public float[] float32() {
    float32.forwardMaxPool(inputFloat, length, outFloat);
    return outFloat;
  }

  /** Both, timed in pairs: see {@link PairedTimes}. */
  @Benchmark
  public byte[] paired(PairedTimes times) {
    times.time(this::runInt8, this::runFloat32);
    return outInt8;
  }

  /** The int8 layer on the chosen (native) and on the Java kernels, timed in pairs: see {@link NativePairedTimes}. */
  @Benchmark
  public byte[] pairedNative(NativePairedTimes times) {
    times.time(this::runInt8, this::runInt8Java);
    return outInt8;
  }

  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  private void runInt8Java() {
    int8Java.forwardMaxPool(inputInt8, length, outJava);
  }

  // compiled on their own, as the single benchmarks are (see EmbeddingBagBenchmark)
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  private void runInt8() {
    int8.forwardMaxPool(inputInt8, length, outInt8);
  }

  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  private void runFloat32() {
    float32.forwardMaxPool(inputFloat, length, outFloat);
  }
}
