package org.fenlei.quant;

/**
 * For benchmarks only (this class lives in the bench module, in quant's package): quant's layers on the Java kernels
 * ({@code VectorizationProvider}'s Java choice), beside the native kernels the public factories choose, so that a
 * paired benchmark can time both in one JVM.
 */
public final class JavaKernels {
  private JavaKernels() {
  }

  /** The Java kernels behind the native ones (or the only kernels, when native ones are off). */
  private static QuantKernels java() {
    QuantKernels k = VectorizationProvider.kernels();
    return k instanceof NativeKernels n ? n.java() : k;
  }

  /** The matrix's (padded) storage, row after row, for a benchmark's floor loop. */
  public static byte[] data(Int8Matrix m) {
    return m.data();
  }

  public static EmbeddingBag bag(Int8Matrix table) {
    return EmbeddingBag.of(table, java());
  }

  public static Linear linear(Int8Matrix weights, float[] bias, QuantParams input, QuantParams output,
      Activation activation) {
    return Linear.of(weights, bias, input, output, activation, java());
  }

  public static Conv1d conv(Int8Matrix filters, int width, float[] bias, QuantParams input, QuantParams output,
      Activation activation) {
    return Conv1d.of(filters, width, bias, input, output, activation, java());
  }
}
