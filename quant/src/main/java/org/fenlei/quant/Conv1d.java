package org.fenlei.quant;

/**
 * A 1-D convolution over text, integer only: input {@code [length, channels]} int8 (one asymmetric
 * {@link QuantParams}), filters {@code [out, width, channels]} int8 symmetric per output channel, stride 1, valid
 * padding, int32 bias, fused ReLU / ReLU6 and optionally fused max-over-time pooling: what TextCNN needs.
 *
 * <p>Window {@code t} is the contiguous run {@code input[t * channels, (t + width) * channels)}, so the convolution
 * is a matrix product of overlapping windows with the filters and needs no im2col copy. Immutable and thread-safe.
 *
 * <p>Memory: the layer keeps its filters packed as int16 (2 bytes a weight, half of float32),
 * since Java's vector instructions multiply int16 lanes; the {@link Int8Matrix} it was built
 * from, 1 byte a weight, is what a model file stores. Each call allocates the widened input (2 bytes a value).
 */
public final class Conv1d {
  private final QuantizedProduct product;
  private final int width;
  private final int channels;

  private Conv1d(QuantizedProduct product, int width, int channels) {
    this.product = product;
    this.width = width;
    this.channels = channels;
  }

  /**
   * A convolution over {@code filters}, on the kernels {@link VectorizationProvider} chose. The biases are
   * quantized to int32 at scale {@code S_input * S_filter} and the output multipliers computed here, once.
   *
   * @param filters {@code [out, width * channels]}, {@link Int8Matrix.Scheme#PER_CHANNEL} (or per tensor with
   *     zero point 0); row {@code o} holds filter {@code o} as {@code [width, channels]}
   * @param width the filter width in tokens, 1 to 7
   * @param bias real biases, one per filter, or null for none
   * @param input the input's parameters (for TextCNN, those of the embedding table)
   * @param output the output's parameters
   * @param activation the activation fused into the output clamp
   * @return the layer
   * @throws IllegalArgumentException when {@code width} is outside 1 to 7 or does not divide a filter row;
   *     {@code input}, {@code output} or {@code activation} is null; the filters are not symmetric or hold -128; a
   *     filter row has none or more than 2^17 values; {@code bias} has not one value per filter or a bias does not
   *     fit int32 at its scale; a filter's accumulator could overflow int32; or an output multiplier
   *     {@code S_input * S_filter / S_output} is too large for {@link FixedPointMultiplier#of} (about 2^30)
   */
  public static Conv1d of(Int8Matrix filters, int width, float[] bias, QuantParams input, QuantParams output,
      Activation activation) {
    return of(filters, width, bias, input, output, activation, VectorizationProvider.kernels());
  }

  static Conv1d of(Int8Matrix filters, int width, float[] bias, QuantParams input, QuantParams output,
      Activation activation, QuantKernels kernels) {
    if (width < 1 || width > 7) {
      throw new IllegalArgumentException("filter width must be 1 to 7: " + width);
    }
    if (filters.cols() % width != 0) {
      throw new IllegalArgumentException("filter rows of " + filters.cols() + " values are not width " + width
          + " x channels");
    }
    if (output == null) {
      throw new IllegalArgumentException("output parameters are required");
    }
    return new Conv1d(new QuantizedProduct(filters, bias, input, output, activation, kernels), width,
        filters.cols() / width);
  }

  /**
   * The filter width in tokens.
   *
   * @return the width, 1 to 7
   */
  public int width() {
    return width;
  }

  /**
   * Input channels (the embedding dimension).
   *
   * @return the number of values per input token
   */
  public int channels() {
    return channels;
  }

  /**
   * Output channels (the number of filters).
   *
   * @return the number of values per output position
   */
  public int filters() {
    return product.channels();
  }

  /**
   * The output's parameters, as given to {@link #of}.
   *
   * @return the parameters of the int8 outputs
   */
  public QuantParams outputParams() {
    return product.output;
  }

  /**
   * {@code length - width + 1}: the number of valid positions.
   *
   * @param length the input length in tokens
   * @return {@code length - width + 1}; not positive when {@code length < width} (not checked here)
   */
  public int outputLength(int length) {
    return length - width + 1;
  }

  /**
   * Writes {@code [outputLength(length), filters]} int8 outputs.
   *
   * @param input int8 values {@code [length, channels]}, row-major from index 0, quantized with the input's
   *     parameters; may be longer
   * @param length the input length in tokens, at least {@link #width()}
   * @param output receives the {@code outputLength(length) * filters()} outputs, row-major from index 0; may be
   *     longer
   * @throws IllegalArgumentException when {@code length < width()}, or {@code input} or {@code output} is too
   *     short
   */
  public void forward(byte[] input, int length, byte[] output) {
    int rows = checkInput(input, length);
    if (output.length < rows * filters()) {
      throw new IllegalArgumentException("output needs " + rows * filters() + " values: " + output.length);
    }
    product.forward(input, length * channels, rows, channels, output);
  }

  /**
   * Writes {@code [filters]} int8 outputs: each filter's maximum over all positions (max-over-time pooling). The
   * result equals the maximum over {@link #forward}'s outputs, computed with one requantization per filter.
   *
   * @param input int8 values {@code [length, channels]}, row-major from index 0, quantized with the input's
   *     parameters; may be longer
   * @param length the input length in tokens, at least {@link #width()}
   * @param output receives the {@code filters()} outputs from index 0; may be longer
   * @throws IllegalArgumentException when {@code length < width()}, or {@code input} or {@code output} is too
   *     short
   */
  public void forwardMaxPool(byte[] input, int length, byte[] output) {
    int rows = checkInput(input, length);
    if (output.length < filters()) {
      throw new IllegalArgumentException("output needs " + filters() + " values: " + output.length);
    }
    product.forwardMax(input, length * channels, rows, channels, output);
  }

  /** The int32 accumulators {@code [outputLength, filters]}, bias included, before requantization. */
  int[] accumulators(byte[] input, int length) {
    int rows = checkInput(input, length);
    return product.accumulate(input, length * channels, rows, channels);
  }

  private int checkInput(byte[] input, int length) {
    if (length < width) {
      throw new IllegalArgumentException("input of " + length + " tokens is shorter than the filter width " + width
          + " (pad it)");
    }
    if ((long) length * channels > input.length) {
      throw new IllegalArgumentException("input of " + length + " x " + channels + " needs " + length * channels
          + " values: " + input.length);
    }
    return outputLength(length);
  }
}
