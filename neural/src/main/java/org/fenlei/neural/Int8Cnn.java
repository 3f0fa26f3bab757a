package org.fenlei.neural;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.fenlei.quant.Activation;
import org.fenlei.quant.Conv1d;
import org.fenlei.quant.Int8Matrix;
import org.fenlei.quant.Linear;
import org.fenlei.quant.QuantParams;
import org.fenlei.quant.Quantize;
import org.fenlei.core.DataArrays;

/**
 * TextCNN's int8 serving form, integer-only up to the logits (Jacob et al. 2018): the int8 embedding table's rows
 * are the convolutions' input as stored (no arithmetic), each filter bank is quant's {@link Conv1d} with its bias,
 * ReLU and max-over-time pooling fused and requantized to the pooled features' grid, and the dense layer is quant's
 * {@link Linear}, int8 to float logits (or a float layer over the dequantized features). quant chooses the kernels:
 * native AVX-512 VNNI or AVX2 where the library loaded, the Java ones elsewhere.
 *
 * <p>Immutable and thread-safe; each call allocates its scratch arrays.
 */
final class Int8Cnn {
  final Int8Matrix table;
  final int[] widths;
  final Int8Matrix[] filters;
  final float[][] convBias;
  final QuantParams pooled;
  /** The dense layer's int8 weights, or null for a float dense layer. */
  final Int8Matrix denseInt8;
  /** The float dense weights {@code [labels, features]}, or null when int8. */
  final float[] denseFloat;
  final float[] denseBias;
  private final int maxlen;
  private final int maps;
  private final int labels;
  private final Conv1d[] convs;
  private final Linear dense;

  Int8Cnn(Int8Matrix table, int[] widths, Int8Matrix[] filters, float[][] convBias, QuantParams pooled,
      Int8Matrix denseInt8, float[] denseFloat, float[] denseBias, int maxlen) {
    this.table = table;
    this.widths = widths.clone();
    this.filters = filters;
    this.convBias = convBias;
    this.pooled = pooled;
    this.denseInt8 = denseInt8;
    this.denseFloat = denseFloat;
    this.denseBias = denseBias;
    this.maxlen = maxlen;
    this.maps = filters[0].rows();
    this.labels = denseBias.length;
    this.convs = new Conv1d[widths.length];
    for (int i = 0; i < widths.length; i++) {
      convs[i] = Conv1d.of(filters[i], widths[i], convBias[i], table.params(), pooled, Activation.RELU);
    }
    this.dense = denseInt8 == null ? null : Linear.of(denseInt8, denseBias, pooled, null, Activation.NONE);
  }

  /**
   * The int8 form of float weights.
   *
   * @param w the float weights (a QAT-trained model's are already close to their grids)
   * @param pooled the pooled features' range: learnt by QAT or observed on calibration documents
   * @param int8Dense an int8 dense layer, else float
   */
  static Int8Cnn of(CnnWeights w, QuantParams pooled, boolean int8Dense, int maxlen) {
    float[] rows = w.embedding;
    if (w.fixed != null) {
      rows = new float[w.vocab * w.channels];
      for (int r = 0; r < w.vocab; r++) {
        System.arraycopy(w.fixed, r * w.dim, rows, r * w.channels, w.dim);
        System.arraycopy(w.embedding, r * w.dim, rows, r * w.channels + w.dim, w.dim);
      }
    }
    Int8Matrix table = Int8Matrix.quantizePerTensor(rows, w.vocab, w.channels, CnnLoop.tableParams(w));
    Int8Matrix[] filters = new Int8Matrix[w.widths.length];
    float[][] bias = new float[w.widths.length][];
    for (int i = 0; i < filters.length; i++) {
      filters[i] = Int8Matrix.quantizePerChannel(w.conv[i], w.maps, w.widths[i] * w.channels);
      bias[i] = w.convBias[i].clone();
    }
    Int8Matrix d = int8Dense ? Int8Matrix.quantizePerChannel(w.dense, w.labels, w.features()) : null;
    return new Int8Cnn(table, w.widths, filters, bias, pooled, d, int8Dense ? null : w.dense.clone(),
        w.denseBias.clone(), maxlen);
  }

