package org.fenlei.quant;

/**
 * A fused activation, applied as the output clamp {@code [outputActivationMin, outputActivationMax]} after
 * requantization (TensorFlow Lite's {@code CalculateActivationRangeQuantized}).
 */
public enum Activation {
  /** No activation: the clamp is the whole int8 range [-128, 127]; float outputs pass unchanged. */
  NONE,
  /** {@code max(x, 0)}: the clamp starts at the quantized real 0. */
  RELU,
  /** {@code min(max(x, 0), 6)}: the clamp runs from the quantized real 0 to the quantized real 6. */
  RELU6;

  /**
   * {@code outputActivationMin}: -128, or the quantized real 0 for ReLU and ReLU6.
   *
   * @param output the output's parameters (not read for {@link #NONE})
   * @return the lower end of the output clamp, in [-128, 127]
   */
  public int outputActivationMin(QuantParams output) {
    return this == NONE ? QuantParams.QMIN : Math.max(QuantParams.QMIN, output.quantize(0f));
  }

  /**
   * {@code outputActivationMax}: 127, or the quantized real 6 for ReLU6.
   *
   * @param output the output's parameters (read only for {@link #RELU6})
   * @return the upper end of the output clamp, in [-128, 127]
   */
  public int outputActivationMax(QuantParams output) {
    return this == RELU6 ? Math.min(QuantParams.QMAX, output.quantize(6f)) : QuantParams.QMAX;
  }
}
