package org.fenlei.neural;

import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.fenlei.core.ModelFormatException;

/**
 * Reads the C++ tool's model files, {@code .bin} and product-quantized {@code .ftz} (little-endian): magic
 * {@value #MAGIC}, version (up to {@value #VERSION}), the arguments, the dictionary (words then labels, each a
 * NUL-terminated string, a count and a type byte; then the pruned buckets), the input matrix (dense, or quantized)
 * and the output matrix. Only supervised models are classifiers; word-vector models are refused by name.
 *
 * <p>The format has no checksum, so a flipped byte in the weights loads silently; the header is checked for values
 * no tool writes (dimensions, counts, sizes larger than the file), which are reported as damage naming the file.
 */
final class FastTextBin {
  static final int MAGIC = 793712314;
  static final int VERSION = 12;
  /** The oldest version the tool writes with a version number; above {@link #MAX_PLAUSIBLE_VERSION}, damage. */
  private static final int OLDEST_VERSION = 11;
  private static final int MAX_PLAUSIBLE_VERSION = 255;
  /** The tool's model codes. */
  private static final int MODEL_CBOW = 1;
  private static final int MODEL_SKIPGRAM = 2;
  /** Generous bounds: a value outside them is a damaged header, not a model anyone trained. */
  private static final int MAX_DIM = 1 << 16;
  private static final int MAX_SMALL = 1 << 20;
  /** A dictionary entry is at least a NUL, an 8-byte count and a type byte. */
  private static final int MIN_ENTRY_BYTES = 10;
  private static final int MODEL_SUPERVISED = 3;

  private FastTextBin() {}

  static boolean accepts(byte[] head, int length) {
    return length >= 4 && ((head[0] & 0xFF) | (head[1] & 0xFF) << 8 | (head[2] & 0xFF) << 16
        | (head[3] & 0xFF) << 24) == MAGIC;
  }

