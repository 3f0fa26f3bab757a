package org.fenlei.features;

import org.fenlei.core.Parallel;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fenlei.segment.Segmenter;
import org.fenlei.segment.SegmenterConfig;
import org.fenlei.segment.Segmenters;

/**
 * Text to features, the same at training and serving time: segmentation, token normalisation, word and
 * character n-grams, term indexing (vocabulary or hashing), weighting, chi-square selection and L2
 * normalisation. Immutable and safe to share between threads; everything is written into the model file.
 */
public final class TextPipeline {
  private final SegmenterConfig segmenterConfig;
  private final FeatureConfig featureConfig;
  private final Segmenter segmenter;
  private final TermIndex index;
  private final int[] selected; // kept feature indices, ascending; null keeps all
  private final int[] remap; // index -> position in selected, or -1
  private final boolean sparse; // the n-gram features are part of the vector
  private final List<DenseBlock> blocks; // dense blocks appended after them

  /** A document's normalised words and its n-gram terms. */
  record Analysis(List<String> words, List<String> terms) {}

  private TextPipeline(SegmenterConfig segmenterConfig, FeatureConfig featureConfig, TermIndex index,
      int[] selected, boolean sparse, List<DenseBlock> blocks) {
    this.segmenterConfig = segmenterConfig;
    this.featureConfig = featureConfig;
    this.segmenter = Segmenters.create(segmenterConfig);
    this.index = index;
    this.selected = selected;
    this.sparse = sparse;
    this.blocks = List.copyOf(blocks);
    if (selected == null) {
      remap = null;
    } else {
      remap = new int[index.size()];
      Arrays.fill(remap, -1);
      for (int i = 0; i < selected.length; i++) {
        remap[selected[i]] = i;
      }
    }
  }

  /**
   * The n-gram terms of {@code text}: word n-grams joined by a space, then character n-grams, each starting
   * with a space (tokens never contain whitespace, so the two never collide).
   *
   * @param segmenter splits the text into words
   * @param config which n-grams to take, and whether to lower-case
   * @param text the document
   * @return its terms, in order of occurrence, repeats kept
   */
  public static List<String> terms(Segmenter segmenter, FeatureConfig config, String text) {
    return analyze(segmenter, config, text, false).terms();
  }

  /** The words (when {@code needWords} or word n-grams are on) and the n-gram terms of {@code text}. */
  static Analysis analyze(Segmenter segmenter, FeatureConfig config, String text, boolean needWords) {
    return Ngrams.analyze(segmenter, config, text, needWords);
  }

  /**
   * Fits the n-gram features alone to documents whose terms are already extracted: the term index (vocabulary or
   * hash buckets with their idf) and, when {@code featureConfig} asks for it, chi-square selection.
   *
   * @param segmenterConfig the segmenter the terms came from, stored so that serving segments the same way
   * @param featureConfig the n-gram settings the terms were extracted with
   * @param trainingTerms each training document's terms, as {@link #terms(Segmenter, FeatureConfig, String)}
   *     gives them
   * @param labelIds each document's label ids, for chi-square selection
   * @param labelCount the number of labels
   * @return the fitted pipeline
   */
  public static TextPipeline fit(SegmenterConfig segmenterConfig, FeatureConfig featureConfig,
      List<List<String>> trainingTerms, int[][] labelIds, int labelCount) {
    List<Analysis> docs = new ArrayList<>(trainingTerms.size());
    for (List<String> t : trainingTerms) {
      docs.add(new Analysis(List.of(), t));
    }
    return fit(segmenterConfig, featureConfig, Fusion.ngramsOnly(), docs, labelIds, labelCount, 1, 1L);
  }

