package org.fenlei.quant;

/**
 * A fully connected layer, integer only: int8 input rows {@code [rows, in]} (one asymmetric {@link QuantParams})
 * times int8 weights {@code [out, in]} symmetric per output channel, int32 accumulators with int32 bias, then either
 * requantized int8 outputs or dequantized float outputs (logits). Immutable and thread-safe. Like {@link Conv1d}
 * it keeps its weights packed as int16 at run time; the {@link Int8Matrix} is the stored form.
 */
public final class Linear {
  private final QuantizedProduct product;

  private Linear(QuantizedProduct product) {
    this.product = product;
  }

  /**
   * A layer over {@code weights}, on the kernels {@link VectorizationProvider} chose. The biases are quantized to
   * int32 at scale {@code S_input * S_weight} and the output multipliers computed here, once.
   *
   * @param weights {@code [out, in]}, {@link Int8Matrix.Scheme#PER_CHANNEL} (or per tensor with zero point 0)
   * @param bias real biases, one per output, or null for none
   * @param input the input's parameters
   * @param output the output's parameters, or null when only {@link #forwardDequantized} is used
   * @param activation the activation fused into the output (the clamp of {@link #forward}, a float clamp in
   *     {@link #forwardDequantized})
   * @return the layer
   * @throws IllegalArgumentException when {@code input} or {@code activation} is null; the weights are not
   *     symmetric or hold -128; a weight row has none or more than 2^17 values; {@code bias} has not one value per
   *     output or a bias does not fit int32 at its scale; an output's accumulator could overflow int32; or an
   *     output multiplier {@code S_input * S_weight / S_output} is too large for {@link FixedPointMultiplier#of}
   *     (about 2^30)
   */
  public static Linear of(Int8Matrix weights, float[] bias, QuantParams input, QuantParams output,
      Activation activation) {
    return of(weights, bias, input, output, activation, VectorizationProvider.kernels());
  }

  static Linear of(Int8Matrix weights, float[] bias, QuantParams input, QuantParams output, Activation activation,
      QuantKernels kernels) {
    return new Linear(new QuantizedProduct(weights, bias, input, output, activation, kernels));
  }

  /**
   * The input width.
   *
   * @return the number of values per input row (the weights' columns)
   */
  public int inFeatures() {
    return product.packed.depth;
  }

  /**
   * The output width.
   *
   * @return the number of values per output row (the weights' rows)
   */
  public int outFeatures() {
    return product.channels();
  }

  /**
   * Writes {@code [rows, out]} requantized int8 outputs; needs output parameters.
   *
   * @param input int8 values {@code [rows, in]}, row-major from index 0, quantized with the input's parameters;
   *     may be longer
   * @param rows the number of input rows, at least 1
   * @param output receives the {@code rows * outFeatures()} outputs, row-major from index 0; may be longer
   * @throws IllegalArgumentException when {@code rows < 1}, or {@code input} or {@code output} is too short
   * @throws IllegalStateException when the layer was built without output parameters
   */
  public void forward(byte[] input, int rows, byte[] output) {
    check(input, rows, output.length);
    product.forward(input, rows * inFeatures(), rows, inFeatures(), output);
  }

  /**
   * Writes {@code [rows, out]} floats: {@code S_input * S_weight_o * acc_o}, then the activation.
   *
   * @param input int8 values {@code [rows, in]}, row-major from index 0, quantized with the input's parameters;
   *     may be longer
   * @param rows the number of input rows, at least 1
   * @param output receives the {@code rows * outFeatures()} outputs, row-major from index 0; may be longer
   * @throws IllegalArgumentException when {@code rows < 1}, or {@code input} or {@code output} is too short
   */
  public void forwardDequantized(byte[] input, int rows, float[] output) {
    check(input, rows, output.length);
    product.forwardDequantized(input, rows * inFeatures(), rows, inFeatures(), output);
  }

  /** The int32 accumulators {@code [rows, out]}, bias included. */
  int[] accumulators(byte[] input, int rows) {
    return product.accumulate(input, rows * inFeatures(), rows, inFeatures());
  }

  private void check(byte[] input, int rows, int outputLength) {
    if (rows < 1 || (long) rows * inFeatures() > input.length) {
      throw new IllegalArgumentException(rows + " rows of " + inFeatures() + " need " + (long) rows * inFeatures()
          + " input values: " + input.length);
    }
    if ((long) rows * outFeatures() > outputLength) {
      throw new IllegalArgumentException("output needs " + rows * outFeatures() + " values: " + outputLength);
    }
  }
}
