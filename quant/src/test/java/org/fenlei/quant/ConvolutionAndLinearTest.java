package org.fenlei.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The integer layers against float references computed from the same (dequantized) operands: accumulators agree to
 * within the rounding of the integer bias (half a unit of {@code S_input * S_weight}), int8 outputs to within one
 * quantization step.
 */
class ConvolutionAndLinearTest {
  private final Random random = new Random(30);

  /** Float convolution of dequantized operands: {@code [length - width + 1, filters]}. */
  private static double[] floatConv(byte[] x, QuantParams input, Int8Matrix f, int width, float[] bias,
      int length) {
    int channels = f.cols() / width;
    int rows = length - width + 1;
    double[] out = new double[rows * f.rows()];
    for (int t = 0; t < rows; t++) {
      for (int o = 0; o < f.rows(); o++) {
        double s = bias[o];
        for (int k = 0; k < width * channels; k++) {
          s += (double) input.dequantize(x[t * channels + k]) * f.dequantize(o, k);
        }
        out[t * f.rows() + o] = s;
      }
    }
    return out;
  }

  @Test
  void convolutionMatchesFloatForAllWidths() {
    int channels = 100;
    int filters = 9;
    int length = 40;
    QuantParams input = QuantParams.forRange(-1, 1);
    float[] embedded = Fixtures.gaussian(random, length * channels, 0.4);
    byte[] x = new byte[embedded.length];
    Quantize.quantize(embedded, 0, x, 0, x.length, input);
    for (int width = 1; width <= 7; width++) {
      Int8Matrix f = Int8Matrix.quantizePerChannel(
          Fixtures.gaussian(random, filters * width * channels, 0.05), filters, width * channels);
      float[] bias = Fixtures.gaussian(random, filters, 0.2);
      double[] ref = floatConv(x, input, f, width, bias, length);
      QuantParams output = QuantParams.forRange(0, 3);
      for (Activation act : Activation.values()) {
        Conv1d conv = Conv1d.of(f, width, bias, input, output, act);
        int[] acc = conv.accumulators(x, length);
        byte[] q = new byte[conv.outputLength(length) * filters];
        conv.forward(x, length, q);
        for (int i = 0; i < acc.length; i++) {
          double unit = (double) input.scale() * f.scale(i % filters);
          assertEquals(ref[i], acc[i] * unit, unit * 0.5 + Math.abs(ref[i]) * 1e-9, "width " + width + " at " + i);
          double real = ref[i];
          if (act != Activation.NONE) {
            real = Math.max(real, 0);
          }
          if (act == Activation.RELU6) {
            real = Math.min(real, 6);
          }
          int expected = output.quantize((float) real);
          assertTrue(Math.abs(q[i] - expected) <= 1, "width " + width + " " + act + " at " + i + ": " + q[i]
              + " vs " + expected);
        }
        // fused max-over-time pooling equals pooling the unfused outputs
        byte[] pooled = new byte[filters];
        conv.forwardMaxPool(x, length, pooled);
        for (int o = 0; o < filters; o++) {
          int max = Byte.MIN_VALUE;
          for (int t = 0; t < conv.outputLength(length); t++) {
            max = Math.max(max, q[t * filters + o]);
          }
          assertEquals(max, pooled[o], "width " + width + " filter " + o);
        }
      }
    }
  }

