package org.fenlei.quant;

/**
 * A fused activation, applied as the output clamp {@code [outputActivationMin, outputActivationMax]} after
 * requantization (TensorFlow Lite's {@code CalculateActivationRangeQuantized}).
 */
public enum Activation {
  NONE, RELU, RELU6;

  /** {@code outputActivationMin}: -128, or the quantized real 0 for ReLU and ReLU6. */
  public int outputActivationMin(QuantParams output) {
    return this == NONE ? QuantParams.QMIN : Math.max(QuantParams.QMIN, output.quantize(0f));
  }

  /** {@code outputActivationMax}: 127, or the quantized real 6 for ReLU6. */
  public int outputActivationMax(QuantParams output) {
    return this == RELU6 ? Math.min(QuantParams.QMAX, output.quantize(6f)) : QuantParams.QMAX;
  }
}
