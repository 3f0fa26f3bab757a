package org.fenlei.quant;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The binary form of an {@link Int8Matrix} inside a model file, big-endian ({@link DataOutput}):
 * <pre>
 * int   magic 0x51384D54 ("Q8MT")
 * int   version (1)
 * int   scheme code: 1 PER_TENSOR, 2 PER_CHANNEL, 3 ROWWISE
 * int   rows, int cols
 * PER_TENSOR:  float scale, int zeroPoint
 * PER_CHANNEL: rows x float scale
 * ROWWISE:     rows x (float scale, float offset)
 * rows * cols bytes, row-major
 * </pre>
 */
final class Int8MatrixFormat {
  static final int MAGIC = 0x51384D54;
  static final int VERSION = 1;
  private static final int CHUNK = 1 << 20;

  private Int8MatrixFormat() {
  }

  static void write(Int8Matrix m, DataOutput out) throws IOException {
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(m.scheme().code);
    out.writeInt(m.rows());
    out.writeInt(m.cols());
    switch (m.scheme()) {
      case PER_TENSOR -> {
        out.writeFloat(m.scales()[0]);
        out.writeInt(m.zeroPoint());
      }
      case PER_CHANNEL -> {
        for (float s : m.scales()) {
          out.writeFloat(s);
        }
      }
      case ROWWISE -> {
        for (int r = 0; r < m.rows(); r++) {
          out.writeFloat(m.scales()[r]);
          out.writeFloat(m.offsets()[r]);
        }
      }
    }
    byte[] data = m.data();
    int n = m.rows() * m.cols(); // without the padding
    for (int off = 0; off < n; off += CHUNK) {
      out.write(data, off, Math.min(CHUNK, n - off));
    }
  }

  static Int8Matrix read(DataInput in) throws IOException {
    int magic = in.readInt();
    if (magic != MAGIC) {
      throw new IOException(String.format("not an Int8Matrix: magic 0x%08X, expected 0x%08X", magic, MAGIC));
    }
    int version = in.readInt();
    if (version > VERSION) {
      throw new IOException("Int8Matrix format version " + version + " is newer than this fenlei reads ("
          + VERSION + "); upgrade fenlei");
    }
    if (version < 1) {
      throw new IOException("Int8Matrix format version " + version + " is invalid");
    }
    int code = in.readInt();
    Int8Matrix.Scheme scheme = null;
    for (Int8Matrix.Scheme s : Int8Matrix.Scheme.values()) {
      if (s.code == code) {
        scheme = s;
      }
    }
    if (scheme == null) {
      throw new IOException("Int8Matrix: unknown scheme code " + code);
    }
    int rows = in.readInt();
    int cols = in.readInt();
    if (rows < 0 || cols < 0 || (long) rows * cols > Integer.MAX_VALUE - Int8Matrix.PADDING - 8) {
      throw new IOException("Int8Matrix: invalid shape [" + rows + ", " + cols + "]");
    }
    float[] scales = new float[scheme == Int8Matrix.Scheme.PER_TENSOR ? 1 : rows];
    float[] offsets = scheme == Int8Matrix.Scheme.ROWWISE ? new float[rows] : null;
    int zeroPoint = 0;
    if (scheme == Int8Matrix.Scheme.PER_TENSOR) {
      scales[0] = in.readFloat();
      zeroPoint = in.readInt();
      if (zeroPoint < QuantParams.QMIN || zeroPoint > QuantParams.QMAX) {
        throw new IOException("Int8Matrix: zero point " + zeroPoint + " outside [-128, 127]");
      }
    } else {
      for (int r = 0; r < rows; r++) {
        scales[r] = in.readFloat();
        if (offsets != null) {
          offsets[r] = in.readFloat();
          checkFinite(offsets[r], "offset", r);
        }
      }
    }
    for (int r = 0; r < scales.length; r++) {
      // a ROWWISE row of equal values has scale 0; the other schemes need a positive scale
      if (!(scales[r] >= 0) || Float.isInfinite(scales[r]) || scales[r] == 0 && offsets == null) {
        throw new IOException("Int8Matrix: invalid scale " + scales[r] + " of row " + r);
      }
    }
    byte[] data = Int8Matrix.allocate(rows * cols);
    in.readFully(data, 0, rows * cols);
    if (scheme == Int8Matrix.Scheme.PER_CHANNEL) {
      for (int i = 0; i < rows * cols; i++) {
        if (data[i] == Byte.MIN_VALUE) {
          throw new IOException("Int8Matrix: PER_CHANNEL weights must lie in [-127, 127], found -128 at "
              + i / Math.max(cols, 1) + ", " + i % Math.max(cols, 1));
        }
      }
    }
    return new Int8Matrix(scheme, rows, cols, data, scales, offsets, zeroPoint);
  }

  private static void checkFinite(float v, String what, int row) throws IOException {
    if (Float.isNaN(v) || Float.isInfinite(v)) {
      throw new IOException("Int8Matrix: invalid " + what + " " + v + " of row " + row);
    }
  }
}