  /**
   * Fits the n-gram features to document frequencies counted elsewhere (over the partitions of a cluster, from
   * {@link #terms(Segmenter, FeatureConfig, String)} of each document): the same pipeline as fitting on the
   * documents themselves. Only a vocabulary without chi-square selection can be fitted this way.
   *
   * @param segmenterConfig the segmenter the terms came from, stored so that serving segments the same way
   * @param featureConfig the n-gram settings the terms were extracted with: no hashing, no selection
   * @param documentFrequencies each term's number of documents
   * @param documents the number of documents
   * @return the fitted pipeline
   * @throws IllegalArgumentException when {@code featureConfig} asks for hashing or chi-square selection
   */
  public static TextPipeline fit(SegmenterConfig segmenterConfig, FeatureConfig featureConfig,
      java.util.Map<String, Integer> documentFrequencies, long documents) {
    if (featureConfig.hashing() || featureConfig.selectK() > 0) {
      throw new IllegalArgumentException("hashed or chi-square selected features need the documents, not only "
          + "their document frequencies");
    }
    TermIndex index = Vocabulary.of(documentFrequencies, documents, featureConfig.minCount(), featureConfig.maxDf());
    return new TextPipeline(segmenterConfig, featureConfig, index, null, true, List.of());
  }

  /**
   * Fits the term index on the training documents; when {@code selectK} asks for it, chooses the features with
   * the highest chi-square scores against the labels; then fits the dense blocks that {@code fusion} names.
   */
  static TextPipeline fit(SegmenterConfig segmenterConfig, FeatureConfig featureConfig, Fusion fusion,
      List<Analysis> docs, int[][] labelIds, int labelCount, int threads, long seed) {
    List<List<String>> terms = new ArrayList<>(docs.size());
    for (Analysis a : docs) {
      terms.add(a.terms());
    }
    TermIndex index = featureConfig.hashing()
        ? HashedTerms.build(terms, featureConfig.buckets())
        : Vocabulary.build(terms, featureConfig.minCount(), featureConfig.maxDf());
    TextPipeline all = new TextPipeline(segmenterConfig, featureConfig, index, null, true, List.of());
    List<SparseVector> bags = Parallel.map(terms, all::bag, threads);
    int k = featureConfig.selectK();
    int[] keep = null;
    if (k > 0 && k < index.size()) {
      keep = ChiSquare.topK(ChiSquare.scores(bags, labelIds, labelCount, index.size()), k);
    }
    List<DenseBlock> blocks = new ArrayList<>();
    if (fusion.lsi() > 0) {
      blocks.add(Lsi.fit(bags, index.size(), fusion.lsi(), fusion.lsiTerms(), seed));
    }
    if (fusion.lda() > 0) {
      List<List<String>> words = new ArrayList<>(docs.size());
      for (Analysis a : docs) {
        words.add(a.words());
      }
      blocks.add(Lda.fit(words, fusion.lda(), fusion.ldaIterations(), threads, seed));
    }
    try {
      if (fusion.vectors() != null) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Analysis a : docs) {
          seen.addAll(a.words());
        }
        blocks.add(new Embeddings(WordVectors.readVec(fusion.vectors(), seen), fusion.embedAverage(),
            fusion.embedMax()));
      }
      if (fusion.lexicon() != null) {
        blocks.add(Lexicon.read(fusion.lexicon(), featureConfig.lowercase()));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new TextPipeline(segmenterConfig, featureConfig, index, keep, fusion.ngrams(), blocks);
  }

  /** Whether the dense blocks need the document's words (so training must segment even without word n-grams). */
  static boolean needsWords(Fusion fusion) {
    return fusion.lda() > 0 || fusion.vectors() != null || fusion.lexicon() != null;
  }

  /** The dense blocks, in vector order after the n-gram features. */
  List<DenseBlock> blocks() {
    return blocks;
  }

  /**
   * The segmenter built from {@link #segmenterConfig()}.
   *
   * @return the segmenter, shared by every call of this pipeline
   */
  public Segmenter segmenter() {
    return segmenter;
  }

  /**
   * The segmentation this pipeline was fitted with, stored in the model.
   *
   * @return the segmenter configuration
   */
  public SegmenterConfig segmenterConfig() {
    return segmenterConfig;
  }

