package org.fenlei.neural;

import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.fenlei.core.ModelFormatException;

/**
 * Reads the C++ tool's model files, {@code .bin} and product-quantized {@code .ftz} (little-endian): magic
 * {@value #MAGIC}, version (up to {@value #VERSION}), the arguments, the dictionary (words then labels, each a
 * NUL-terminated string, a count and a type byte; then the pruned buckets), the input matrix (dense, or quantized)
 * and the output matrix. Only supervised models are classifiers; word-vector models are refused by name.
 */
final class FastTextBin {
  static final int MAGIC = 793712314;
  static final int VERSION = 12;
  private static final int MODEL_SUPERVISED = 3;

  private FastTextBin() {}

  static boolean accepts(byte[] head, int length) {
    return length >= 4 && ((head[0] & 0xFF) | (head[1] & 0xFF) << 8 | (head[2] & 0xFF) << 16
        | (head[3] & 0xFF) << 24) == MAGIC;
  }

  static FastText read(Path path) throws IOException {
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      LittleEndianInput in = new LittleEndianInput(ch);
      try {
        return read(path, in);
      } catch (EOFException e) {
        throw new ModelFormatException(path, "truncated fastText model: " + e.getMessage(), e);
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
    if (version > VERSION) {
      throw new ModelFormatException(path, "fastText model version " + version + " is newer than this fenlei reads ("
          + VERSION + ")");
    }
    int[] a = new int[12];
    for (int i = 0; i < a.length; i++) {
      a[i] = in.readInt(); // dim ws epoch minCount neg wordNgrams loss model bucket minn maxn lrUpdateRate
    }
    double t = in.readDouble();
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
    if (size < 0 || nwords < 0 || nlabels < 0 || size != nwords + nlabels || pruneSize < -1
        || pruneSize > Integer.MAX_VALUE) {
      throw new IOException("bad dictionary header: " + size + " entries, " + nwords + " words, " + nlabels
          + " labels, " + pruneSize + " pruned buckets");
    }
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
      long[] pairs = new long[(int) pruneSize];
      for (int i = 0; i < pairs.length; i++) {
        int bucket = in.readInt();
        int row = in.readInt();
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
    EmbeddingTable input = quantInput ? ProductQuantizedRows.read(in) : dense(in);
    boolean quantOutput = in.readBool();
    OutputTable output = quantInput && quantOutput ? ProductQuantizedRows.read(in) : dense(in);
    if (!in.atEnd()) {
      throw new IOException("unexpected bytes after the output matrix");
    }
    FastTextOptions o = new FastTextOptions(dim, 0.1, Math.max(1, a[2]), Math.max(1, a[5]), a[8], a[3], 0, a[9],
        maxn, Math.max(1, a[4]), Math.max(1, a[1]), loss, t > 0 ? t : 1e-4, Math.max(1, a[11]), 0, 1, null);
    return new FastText(null, dict, o, input, output, FastTextFormat.displayNames(labels, Dictionary.LABEL_PREFIX),
        loss == Loss.OVA, 0, null);
  }

  private static DenseMatrix dense(LittleEndianInput in) throws IOException {
    long m = in.readLong();
    long n = in.readLong();
    float[] data = new float[FastTextFormat.checkedSize(m, n)];
    in.readFloats(data);
    return new DenseMatrix((int) m, (int) n, data);
  }
}
