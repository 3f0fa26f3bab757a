package org.fenlei.neural;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fenlei.segment.SegmenterConfig;
import org.fenlei.core.DataArrays;

/**
 * The payload of kind {@code fasttext} in fenlei's model file (big-endian, inside {@code ModelFile}'s checksummed
 * envelope):
 *
 * <pre>
 * int     format version: 1, or 2 when a table is product-quantized (the tool's .ftz); the lowest that holds the
 *         model is written, so models without such tables stay readable by fenlei before version 2
 * utf     feature hash name ({@link FastTextHash#NAME})
 * bool    segmenter present; then the segmenter configuration
 * int*5   dim, wordNgrams, bucket, minn, maxn;  utf loss;  bool multi-label;  int minLabels
 * int*6   epoch, minCount, minCountLabel, neg, ws, lrUpdateRate;  double lr, t;  int seed (for the record)
 * long    tokens;  int words, then (string, long count) each;  int labels, then (string, long count) each
 * string  label prefix, empty when tokens are never labels
 * int     kept buckets after pruning, -1 when not pruned; then (int bucket, int row) each
 * table   input rows ({@link InputTables#write}: dense floats, int8 rows or product-quantized rows)
 * byte    version 2 only: the output table's kind, 0 dense (as in version 1) or 2 product-quantized
 *         ({@link ProductQuantizedRows#write})
 * int*2   a dense output: rows, dim; then the floats
 * </pre>
 *
 * Strings are an int byte length and UTF-8 bytes.
 */
final class FastTextFormat {
  /** The newest version, written when a table is product-quantized. */
  static final int VERSION = 2;
  /** The version written when every table is dense or int8. */
  static final int VERSION_WITHOUT_PQ = 1;

  private FastTextFormat() {}

  static void write(FastText m, DataOutput out) throws IOException {
    FastTextOptions o = m.options;
    Dictionary d = m.dict;
    boolean pq = m.input instanceof ProductQuantizedRows || m.output instanceof ProductQuantizedRows;
    out.writeInt(pq ? VERSION : VERSION_WITHOUT_PQ);
    out.writeUTF(FastTextHash.NAME);
    SegmenterConfig seg = m.segmenter();
    out.writeBoolean(seg != null);
    if (seg != null) {
      seg.write(out);
    }
    out.writeInt(o.dim());
    out.writeInt(d.wordNgrams);
    out.writeInt(d.bucket);
    out.writeInt(d.minn);
    out.writeInt(d.maxn);
    out.writeUTF(o.loss().toolName());
    out.writeBoolean(m.multiLabel());
    out.writeInt(m.minLabels());
    out.writeInt(o.epoch());
    out.writeInt(o.minCount());
    out.writeInt(o.minCountLabel());
    out.writeInt(o.neg());
    out.writeInt(o.ws());
    out.writeInt(o.lrUpdateRate());
    out.writeDouble(o.lr());
    out.writeDouble(o.t());
    out.writeInt(o.seed());
    out.writeLong(d.ntokens);
    writeEntries(out, d.words, d.wordCounts);
    writeEntries(out, d.labels, d.labelCounts);
    writeString(out, d.labelPrefix == null ? "" : d.labelPrefix);
    if (d.keptBuckets == null) {
      out.writeInt(-1);
    } else {
      out.writeInt(d.keptBuckets.length);
      for (int i = 0; i < d.keptBuckets.length; i++) {
        out.writeInt(d.keptBuckets[i]);
        out.writeInt(d.keptRows[i]);
      }
    }
    InputTables.write(m.input, out);
    if (m.output instanceof ProductQuantizedRows q) {
      out.writeByte(InputTables.PRODUCT_QUANTIZED);
      q.write(out);
      return;
    }
    if (pq) {
      out.writeByte(InputTables.DENSE);
    }
    DenseMatrix wo = (DenseMatrix) m.output;
    out.writeInt(wo.rows);
    out.writeInt(wo.cols);
    DataArrays.writeFloats(out, wo.data);
  }

