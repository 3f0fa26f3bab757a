package org.fenlei.neural;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.fenlei.core.DataArrays;

/**
 * A product-quantized matrix as in the tool's {@code .ftz} files (read-only): each row is {@code nsubq} one-byte
 * codes, each naming one of 256 centroids of its {@code dsub}-wide slice (the last slice may be narrower), optionally
 * scaled by a quantized row norm.
 */
final class ProductQuantizedRows implements EmbeddingTable, OutputTable {
  private static final int KSUB = 256;
  private final int rows;
  private final int dim;
  private final int nsubq;
  private final int dsub;
  private final int lastdsub;
  private final float[] centroids;
  private final byte[] codes;
  private final float[] norms; // null without qnorm

  private ProductQuantizedRows(int rows, int dim, int nsubq, int dsub, int lastdsub, float[] centroids, byte[] codes,
      float[] norms) {
    this.rows = rows;
    this.dim = dim;
    this.nsubq = nsubq;
    this.dsub = dsub;
    this.lastdsub = lastdsub;
    this.centroids = centroids;
    this.codes = codes;
    this.norms = norms;
  }

  /** Reads the tool's {@code QuantMatrix::save} layout. */
  static ProductQuantizedRows read(LittleEndianInput in) throws IOException {
    boolean qnorm = in.readBool();
    long m = in.readLong();
    long n = in.readLong();
    int codesize = in.readInt();
    if (m < 0 || n <= 0 || m > Integer.MAX_VALUE || n > 1 << 16 || codesize < 0) {
      throw new IOException("bad quantized matrix header " + m + " x " + n + ", " + codesize + " codes");
    }
    in.require(codesize, "a quantized matrix of " + codesize + " codes");
    byte[] codes = new byte[codesize];
    in.readFully(codes);
    int[] pq = new int[4];
    float[] centroids = readQuantizer(in, pq);
    if (pq[0] != n || (long) pq[1] * m != codesize) {
      throw new IOException("quantizer of dimension " + pq[0] + " with " + pq[1] + " sub-quantizers does not fit a "
          + m + " x " + n + " matrix with " + codesize + " codes");
    }
    float[] norms = null;
    if (qnorm) {
      in.require(m, "the norm codes of " + m + " rows");
      byte[] normCodes = new byte[(int) m];
      in.readFully(normCodes);
      int[] npq = new int[4];
      float[] normCentroids = readQuantizer(in, npq);
      norms = new float[(int) m];
      for (int i = 0; i < m; i++) {
        norms[i] = normCentroids[normCodes[i] & 0xFF];
      }
    }
    return checked((int) m, (int) n, pq[1], pq[2], pq[3], centroids, codes, norms);
  }

  /** The table, once its parts are known to fit together (so that no lookup can fall outside them). */
  private static ProductQuantizedRows checked(int rows, int dim, int nsubq, int dsub, int lastdsub, float[] centroids,
      byte[] codes, float[] norms) throws IOException {
    if (rows < 0 || dim <= 0 || nsubq <= 0 || dsub <= 0 || lastdsub <= 0 || lastdsub > dsub
        || (long) (nsubq - 1) * dsub + lastdsub != dim || centroids.length != (long) dim * KSUB
        || codes.length != (long) rows * nsubq || norms != null && norms.length != rows) {
      throw new IOException("inconsistent product quantization: " + rows + " x " + dim + " in " + nsubq
          + " slices of " + dsub + " (last " + lastdsub + "), " + centroids.length + " centroid values, "
          + codes.length + " codes");
    }
    return new ProductQuantizedRows(rows, dim, nsubq, dsub, lastdsub, centroids, codes, norms);
  }