  /**
   * The n-gram settings this pipeline was fitted with, stored in the model.
   *
   * @return the feature configuration
   */
  public FeatureConfig featureConfig() {
    return featureConfig;
  }

  TermIndex termIndex() {
    return index;
  }

  private int sparseDimension() {
    return !sparse ? 0 : selected == null ? index.size() : selected.length;
  }

  /**
   * The number of features of {@link #vectorize(String)} vectors: the kept n-gram features (none when the fusion
   * leaves them out), then each dense block's.
   *
   * @return the vector dimension; every index of a vector is below it
   */
  public int dimension() {
    int d = sparseDimension();
    for (DenseBlock b : blocks) {
      d += b.dimension();
    }
    return d;
  }

  /**
   * A readable name of a feature of {@link #vectorize(String)} vectors, for reports and feature inspection: the
   * term (a character n-gram in brackets), {@code #bucket} when hashing, or the dense block's name for it.
   *
   * @param i the feature index, {@code 0 <= i < dimension()}
   * @return the feature's name
   * @throws IndexOutOfBoundsException when {@code i} is not below {@link #dimension()}
   */
  public String describe(int i) {
    int d = sparseDimension();
    if (i < d) {
      return index.describe(selected == null ? i : selected[i]);
    }
    for (DenseBlock b : blocks) {
      if (i < d + b.dimension()) {
        return b.describe(i - d);
      }
      d += b.dimension();
    }
    throw new IndexOutOfBoundsException("feature " + i + " of " + dimension());
  }

  /**
   * The n-gram terms of {@code text}, with this pipeline's segmenter and settings.
   *
   * @param text the document
   * @return its terms, as {@link #terms(Segmenter, FeatureConfig, String)} gives them
   */
  public List<String> terms(String text) {
    return terms(segmenter, featureConfig, text);
  }

  /** The words and terms of {@code text}, as this pipeline needs them. */
  Analysis analyze(String text) {
    return analyze(segmenter, featureConfig, text, !blocks.isEmpty());
  }

  /**
   * The feature vector of {@code text}: segmentation, n-grams, weighting, selection, normalisation and dense
   * blocks, exactly as at training time.
   *
   * @param text the document
   * @return its vector, of dimension {@link #dimension()}
   */
  public SparseVector vectorize(String text) {
    if (!blocks.isEmpty()) {
      return vectorize(analyze(text));
    }
    if (!sparse) {
      return SparseVector.EMPTY;
    }
    Ngrams.Ids ids = Ngrams.termIds(segmenter, featureConfig, text, index);
    return select(weigh(ids.a, ids.n));
  }

  /**
   * The feature vector of a document's terms, for a pipeline without dense blocks (those that need the words
   * see none).
   *
   * @param terms the document's terms, as {@link #terms(String)} gives them
   * @return its vector, of dimension {@link #dimension()}
   */
  public SparseVector vectorize(List<String> terms) {
    return vectorize(new Analysis(List.of(), terms));
  }

  /** The feature vector of an analysed document: n-gram features, then each dense block's. */
  SparseVector vectorize(Analysis a) {
    SparseVector bag = bag(a.terms());
    if (blocks.isEmpty()) {
      return sparse ? select(bag) : SparseVector.EMPTY;
    }
    SparseVector head = sparse ? select(bag) : SparseVector.EMPTY;
    int d = sparseDimension();
    int dense = dimension() - d;
    float[] values = new float[dense];
    int offset = 0;
    for (DenseBlock b : blocks) {
      b.compute(a.words(), bag, values, offset);
      offset += b.dimension();
    }
    int[] idx = new int[head.size() + dense];
    float[] val = new float[head.size() + dense];
    for (int k = 0; k < head.size(); k++) {
      idx[k] = head.index(k);
      val[k] = head.value(k);
    }
    int n = head.size();
    for (int j = 0; j < dense; j++) {
      if (values[j] != 0) {
        idx[n] = d + j;
        val[n] = values[j];
        n++;
      }
    }
    return SparseVector.of(java.util.Arrays.copyOf(idx, n), java.util.Arrays.copyOf(val, n));
  }