  static FastText read(DataInput in) throws IOException {
    int version = in.readInt();
    if (version != VERSION && version != VERSION_WITHOUT_PQ) {
      throw new IOException("fasttext model format version " + version + " is not supported (this fenlei reads "
          + VERSION_WITHOUT_PQ + " and " + VERSION + ")");
    }
    String hash = in.readUTF();
    if (!hash.equals(FastTextHash.NAME)) {
      throw new IOException("unknown feature hash '" + hash + "' (this fenlei knows " + FastTextHash.NAME + ")");
    }
    SegmenterConfig seg = in.readBoolean() ? SegmenterConfig.read(in) : null;
    int dim = in.readInt();
    int wordNgrams = in.readInt();
    int bucket = in.readInt();
    int minn = in.readInt();
    int maxn = in.readInt();
    Loss loss = Loss.parse(in.readUTF());
    boolean multiLabel = in.readBoolean();
    int minLabels = in.readInt();
    int epoch = in.readInt();
    int minCount = in.readInt();
    int minCountLabel = in.readInt();
    int neg = in.readInt();
    int ws = in.readInt();
    int lrUpdateRate = in.readInt();
    double lr = in.readDouble();
    double t = in.readDouble();
    int seed = in.readInt();
    FastTextOptions o = new FastTextOptions(dim, lr, epoch, wordNgrams, bucket, minCount, minCountLabel, minn,
        Math.max(maxn, 0), neg, ws, loss, t, lrUpdateRate, seed, 1, null);
    long ntokens = in.readLong();
    long[][] counts = new long[2][];
    String[] words = readEntries(in, counts, 0);
    String[] labels = readEntries(in, counts, 1);
    String prefix = readString(in);
    int kept = in.readInt();
    int[] keptBuckets = null;
    int[] keptRows = null;
    if (kept >= 0) {
      keptBuckets = new int[kept];
      keptRows = new int[kept];
      for (int i = 0; i < kept; i++) {
        keptBuckets[i] = in.readInt();
        keptRows[i] = in.readInt();
      }
    }
    Dictionary dict = new Dictionary(words, counts[0], labels, counts[1], ntokens, wordNgrams, bucket, minn, maxn,
        prefix.isEmpty() ? null : prefix, keptBuckets, keptRows);
    EmbeddingTable input = InputTables.read(in);
    int outputKind = version == VERSION_WITHOUT_PQ ? InputTables.DENSE : in.readByte();
    OutputTable wo;
    if (outputKind == InputTables.PRODUCT_QUANTIZED) {
      wo = ProductQuantizedRows.read(in);
    } else if (outputKind == InputTables.DENSE) {
      int rows = in.readInt();
      int cols = in.readInt();
      wo = new DenseMatrix(rows, cols, DataArrays.readFloats(in, checkedSize(rows, cols)));
    } else {
      throw new IOException("unknown output table kind " + outputKind);
    }
    List<String> names = displayNames(labels, prefix);
    return new FastText(seg, dict, o, input, wo, names, multiLabel, minLabels, null);
  }

  static List<String> displayNames(String[] labels, String prefix) {
    String[] out = new String[labels.length];
    for (int i = 0; i < labels.length; i++) {
      out[i] = !prefix.isEmpty() && labels[i].startsWith(prefix) ? labels[i].substring(prefix.length()) : labels[i];
    }
    return List.of(out);
  }

  static int checkedSize(long rows, long cols) throws IOException {
    if (rows < 0 || cols < 0 || rows * cols > Integer.MAX_VALUE - 8) {
      throw new IOException("bad matrix size " + rows + " x " + cols);
    }
    return (int) (rows * cols);
  }

  private static void writeEntries(DataOutput out, String[] s, long[] counts) throws IOException {
    out.writeInt(s.length);
    for (int i = 0; i < s.length; i++) {
      writeString(out, s[i]);
      out.writeLong(counts[i]);
    }
  }

  private static String[] readEntries(DataInput in, long[][] counts, int slot) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      throw new IOException("negative entry count " + n);
    }
    String[] s = new String[n];
    long[] c = new long[n];
    for (int i = 0; i < n; i++) {
      s[i] = readString(in);
      c[i] = in.readLong();
    }
    counts[slot] = c;
    return s;
  }

  static void writeString(DataOutput out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  static String readString(DataInput in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > (1 << 26)) {
      throw new IOException("bad string length " + n);
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }
}