  /** The logits of one document's token ids (at most {@code maxlen}; padded with id 0). */
  float[] logits(int[] ids) {
    int[] padded = ids.length == maxlen ? ids : java.util.Arrays.copyOf(ids, maxlen);
    byte[] x = new byte[maxlen * table.cols()];
    table.gatherRows(padded, 0, maxlen, x);
    byte[] features = new byte[maps * convs.length];
    byte[] bank = new byte[maps];
    for (int i = 0; i < convs.length; i++) {
      convs[i].forwardMaxPool(x, maxlen, bank);
      System.arraycopy(bank, 0, features, i * maps, maps);
    }
    float[] logits = new float[labels];
    if (dense != null) {
      dense.forwardDequantized(features, 1, logits);
      return logits;
    }
    float[] h = new float[features.length];
    Quantize.dequantize(features, 0, h, 0, h.length, pooled);
    FloatOps ops = FloatOps.INSTANCE;
    for (int c = 0; c < labels; c++) {
      logits[c] = ops.dot(denseFloat, c * h.length, h, 0, h.length) + denseBias[c];
    }
    return logits;
  }

  /** Bytes of the int8 and float parameters. */
  long bytes() {
    long n = table.sizeInBytes() + 4L * denseBias.length;
    for (int i = 0; i < filters.length; i++) {
      n += filters[i].sizeInBytes() + 4L * maps;
    }
    return n + (denseInt8 != null ? denseInt8.sizeInBytes() : 4L * denseFloat.length);
  }

  void write(DataOutput out) throws IOException {
    table.write(out);
    for (int i = 0; i < filters.length; i++) {
      filters[i].write(out);
      DataArrays.writeFloats(out, convBias[i]);
    }
    out.writeFloat(pooled.scale());
    out.writeInt(pooled.zeroPoint());
    out.writeBoolean(denseInt8 != null);
    if (denseInt8 != null) {
      denseInt8.write(out);
    } else {
      DataArrays.writeFloats(out, denseFloat);
    }
    DataArrays.writeFloats(out, denseBias);
  }

  /** Reads what {@link #write} wrote, for a network of the given shape. */
  static Int8Cnn read(DataInput in, int vocab, int channels, int[] widths, int maps, int labels, int maxlen)
      throws IOException {
    Int8Matrix table = Int8Matrix.read(in);
    expect(table, vocab, channels, "embedding table");
    Int8Matrix[] filters = new Int8Matrix[widths.length];
    float[][] bias = new float[widths.length][];
    for (int i = 0; i < widths.length; i++) {
      filters[i] = Int8Matrix.read(in);
      expect(filters[i], maps, widths[i] * channels, "filters of width " + widths[i]);
      bias[i] = TextCnnFormat.readFloats(in, maps);
    }
    QuantParams pooled = TextCnnFormat.params(in.readFloat(), in.readInt());
    Int8Matrix d = null;
    float[] df = null;
    if (in.readBoolean()) {
      d = Int8Matrix.read(in);
      expect(d, labels, maps * widths.length, "dense layer");
    } else {
      df = TextCnnFormat.readFloats(in, labels * maps * widths.length);
    }
    float[] db = TextCnnFormat.readFloats(in, labels);
    try {
      return new Int8Cnn(table, widths, filters, bias, pooled, d, df, db, maxlen);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IOException("invalid int8 TextCNN: " + e.getMessage(), e);
    }
  }

  private static void expect(Int8Matrix m, int rows, int cols, String what) throws IOException {
    if (m.rows() != rows || m.cols() != cols) {
      throw new IOException("the " + what + " is " + m.rows() + " x " + m.cols() + ", expected " + rows + " x "
          + cols);
    }
  }
}