  /**
   * Writes the table in fenlei's layout (big-endian, inside the checksummed model file): int rows, dim, slices,
   * slice width, last slice width; int centroid values, then the floats; int codes, then the bytes; bool norms,
   * then one float a row. The decoded norms are stored, so a read table predicts bit for bit as this one.
   */
  void write(DataOutput out) throws IOException {
    out.writeInt(rows);
    out.writeInt(dim);
    out.writeInt(nsubq);
    out.writeInt(dsub);
    out.writeInt(lastdsub);
    out.writeInt(centroids.length);
    DataArrays.writeFloats(out, centroids);
    out.writeInt(codes.length);
    out.write(codes);
    out.writeBoolean(norms != null);
    if (norms != null) {
      DataArrays.writeFloats(out, norms);
    }
  }

  /** Reads what {@link #write(DataOutput)} wrote. */
  static ProductQuantizedRows read(DataInput in) throws IOException {
    int rows = in.readInt();
    int dim = in.readInt();
    int nsubq = in.readInt();
    int dsub = in.readInt();
    int lastdsub = in.readInt();
    int nCentroids = in.readInt();
    if (nCentroids < 0 || nCentroids > Integer.MAX_VALUE - 8) {
      throw new IOException("bad centroid count " + nCentroids);
    }
    float[] centroids = DataArrays.readFloats(in, nCentroids);
    int nCodes = in.readInt();
    if (nCodes < 0 || nCodes > Integer.MAX_VALUE - 8) {
      throw new IOException("bad code count " + nCodes);
    }
    byte[] codes = new byte[nCodes];
    in.readFully(codes);
    float[] norms = in.readBoolean() ? DataArrays.readFloats(in, FastTextFormat.checkedSize(rows, 1)) : null;
    return checked(rows, dim, nsubq, dsub, lastdsub, centroids, codes, norms);
  }

  private static float[] readQuantizer(LittleEndianInput in, int[] header) throws IOException {
    for (int i = 0; i < 4; i++) {
      header[i] = in.readInt(); // dim, nsubq, dsub, lastdsub
    }
    int d = header[0];
    if (d <= 0 || d > 1 << 16 || header[1] <= 0 || header[2] <= 0 || header[3] <= 0) {
      throw new IOException("bad product quantizer header " + java.util.Arrays.toString(header));
    }
    in.require(4L * d * KSUB, "a product quantizer of dimension " + d);
    float[] c = new float[d * KSUB];
    in.readFloats(c);
    return c;
  }

  private int centroid(int m, int code) {
    return m == nsubq - 1 ? m * KSUB * dsub + code * lastdsub : (m * KSUB + code) * dsub;
  }

  @Override
  public int rows() {
    return rows;
  }

  @Override
  public int dim() {
    return dim;
  }

  @Override
  public float dotRow(float[] v, int i) {
    float res = 0f;
    int base = nsubq * i;
    for (int m = 0; m < nsubq; m++) {
      int c = centroid(m, codes[base + m] & 0xFF);
      int d = m == nsubq - 1 ? lastdsub : dsub;
      for (int k = 0; k < d; k++) {
        res += v[m * dsub + k] * centroids[c + k];
      }
    }
    return res * (norms == null ? 1f : norms[i]);
  }

  @Override
  public void bag(int[] ids, int n, float[] hidden) {
    java.util.Arrays.fill(hidden, 0, dim, 0f);
    for (int k = 0; k < n; k++) {
      int i = ids[k];
      float alpha = norms == null ? 1f : norms[i];
      int base = nsubq * i;
      for (int m = 0; m < nsubq; m++) {
        int c = centroid(m, codes[base + m] & 0xFF);
        int d = m == nsubq - 1 ? lastdsub : dsub;
        for (int j = 0; j < d; j++) {
          hidden[m * dsub + j] += alpha * centroids[c + j];
        }
      }
    }
    if (n > 0) {
      float inv = 1f / n;
      for (int j = 0; j < dim; j++) {
        hidden[j] *= inv;
      }
    }
  }

  @Override
  public long bytes() {
    return codes.length + 4L * centroids.length + (norms == null ? 0 : 4L * norms.length);
  }
}