  /** The kept features of a bag, renumbered, L2-normalised again when selection dropped some. */
  private SparseVector select(SparseVector bag) {
    if (remap == null) {
      return bag;
    }
    int[] idx = new int[bag.size()];
    float[] val = new float[bag.size()];
    int n = 0;
    for (int k = 0; k < bag.size(); k++) {
      int r = remap[bag.index(k)];
      if (r >= 0) {
        idx[n] = r;
        val[n] = bag.value(k);
        n++;
      }
    }
    SparseVector v = SparseVector.of(java.util.Arrays.copyOf(idx, n), java.util.Arrays.copyOf(val, n));
    return featureConfig.l2() ? v.l2Normalized() : v;
  }

  /** The weighted (and L2-normalised) n-gram vector over all indexed features. */
  SparseVector bag(List<String> terms) {
    int[] idx = new int[terms.size()];
    int n = 0;
    for (String t : terms) {
      int i = index.indexOf(t);
      if (i >= 0) {
        idx[n++] = i;
      }
    }
    return weigh(idx, n);
  }

  /**
   * Sorts {@code a[0, n)}: insertion sort for a short document's terms (one small method the JIT
   * compiles once; the JDK's sort was compiled seven times in a short run), the JDK's sort above 128 terms.
   */
  private void sort(int[] a, int n) {
    if (n > 128) {
      radixSort(a, n, index.size());
      return;
    }
    for (int i = 1; i < n; i++) {
      int x = a[i];
      int j = i - 1;
      while (j >= 0 && a[j] > x) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = x;
    }
  }

