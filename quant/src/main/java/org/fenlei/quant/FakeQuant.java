package org.fenlei.quant;

/**
 * Simulated quantization for quantization-aware training (Jacob et al. 2018, section 3): the forward pass rounds
 * values to the int8 grid and back ({@code dequantize(quantize(x))}), the backward pass is the straight-through
 * estimator: the gradient passes unchanged where x lies inside the quantization range and is zero outside, where
 * the forward pass clamped.
 *
 * <p>Two kinds, as in the paper:
 * <ul>
 *   <li>{@link #activations(float)}: asymmetric int8, the range tracked by an exponential moving average of each
 *       training batch's min and max ({@link EmaObserver}). The paper disables activation quantization during the
 *       first steps while the average settles: call {@link #observe} only, and start using {@link #train} later.
 *   <li>{@link #weights()}: symmetric int8 in [-127, 127], the range the current weights' own min and max; or
 *       per output channel with {@link #weightsPerChannel}.
 * </ul>
 * An instance holds its range and is not thread-safe; the static methods keep no state.
 */
public final class FakeQuant {
  private final EmaObserver ema; // null for weights
  private QuantParams params;

  private FakeQuant(EmaObserver ema) {
    this.ema = ema;
  }

  /**
   * Activations: the range is an EMA of batch ranges with the given decay (close to 1, e.g. 0.999).
   *
   * @param decay the weight of the previous average, in [0, 1)
   * @return a new instance with no range yet
   * @throws IllegalArgumentException when {@code decay} is outside [0, 1) or NaN
   */
  public static FakeQuant activations(float decay) {
    return new FakeQuant(new EmaObserver(decay));
  }

  /**
   * Weights (per tensor): the range is the tensor's own max |w| at every step.
   *
   * @return a new instance with no range yet
   */
  public static FakeQuant weights() {
    return new FakeQuant(null);
  }

  /**
   * Updates the range from one training batch without quantizing, and returns the parameters now in force. An
   * empty batch leaves an activation range unchanged and gives weights the range of 0 (scale 1).
   *
   * @param x the batch's values
   * @param off the index of the first value in {@code x}
   * @param len the number of values
   * @return the parameters now in force: asymmetric for activations, symmetric for weights
   * @throws IndexOutOfBoundsException when {@code [off, off + len)} is not inside {@code x}
   * @throws IllegalArgumentException when a value is not finite (the range is then unchanged)
   * @throws IllegalStateException for activations when no non-empty batch has been observed yet
   */
  public QuantParams observe(float[] x, int off, int len) {
    if (ema != null) {
      ema.observe(x, off, len);
      params = ema.params();
    } else {
      RangeObserver.checkFinite(x, off, len);
      float absMax = 0;
      for (int i = off; i < off + len; i++) {
        absMax = Math.max(absMax, Math.abs(x[i]));
      }
      params = QuantParams.symmetric(absMax);
    }
    return params;
  }

  /**
   * A training forward pass: {@link #observe} the batch, then {@code out[i] = dequantize(quantize(x[i]))} with the
   * updated parameters, which are returned for {@link #backward}. {@code out} may be {@code x} itself with
   * {@code outOff == off}.
   *
   * @param x the batch's values
   * @param off the index of the first value in {@code x}
   * @param len the number of values
   * @param out receives the {@code len} rounded values from {@code outOff}
   * @param outOff the index in {@code out} of the first result
   * @return the parameters used, to pass to {@link #backward}
   * @throws IndexOutOfBoundsException when {@code [off, off + len)} is not inside {@code x}, or {@code out} is too
   *     short
   * @throws IllegalArgumentException when a value is not finite
   * @throws IllegalStateException for activations when no non-empty batch has been observed yet
   */
  public QuantParams train(float[] x, int off, int len, float[] out, int outOff) {
    QuantParams p = observe(x, off, len);
    forward(x, off, len, p, out, outOff);
    return p;
  }

