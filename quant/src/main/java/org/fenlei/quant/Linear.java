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
   * @param weights {@code [out, in]}, {@link Int8Matrix.Scheme#PER_CHANNEL} (or per tensor with zero point 0)
   * @param bias real biases, one per output, or null for none
   * @param input the input's parameters
   * @param output the output's parameters, or null when only {@link #forwardDequantized} is used
   */
  public static Linear of(Int8Matrix weights, float[] bias, QuantParams input, QuantParams output,
      Activation activation) {
    return of(weights, bias, input, output, activation, VectorizationProvider.kernels());
  }

  static Linear of(Int8Matrix weights, float[] bias, QuantParams input, QuantParams output, Activation activation,
      QuantKernels kernels) {
    return new Linear(new QuantizedProduct(weights, bias, input, output, activation, kernels));
  }

  public int inFeatures() {
    return product.packed.depth;
  }

  public int outFeatures() {
    return product.channels();
  }

  /** Writes {@code [rows, out]} requantized int8 outputs; needs output parameters. */
  public void forward(byte[] input, int rows, byte[] output) {
    check(input, rows, output.length);
    product.requantize(accumulators(input, rows), output);
  }

  /** Writes {@code [rows, out]} floats: {@code S_input * S_weight_o * acc_o}, then the activation. */
  public void forwardDequantized(byte[] input, int rows, float[] output) {
    check(input, rows, output.length);
    product.dequantize(accumulators(input, rows), output);
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