  static FastText read(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      throw new ModelFormatException(path, "is a directory, not a model file");
    }
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      if (ch.size() == 0) {
        throw new ModelFormatException(path, "empty (0 bytes), not a model: was it written completely?");
      }
      LittleEndianInput in = new LittleEndianInput(ch);
      try {
        return read(path, in);
      } catch (EOFException e) {
        throw new ModelFormatException(path, "truncated or damaged fastText model (at byte " + in.position() + "): "
            + e.getMessage(), e);
      } catch (ModelFormatException e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        throw new ModelFormatException(path, "damaged fastText model (at byte " + in.position() + "): "
            + e.getMessage(), e);
      }
    }
  }

  private static FastText read(Path path, LittleEndianInput in) throws IOException {
    if (in.readInt() != MAGIC) {
      throw new ModelFormatException(path, "not a fastText model (wrong magic number)");
    }
    int version = in.readInt();
    if (version < OLDEST_VERSION || version > MAX_PLAUSIBLE_VERSION) {
      throw new IOException("invalid fastText version " + version);
    }
    if (version > VERSION) {
      throw new ModelFormatException(path, "fastText model version " + version + " is newer than this fenlei reads ("
          + VERSION + ")");
    }
    int[] a = new int[12];
    for (int i = 0; i < a.length; i++) {
      a[i] = in.readInt(); // dim ws epoch minCount neg wordNgrams loss model bucket minn maxn lrUpdateRate
    }
    double t = in.readDouble();
    checkArguments(a, t);
    int dim = a[0];
    int model = a[7];
    if (model != MODEL_SUPERVISED) {
      throw new ModelFormatException(path, "a fastText word-vector model (" + (model == 1 ? "cbow" : "skipgram")
          + "), not a classifier");
    }
    int maxn = version == 11 ? 0 : a[10]; // old supervised models had no character n-grams
    Loss loss = Loss.ofCode(a[6]);
    int size = in.readInt();
    int nwords = in.readInt();
    int nlabels = in.readInt();
    long ntokens = in.readLong();
    long pruneSize = in.readLong();
    if (size < 0 || nwords < 0 || nlabels < 1 || size != nwords + nlabels || ntokens < 0 || pruneSize < -1
        || pruneSize > Integer.MAX_VALUE) {
      throw new IOException("bad dictionary header: " + size + " entries, " + nwords + " words, " + nlabels
          + " labels, " + ntokens + " tokens, " + pruneSize + " pruned buckets");
    }
    in.require((long) MIN_ENTRY_BYTES * size, "a dictionary of " + size + " entries");
    String[] words = new String[nwords];
    long[] wordCounts = new long[nwords];
    String[] labels = new String[nlabels];
    long[] labelCounts = new long[nlabels];
    for (int i = 0; i < size; i++) {
      String w = new String(in.readCString(1 << 20), StandardCharsets.UTF_8);
      long count = in.readLong();
      byte type = in.readByte();
      if (type != (i < nwords ? 0 : 1)) {
        throw new IOException("dictionary entry " + i + " has type " + type + " out of the words-then-labels order");
      }
      if (i < nwords) {
        words[i] = w;
        wordCounts[i] = count;
      } else {
        labels[i - nwords] = w;
        labelCounts[i - nwords] = count;
      }
    }
    int[] keptBuckets = null;
    int[] keptRows = null;
    if (pruneSize >= 0) {
      in.require(8 * pruneSize, pruneSize + " pruned buckets");
      long[] pairs = new long[(int) pruneSize];
      for (int i = 0; i < pairs.length; i++) {
        int bucket = in.readInt();
        int row = in.readInt();
        if (bucket < 0 || bucket >= a[8] || row < 0 || row >= pruneSize) {
          throw new IOException("kept bucket " + bucket + " -> row " + row + " outside " + a[8] + " buckets, "
              + pruneSize + " rows");
        }
        pairs[i] = (long) bucket << 32 | (row & 0xFFFFFFFFL);
      }
      Arrays.sort(pairs);
      keptBuckets = new int[pairs.length];
      keptRows = new int[pairs.length];
      for (int i = 0; i < pairs.length; i++) {
        keptBuckets[i] = (int) (pairs[i] >>> 32);
        keptRows[i] = (int) pairs[i];
      }
    }
    Dictionary dict = new Dictionary(words, wordCounts, labels, labelCounts, ntokens, a[5], a[8], a[9], maxn,
        Dictionary.LABEL_PREFIX, keptBuckets, keptRows);
    boolean quantInput = in.readBool();
    if (!quantInput && pruneSize >= 0) {
      throw new IOException("a pruned dictionary with a dense input matrix (an old model: download it again)");
    }
    EmbeddingTable input = quantInput ? ProductQuantizedRows.read(in) : dense(in, "input");
    // a row per word, then one per n-gram bucket (only the kept ones after the tool's -cutoff)
    checkShape("input", input.rows(), input.dim(), (long) nwords + (pruneSize >= 0 ? pruneSize : a[8]), dim);
    boolean quantOutput = in.readBool();
    OutputTable output = quantInput && quantOutput ? ProductQuantizedRows.read(in) : dense(in, "output");
    checkShape("output", output.rows(), output.dim(), nlabels, dim);
    if (!in.atEnd()) {
      throw new IOException("unexpected bytes after the output matrix");
    }
    FastTextOptions o = new FastTextOptions(dim, 0.1, Math.max(1, a[2]), Math.max(1, a[5]), a[8], a[3], 0, a[9],
        maxn, Math.max(1, a[4]), Math.max(1, a[1]), loss, t > 0 ? t : 1e-4, Math.max(1, a[11]), 0, 1, null);
    return new FastText(null, dict, o, input, output, FastTextFormat.displayNames(labels, Dictionary.LABEL_PREFIX),
        loss == Loss.OVA, 0, null);
  }

  /**
   * Refuses arguments no tool run writes; {@code a} holds dim ws epoch minCount neg wordNgrams loss model bucket
   * minn maxn lrUpdateRate.
   */
  private static void checkArguments(int[] a, double t) throws IOException {
    String[] names = {"dim", "ws", "epoch", "minCount", "neg", "wordNgrams", "loss", "model", "bucket", "minn",
        "maxn", "lrUpdateRate"};
    for (int i = 0; i < a.length; i++) {
      long max = i == 0 ? MAX_DIM : i == 8 || i == 3 || i == 11 ? Integer.MAX_VALUE : MAX_SMALL;
      if (a[i] < (i == 0 ? 1 : 0) || a[i] > max) {
        throw new IOException("invalid header: " + names[i] + " " + a[i]);
      }
    }
    if (a[7] != MODEL_CBOW && a[7] != MODEL_SKIPGRAM && a[7] != MODEL_SUPERVISED) {
      throw new IOException("invalid header: model " + a[7]);
    }
    if (!(t >= 0 && t <= 1)) {
      throw new IOException("invalid header: sampling threshold " + t);
    }
  }

  /** The matrix has {@code expectedRows} rows of {@code dim} values. */
  private static void checkShape(String which, int rows, int cols, long expectedRows, int dim) throws IOException {
    if (cols != dim || rows != expectedRows) {
      throw new IOException("the " + which + " matrix is " + rows + " x " + cols + ", the header says "
          + expectedRows + " x " + dim);
    }
  }

  private static DenseMatrix dense(LittleEndianInput in, String which) throws IOException {
    long m = in.readLong();
    long n = in.readLong();
    int size = FastTextFormat.checkedSize(m, n);
    in.require(4L * size, "the " + which + " matrix of " + m + " x " + n);
    float[] data = new float[size];
    in.readFloats(data);
    return new DenseMatrix((int) m, (int) n, data);
  }
}