  /**
   * Sorts {@code a[0, n)}, values in {@code [0, bound)}, by bytes from the lowest (LSD radix sort): a long
   * document's 10,000 term indices in a tenth of the time of a comparison sort, and one small method for the JIT.
   */
  static void radixSort(int[] a, int n, int bound) {
    int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, bound - 1));
    // digits of up to 11 bits for many values (two passes for a million features), of up to 8 for fewer, whose
    // passes would be spent clearing and summing the counts
    int passes = (bits + (n >= 4096 ? 10 : 7)) / (n >= 4096 ? 11 : 8);
    int digit = Math.max(1, (bits + passes - 1) / Math.max(1, passes));
    int radix = 1 << digit;
    int[] src = a;
    int[] dst = new int[n];
    int[] count = new int[radix + 1];
    for (int shift = 0; shift < bits; shift += digit) {
      startsOfDigits(src, n, shift, radix - 1, count);
      scatterByDigit(src, n, shift, radix - 1, count, dst);
      int[] t = src;
      src = dst;
      dst = t;
    }
    if (src != a) {
      System.arraycopy(src, 0, a, 0, n);
    }
  }

  // radixSort's loops in methods of their own, as weigh's (compiled once each instead of the whole sort three times)

  /** {@code count[d]}: where the values whose digit at {@code shift} is {@code d} start in the sorted order. */
  private static void startsOfDigits(int[] src, int n, int shift, int mask, int[] count) {
    java.util.Arrays.fill(count, 0);
    for (int k = 0; k < n; k++) {
      count[((src[k] >>> shift) & mask) + 1]++;
    }
    for (int d = 0; d < mask + 1; d++) {
      count[d + 1] += count[d];
    }
  }

  /** Moves each value of {@code src[0, n)} to the next place of its digit, stably. */
  private static void scatterByDigit(int[] src, int n, int shift, int mask, int[] count, int[] dst) {
    for (int k = 0; k < n; k++) {
      int v = src[k];
      dst[count[(v >>> shift) & mask]++] = v;
    }
  }

  /** The weighted (and L2-normalised) vector of the term indices {@code idx[0, n)}, in any order; sorts them. */
  private SparseVector weigh(int[] idx, int n) {
    sort(idx, n);
    int size = countDistinct(idx, n);
    int[] outIdx = new int[size];
    float[] out = new float[size];
    countRuns(idx, n, outIdx, out);
    applyWeights(outIdx, out);
    SparseVector v = SparseVector.of(outIdx, out);
    return featureConfig.l2() ? v.l2Normalized() : v;
  }

  // weigh's loops in methods of their own: a long document's loops are compiled on the stack (OSR) one by one, and
  // the method holding them all was compiled five times in a 5,000-article run

  /** The number of distinct values of the sorted {@code idx[0, n)}. */
  private static int countDistinct(int[] idx, int n) {
    int size = 0;
    for (int k = 0; k < n; k++) {
      if (k == 0 || idx[k] != idx[k - 1]) {
        size++;
      }
    }
    return size;
  }

  /** Each distinct value of the sorted {@code idx[0, n)} with the length of its run. */
  private static void countRuns(int[] idx, int n, int[] outIdx, float[] out) {
    for (int k = 0, o = -1; k < n; k++) {
      if (k > 0 && idx[k] == idx[k - 1]) {
        out[o]++;
      } else {
        outIdx[++o] = idx[k];
        out[o] = 1f;
      }
    }
  }

  /** Term counts to weights, in place. */
  private void applyWeights(int[] outIdx, float[] out) {
    for (int k = 0; k < out.length; k++) {
      int i = outIdx[k];
      // most terms occur once: 1 + log(1) = 1 exactly, without the call
      double tf = featureConfig.sublinear() && out[k] != 1f ? 1.0 + Math.log(out[k]) : out[k];
      out[k] = (float) switch (featureConfig.weighting()) {
        case COUNT -> tf;
        case BINARY -> 1.0;
        case TFIDF -> tf * index.idf(i);
      };
    }
  }

  /**
   * Writes the whole pipeline (segmenter and feature configuration, term index, selected features, dense blocks)
   * for {@link #read}.
   *
   * @param out where to write
   * @throws IOException when writing fails
   */
  public void write(DataOutput out) throws IOException {
    segmenterConfig.write(out);
    featureConfig.write(out);
    index.write(out);
    out.writeInt(selected == null ? -1 : selected.length);
    if (selected != null) {
      for (int i : selected) {
        out.writeInt(i);
      }
    }
    out.writeBoolean(sparse);
    out.writeInt(blocks.size());
    for (DenseBlock b : blocks) {
      DenseBlocks.write(b, out);
    }
  }

  /**
   * Reads what {@link #write} wrote.
   *
   * @param in where to read
   * @return the pipeline
   * @throws IOException when reading fails, a format version or block is unknown, or the data is invalid
   */
  public static TextPipeline read(DataInput in) throws IOException {
    SegmenterConfig sc = SegmenterConfig.read(in);
    int version = FeatureConfig.readVersion(in);
    FeatureConfig fc = FeatureConfig.readAfterVersion(in);
    TermIndex index = fc.hashing() ? HashedTerms.read(in) : Vocabulary.read(in, version >= 2);
    int n = in.readInt();
    int[] selected = null;
    if (n >= 0) {
      selected = new int[n];
      for (int i = 0; i < n; i++) {
        selected[i] = in.readInt();
        if (selected[i] < 0 || selected[i] >= index.size() || (i > 0 && selected[i] <= selected[i - 1])) {
          throw new IOException("invalid selected feature " + selected[i] + " at " + i);
        }
      }
    }
    boolean sparse = in.readBoolean();
    int n2 = in.readInt();
    if (n2 < 0 || n2 > 16) {
      throw new IOException("invalid feature block count " + n2);
    }
    List<DenseBlock> blocks = new ArrayList<>();
    for (int i = 0; i < n2; i++) {
      blocks.add(DenseBlocks.read(in));
    }
    return new TextPipeline(sc, fc, index, selected, sparse, blocks);
  }
}