  @Test
  void linearMatchesFloat() {
    int in = 300;
    int out = 10;
    int rows = 3;
    QuantParams input = QuantParams.forRange(0, 4);
    float[] features = new float[rows * in];
    for (int i = 0; i < features.length; i++) {
      features[i] = random.nextFloat() * 4;
    }
    byte[] x = new byte[features.length];
    Quantize.quantize(features, 0, x, 0, x.length, input);
    Int8Matrix w = Int8Matrix.quantizePerChannel(Fixtures.gaussian(random, out * in, 0.1), out, in);
    float[] bias = Fixtures.gaussian(random, out, 1);
    QuantParams output = QuantParams.forRange(-20, 20);
    Linear linear = Linear.of(w, bias, input, output, Activation.NONE);
    float[] logits = new float[rows * out];
    byte[] q = new byte[rows * out];
    linear.forwardDequantized(x, rows, logits);
    linear.forward(x, rows, q);
    for (int r = 0; r < rows; r++) {
      for (int o = 0; o < out; o++) {
        double ref = bias[o];
        for (int k = 0; k < in; k++) {
          ref += (double) input.dequantize(x[r * in + k]) * w.dequantize(o, k);
        }
        double unit = (double) input.scale() * w.scale(o);
        assertEquals(ref, logits[r * out + o], unit * 0.5 + Math.abs(ref) * 2e-7, "row " + r + " out " + o);
        assertTrue(Math.abs(q[r * out + o] - output.quantize((float) ref)) <= 1, "row " + r + " out " + o);
      }
    }
    Linear logitsOnly = Linear.of(w, bias, input, null, Activation.NONE);
    assertThrows(IllegalStateException.class, () -> logitsOnly.forward(x, rows, q));
  }

  @Test
  void accumulatorOverflowIsRefusedUpFront() {
    QuantParams input = new QuantParams(0.01f, 0);
    // 255 * 127 * depth must stay below 2^31: depth 66,000 passes, 70,000 could overflow
    int ok = 66_000;
    Int8Matrix passes = Int8Matrix.of(Fixtures.filled(ok, 127), 1, ok, new QuantParams(0.01f, 0));
    byte[] x = Fixtures.filled(ok, -128);
    int[] acc = Linear.of(passes, null, new QuantParams(0.01f, 127), null, Activation.NONE).accumulators(x, 1);
    assertEquals((long) ok * 127 * (-128 - 127), acc[0]); // sum (x - Z) w at its extreme, exact
    Int8Matrix tooDeep = Int8Matrix.of(Fixtures.filled(70_000, 127), 1, 70_000, new QuantParams(0.01f, 0));
    assertThrows(IllegalArgumentException.class, () -> Linear.of(tooDeep, null, input, null, Activation.NONE));
    // -128 would break the int16 pair sums: symmetric weights only
    Int8Matrix asymmetric = Int8Matrix.of(new byte[] {-128, 3}, 1, 2, new QuantParams(0.01f, 0));
    assertThrows(IllegalArgumentException.class, () -> Linear.of(asymmetric, null, input, null, Activation.NONE));
    Int8Matrix shifted = Int8Matrix.of(new byte[] {1, 3}, 1, 2, new QuantParams(0.01f, 4));
    assertThrows(IllegalArgumentException.class, () -> Linear.of(shifted, null, input, null, Activation.NONE));
    Int8Matrix small = Int8Matrix.of(new byte[] {1, 3}, 1, 2, new QuantParams(1e-6f, 0));
    assertThrows(IllegalArgumentException.class,
        () -> Linear.of(small, new float[] {1e6f}, new QuantParams(1e-6f, 0), null, Activation.NONE));
  }

  @Test
  void rejectsBadShapes() {
    Int8Matrix f = Int8Matrix.quantizePerChannel(Fixtures.gaussian(random, 4 * 3 * 10, 0.1), 4, 30);
    QuantParams p = new QuantParams(0.1f, 0);
    assertThrows(IllegalArgumentException.class, () -> Conv1d.of(f, 4, null, p, p, Activation.NONE));
    assertThrows(IllegalArgumentException.class, () -> Conv1d.of(f, 0, null, p, p, Activation.NONE));
    Conv1d conv = Conv1d.of(f, 3, null, p, p, Activation.NONE);
    assertEquals(10, conv.channels());
    assertEquals(4, conv.filters());
    assertThrows(IllegalArgumentException.class, () -> conv.forwardMaxPool(new byte[20], 2, new byte[4]));
    assertThrows(IllegalArgumentException.class, () -> conv.forward(new byte[20], 5, new byte[12]));
  }
}