  /**
   * An inference forward pass with the current parameters, which stay unchanged.
   *
   * @param x the input values
   * @param off the index of the first value in {@code x}
   * @param len the number of values
   * @param out receives the {@code len} rounded values from {@code outOff}
   * @param outOff the index in {@code out} of the first result
   * @throws IllegalStateException when no range has been set by {@link #observe} or {@link #train} yet
   * @throws IndexOutOfBoundsException when {@code x} or {@code out} is too short
   */
  public void infer(float[] x, int off, int len, float[] out, int outOff) {
    forward(x, off, len, params(), out, outOff);
  }

  /**
   * The parameters in force: those to export with the quantized model.
   *
   * @return the parameters set by the last {@link #observe} or {@link #train}
   * @throws IllegalStateException when no range has been set yet
   */
  public QuantParams params() {
    if (params == null) {
      throw new IllegalStateException("no range yet: observe or train first");
    }
    return params;
  }

  /**
   * {@code out[i] = dequantize(quantize(x[i]))} with the given parameters, quantizing to [-128, 127]: values
   * outside {@code [p.nudgedMin(), p.nudgedMax()]} clamp to its ends, and NaN gives 0. {@code out} may be
   * {@code x} itself with {@code outOff == off}.
   *
   * @param x the input values
   * @param off the index of the first value in {@code x}
   * @param len the number of values
   * @param p the quantization parameters
   * @param out receives the {@code len} rounded values from {@code outOff}
   * @param outOff the index in {@code out} of the first result
   * @throws IndexOutOfBoundsException when {@code x} or {@code out} is too short
   */
  public static void forward(float[] x, int off, int len, QuantParams p, float[] out, int outOff) {
    for (int i = 0; i < len; i++) {
      out[outOff + i] = p.dequantize(p.quantize(x[off + i]));
    }
  }

  /**
   * Straight-through estimator: {@code gradIn[i] = gradOut[i]} where {@code nudgedMin <= x[i] <= nudgedMax}, else 0.
   *
   * @param x the forward pass's input values
   * @param off the index of the first value in {@code x}
   * @param len the number of values
   * @param p the parameters the forward pass used
   * @param gradOut the gradient of the loss with respect to the forward pass's outputs
   * @param gradOutOff the index in {@code gradOut} of the first gradient
   * @param gradIn receives the {@code len} gradients with respect to {@code x} from {@code gradInOff}
   * @param gradInOff the index in {@code gradIn} of the first result
   * @throws IndexOutOfBoundsException when an array is too short
   */
  public static void backward(float[] x, int off, int len, QuantParams p, float[] gradOut, int gradOutOff,
      float[] gradIn, int gradInOff) {
    float lo = p.nudgedMin();
    float hi = p.nudgedMax();
    for (int i = 0; i < len; i++) {
      float v = x[off + i];
      gradIn[gradInOff + i] = v >= lo && v <= hi ? gradOut[gradOutOff + i] : 0f;
    }
  }

  /**
   * Per-channel weights {@code [rows, cols]}: each row rounded to its own symmetric int8 grid, as
   * {@link Int8Matrix#quantizePerChannel} will store it. Every weight lies inside its row's range, so the
   * straight-through gradient is the identity.
   *
   * @param w the weights {@code [rows, cols]}, row-major from index 0; may be longer
   * @param rows the number of rows (output channels)
   * @param cols the number of weights per row
   * @param out receives the {@code rows * cols} rounded weights, row-major from index 0
   * @throws IllegalArgumentException when {@code rows} or {@code cols} is negative, {@code w} is shorter than
   *     {@code rows * cols}, or a weight is not finite
   * @throws IndexOutOfBoundsException when {@code out} is too short
   */
  public static void weightsPerChannel(float[] w, int rows, int cols, float[] out) {
    Int8Matrix q = Int8Matrix.quantizePerChannel(w, rows, cols);
    for (int r = 0; r < rows; r++) {
      q.dequantizeRow(r, out, r * cols);
    }
  }
}
