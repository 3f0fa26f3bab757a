package org.fenlei.quant;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * A read-only int8 matrix, row-major {@code [rows, cols]}: an embedding table, or a weight matrix {@code [out,
 * in]} (a convolution's filters {@code [out, width, channels]} are {@code [out, width * channels]}). It is a
 * different type from any trainable float matrix, so nothing has to refuse updates at run time.
 *
 * <p>Three schemes, each with at most 8 bytes of parameters per row:
 * <ul>
 *   <li>{@link Scheme#PER_TENSOR}: one asymmetric {@link QuantParams}, {@code real = scale * (q - zeroPoint)};
 *   <li>{@link Scheme#PER_CHANNEL}: symmetric weights, one scale per row (output channel), values in [-127, 127],
 *       {@code real = scale_r * q};
 *   <li>{@link Scheme#ROWWISE}: fbgemm's 8-bit row-wise format for embedding tables, a float scale and offset per
 *       row, {@code real = scale_r * q + offset_r}.
 * </ul>
 */
public final class Int8Matrix {
  /** How the int8 values map back to reals. */
  public enum Scheme {
    /** One scale and zero point for the whole matrix: {@code real = scale * (q - zeroPoint)}. */
    PER_TENSOR(1),
    /** One scale per row, zero point 0, values in [-127, 127]: {@code real = scale_r * q}. */
    PER_CHANNEL(2),
    /** fbgemm's 8-bit row-wise format, a scale and an offset per row: {@code real = scale_r * q + offset_r}. */
    ROWWISE(3);

    final int code;

    Scheme(int code) {
      this.code = code;
    }
  }

  /**
   * Zero bytes after the last row, so that vector kernels may read any row as whole vectors (up to 128 bytes past its
   * end with 512-bit vectors) without a bounds branch in their loops.
   */
  static final int PADDING = 256;

  private final Scheme scheme;
  private final int rows;
  private final int cols;
  private final byte[] data;
  private final float[] scales;   // one (PER_TENSOR) or one per row
  private final float[] offsets;  // ROWWISE only
  private final int zeroPoint;    // PER_TENSOR only

  Int8Matrix(Scheme scheme, int rows, int cols, byte[] data, float[] scales, float[] offsets, int zeroPoint) {
    this.scheme = scheme;
    this.rows = rows;
    this.cols = cols;
    this.data = data;
    this.scales = scales;
    this.offsets = offsets;
    this.zeroPoint = zeroPoint;
  }

  /**
   * Quantizes with one asymmetric parameter pair chosen from the values' own min and max, by
   * {@link QuantParams#forRange} (so the range always contains 0).
   *
   * @param values the values {@code [rows, cols]}, row-major from index 0; may be longer
   * @param rows the number of rows
   * @param cols the number of columns
   * @return a new {@link Scheme#PER_TENSOR} matrix
   * @throws IllegalArgumentException when {@code rows} or {@code cols} is negative, {@code values} is shorter than
   *     {@code rows * cols} or the matrix would not fit one Java array, or a value is not finite
   */
  public static Int8Matrix quantizePerTensor(float[] values, int rows, int cols) {
    checkShape(values, rows, cols);
    float min = 0;
    float max = 0;
    for (int i = 0; i < rows * cols; i++) {
      min = Math.min(min, values[i]);
      max = Math.max(max, values[i]);
    }
    return quantizePerTensor(values, rows, cols, QuantParams.forRange(min, max));
  }

  /**
   * Quantizes with given (for example calibrated) parameters; values outside their range saturate, NaN becomes the
   * zero point.
   *
   * @param values the values {@code [rows, cols]}, row-major from index 0; may be longer
   * @param rows the number of rows
   * @param cols the number of columns
   * @param params the parameters of the whole matrix
   * @return a new {@link Scheme#PER_TENSOR} matrix
   * @throws IllegalArgumentException when {@code rows} or {@code cols} is negative, {@code values} is shorter than
   *     {@code rows * cols} or the matrix would not fit one Java array
   */
  public static Int8Matrix quantizePerTensor(float[] values, int rows, int cols, QuantParams params) {
    checkShape(values, rows, cols);
    byte[] q = allocate(rows * cols);
    Quantize.quantize(values, 0, q, 0, rows * cols, params);
    return new Int8Matrix(Scheme.PER_TENSOR, rows, cols, q, new float[] {params.scale()}, null,
        params.zeroPoint());
  }

  /**
   * Symmetric weights, one scale per row: {@code scale_r = max|w_r| / 127}, values in [-127, 127]. A row of zeros
   * gets scale 1.
   *
   * @param values the values {@code [rows, cols]}, row-major from index 0; may be longer
   * @param rows the number of rows
   * @param cols the number of columns
   * @return a new {@link Scheme#PER_CHANNEL} matrix
   * @throws IllegalArgumentException when {@code rows} or {@code cols} is negative, {@code values} is shorter than
   *     {@code rows * cols} or the matrix would not fit one Java array, a value is not finite, or a row's largest
   *     magnitude is so small (subnormal) that its scale underflows to 0
   */
  public static Int8Matrix quantizePerChannel(float[] values, int rows, int cols) {
    checkShape(values, rows, cols);
    byte[] q = allocate(rows * cols);
    float[] scales = new float[rows];
    for (int r = 0; r < rows; r++) {
      float absMax = 0;
      for (int c = 0; c < cols; c++) {
        absMax = Math.max(absMax, Math.abs(values[r * cols + c]));
      }
      scales[r] = QuantParams.symmetric(absMax).scale();
      for (int c = 0; c < cols; c++) {
        q[r * cols + c] = (byte) QuantParams.quantize(values[r * cols + c], scales[r], 0,
            QuantParams.WEIGHT_QMIN, QuantParams.QMAX);
      }
    }
    return new Int8Matrix(Scheme.PER_CHANNEL, rows, cols, q, scales, null, 0);
  }

  /**
   * fbgemm's {@code FloatToFused8BitRowwiseQuantized}, signed: per row {@code scale = (max - min) / 255}, {@code q
   * = rint((x - min) * 255 / (max - min + 1e-8)) - 128}, and {@code offset = min + 128 * scale}, so that {@code
   * real = scale * q + offset}. Every value is within half a step of its original. A row of equal values gets
   * scale 0.
   *
   * @param values the values {@code [rows, cols]}, row-major from index 0; may be longer; finite (not checked: a
   *     non-finite value leaves its row's parameters meaningless)
   * @param rows the number of rows
   * @param cols the number of columns
   * @return a new {@link Scheme#ROWWISE} matrix
   * @throws IllegalArgumentException when {@code rows} or {@code cols} is negative, {@code values} is shorter than
   *     {@code rows * cols} or the matrix would not fit one Java array
   */
  public static Int8Matrix quantizeRowwise(float[] values, int rows, int cols) {
    checkShape(values, rows, cols);
    byte[] q = allocate(rows * cols);
    float[] scales = new float[rows];
    float[] offsets = new float[rows];
    for (int r = 0; r < rows; r++) {
      int base = r * cols;
      float min = Float.POSITIVE_INFINITY;
      float max = Float.NEGATIVE_INFINITY;
      for (int c = 0; c < cols; c++) {
        min = Math.min(min, values[base + c]);
        max = Math.max(max, values[base + c]);
      }
      if (cols == 0) {
        min = max = 0;
      }
      float range = max - min;
      float inverse = 255f / (range + 1e-8f);
      scales[r] = range / 255f;
      offsets[r] = min + 128 * scales[r];
      for (int c = 0; c < cols; c++) {
        int u = (int) Math.rint((values[base + c] - min) * inverse);
        q[base + c] = (byte) (Math.min(Math.max(u, 0), 255) - 128);
      }
    }
    return new Int8Matrix(Scheme.ROWWISE, rows, cols, q, scales, offsets, 0);
  }

  /**
   * Wraps a copy of existing int8 data with per-tensor parameters.
   *
   * @param data the int8 values {@code [rows, cols]}, row-major, exactly {@code rows * cols} of them; copied
   * @param rows the number of rows
   * @param cols the number of columns
   * @param params the parameters of the whole matrix
   * @return a new {@link Scheme#PER_TENSOR} matrix
   * @throws IllegalArgumentException when {@code rows} or {@code cols} is negative or {@code data} does not hold
   *     exactly {@code rows * cols} values
   */
  public static Int8Matrix of(byte[] data, int rows, int cols, QuantParams params) {
    if (rows < 0 || cols < 0 || (long) rows * cols != data.length) {
      throw new IllegalArgumentException("shape [" + rows + ", " + cols + "] does not match " + data.length
          + " values");
    }
    byte[] copy = allocate(data.length);
    System.arraycopy(data, 0, copy, 0, data.length);
    return new Int8Matrix(Scheme.PER_TENSOR, rows, cols, copy, new float[] {params.scale()}, null,
        params.zeroPoint());
  }

  /**
   * How this matrix's values map back to reals.
   *
   * @return the scheme
   */
  public Scheme scheme() {
    return scheme;
  }

  /**
   * The number of rows.
   *
   * @return the number of rows (output channels of a weight matrix, entries of an embedding table)
   */
  public int rows() {
    return rows;
  }

  /**
   * The number of columns.
   *
   * @return the number of values per row
   */
  public int cols() {
    return cols;
  }

  /**
   * The int8 value at {@code (row, col)}.
   *
   * @param row the row, in {@code [0, rows())}
   * @param col the column, in {@code [0, cols())}
   * @return the stored value, in [-128, 127]
   * @throws IndexOutOfBoundsException when {@code row} or {@code col} is out of range
   */
  public int get(int row, int col) {
    return data[index(row, col)];
  }

  /**
   * The real value at {@code (row, col)}, by this matrix's scheme.
   *
   * @param row the row, in {@code [0, rows())}
   * @param col the column, in {@code [0, cols())}
   * @return the dequantized value
   * @throws IndexOutOfBoundsException when {@code row} or {@code col} is out of range
   */
  public float dequantize(int row, int col) {
    int q = data[index(row, col)];
    return switch (scheme) {
      case PER_TENSOR -> scales[0] * (q - zeroPoint); // real = scale * (q - zeroPoint)
      case PER_CHANNEL -> scales[row] * q;
      case ROWWISE -> scales[row] * q + offsets[row];
    };
  }

  /**
   * Dequantizes one row into {@code out[off .. off + cols)}.
   *
   * @param row the row, in {@code [0, rows())}
   * @param out receives the {@link #cols()} real values
   * @param off the index in {@code out} of the first value
   * @throws IndexOutOfBoundsException when {@code row} is out of range (and {@code cols() > 0}) or {@code out} is
   *     too short
   */
  public void dequantizeRow(int row, float[] out, int off) {
    for (int c = 0; c < cols; c++) {
      out[off + c] = dequantize(row, c);
    }
  }

  /**
   * Gathers rows as they are stored: the int8 lookup of an embedding table whose rows feed an int8 layer directly
   * (TextCNN's {@link Conv1d} input, quantized with this matrix's {@link #params()}).
   *
   * @param ids the rows to copy, each in {@code [0, rows())}
   * @param from the first index in {@code ids}
   * @param to one past the last index in {@code ids}
   * @param out receives {@code (to - from) * cols()} values from index 0, row after row
   * @throws IllegalStateException when the scheme is not {@link Scheme#PER_TENSOR}
   * @throws IndexOutOfBoundsException when an id is out of range or {@code out} is too short
   */
  public void gatherRows(int[] ids, int from, int to, byte[] out) {
    if (scheme != Scheme.PER_TENSOR) {
      throw new IllegalStateException("raw rows are real values only in the PER_TENSOR scheme, this matrix is "
          + scheme);
    }
    int o = 0;
    for (int k = from; k < to; k++) {
      checkRow(ids[k]);
      System.arraycopy(data, ids[k] * cols, out, o, cols);
      o += cols;
    }
  }

  /**
   * The scale of a row (for {@link Scheme#PER_TENSOR}, the one scale).
   *
   * @param row the row, in {@code [0, rows())}
   * @return the row's scale; 0 is possible only for a {@link Scheme#ROWWISE} row of equal values
   * @throws IndexOutOfBoundsException when {@code row} is out of range
   */
  public float scale(int row) {
    checkRow(row);
    return scheme == Scheme.PER_TENSOR ? scales[0] : scales[row];
  }

  /**
   * The row-wise offset of a {@link Scheme#ROWWISE} row.
   *
   * @param row the row, in {@code [0, rows())}
   * @return the row's offset
   * @throws IndexOutOfBoundsException when {@code row} is out of range
   * @throws IllegalStateException when the scheme is not {@link Scheme#ROWWISE}
   */
  public float offset(int row) {
    checkRow(row);
    if (scheme != Scheme.ROWWISE) {
      throw new IllegalStateException("offsets exist only in the ROWWISE scheme, this matrix is " + scheme);
    }
    return offsets[row];
  }

  /**
   * The parameters of a {@link Scheme#PER_TENSOR} matrix.
   *
   * @return the matrix's scale and zero point
   * @throws IllegalStateException when the scheme is not {@link Scheme#PER_TENSOR}
   */
  public QuantParams params() {
    if (scheme != Scheme.PER_TENSOR) {
      throw new IllegalStateException("one QuantParams exists only in the PER_TENSOR scheme, this matrix is "
          + scheme);
    }
    return new QuantParams(scales[0], zeroPoint);
  }

  /**
   * Bytes held: the int8 values (plus {@value #PADDING} bytes of padding) and the per-row parameters.
   *
   * @return the size of the value and parameter arrays in bytes, without object headers
   */
  public long sizeInBytes() {
    return (long) data.length + 4L * scales.length + (offsets == null ? 0 : 4L * offsets.length);
  }

  /**
   * Writes the versioned binary form that {@link #read} reads: magic, version, scheme, shape, parameters, then
   * the {@code rows * cols} values without padding.
   *
   * @param out where to write
   * @throws IOException when {@code out} fails
   */
  public void write(DataOutput out) throws IOException {
    Int8MatrixFormat.write(this, out);
  }

  /**
   * Reads what {@link #write} wrote; rejects other data and newer format versions by name.
   *
   * @param in where to read from, positioned at the start of the binary form
   * @return the matrix read
   * @throws IOException when the data is not an Int8Matrix (wrong magic), has a newer or invalid version, an unknown
   *     scheme, an invalid shape, zero point, scale or offset, a per-channel value of -128, or ends early
   */
  public static Int8Matrix read(DataInput in) throws IOException {
    return Int8MatrixFormat.read(in);
  }

  /** Storage for {@code n} values followed by {@link #PADDING} zero bytes. */
  static byte[] allocate(int n) {
    return new byte[n + PADDING];
  }

  // package-private views for kernels and the format; never handed out publicly; data() is padded
  byte[] data() {
    return data;
  }

  float[] scales() {
    return scales;
  }

  float[] offsets() {
    return offsets;
  }

  int zeroPoint() {
    return zeroPoint;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Int8Matrix m && scheme == m.scheme && rows == m.rows && cols == m.cols
        && zeroPoint == m.zeroPoint && Arrays.equals(data, m.data) && Arrays.equals(scales, m.scales)
        && Arrays.equals(offsets, m.offsets);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(data) * 31 + Arrays.hashCode(scales);
  }

  @Override
  public String toString() {
    return "Int8Matrix[" + rows + " x " + cols + ", " + scheme + "]";
  }

  private int index(int row, int col) {
    checkRow(row);
    if (col < 0 || col >= cols) {
      throw new IndexOutOfBoundsException("col " + col + " outside [0, " + cols + ")");
    }
    return row * cols + col;
  }

  private void checkRow(int row) {
    if (row < 0 || row >= rows) {
      throw new IndexOutOfBoundsException("row " + row + " outside [0, " + rows + ")");
    }
  }

  private static void checkShape(float[] values, int rows, int cols) {
    if (rows < 0 || cols < 0 || (long) rows * cols > values.length) {
      throw new IllegalArgumentException("shape [" + rows + ", " + cols + "] needs " + (long) rows * cols
          + " values, got " + values.length);
    }
    if ((long) rows * cols > Integer.MAX_VALUE - PADDING - 8) {
      throw new IllegalArgumentException("shape [" + rows + ", " + cols + "] exceeds one Java array");
    }
  }
}
