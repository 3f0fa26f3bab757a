/**
 * int8 integer-only inference after Jacob et al. 2018 ("Quantization and Training of Neural Networks for
 * Efficient Integer-Arithmetic-Only Inference"), gemmlowp and TensorFlow Lite.
 *
 * <p>Offline side (choosing parameters, done once when a model is quantized): {@link QuantParams},
 * {@link FixedPointMultiplier}, the range observers {@link MinMaxObserver}, {@link EmaObserver},
 * {@link PercentileObserver}, and {@link FakeQuant} for quantization-aware training.
 *
 * <p>Runtime side (integer arithmetic only in the hot loops): {@link FixedPoint}, {@link EmbeddingBag},
 * {@link Conv1d}, {@link Linear} and the tensor conversions in {@link Quantize}. The read-only quantized tensor
 * is {@link Int8Matrix}; it has its own versioned binary form for model files.
 *
 * <p>Every kernel has a plain scalar implementation and a {@code jdk.incubator.vector} twin that gives
 * bit-identical integers; {@link VectorizationProvider} is the one place that chooses between them. In front of
 * them, the embedding bag and whole {@link Conv1d} / {@link Linear} forwards have native twins in C
 * ({@code src/main/c}: AVX-512 VNNI, AVX2 and portable levels, chosen at run time from the CPU's features), built by
 * Maven with gcc and carried in the jar; they give the same results bit for bit, and the Java kernels serve wherever
 * no native library loads or {@code -Dfenlei.quant.native=false} turns them off.
 */
package org.fenlei.quant;
