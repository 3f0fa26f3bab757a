package org.fenlei.features;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.fenlei.segment.Segmenter;
import org.fenlei.segment.SegmenterConfig;
import org.fenlei.segment.Segmenters;
import org.fenlei.segment.Token;

/**
 * Text to features, the same at training and serving time: segmentation, token normalisation, word and
 * character n-grams, term indexing (vocabulary or hashing), weighting, chi-square selection and L2
 * normalisation. Immutable and safe to share between threads; everything is written into the model file.
 */
public final class TextPipeline {
  /** Longer tokens (base64 blobs, runs of one letter) are cut to this many UTF-16 units. */
  static final int MAX_TOKEN_CHARS = 100;

  private final SegmenterConfig segmenterConfig;
  private final FeatureConfig featureConfig;
  private final Segmenter segmenter;
  private final TermIndex index;
  private final int[] selected; // kept feature indices, ascending; null keeps all
  private final int[] remap; // index -> position in selected, or -1

  private TextPipeline(SegmenterConfig segmenterConfig, FeatureConfig featureConfig, TermIndex index,
      int[] selected) {
    this.segmenterConfig = segmenterConfig;
    this.featureConfig = featureConfig;
    this.segmenter = Segmenters.create(segmenterConfig);
    this.index = index;
    this.selected = selected;
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
   */
  public static List<String> terms(Segmenter segmenter, FeatureConfig config, String text) {
    List<String> terms = new ArrayList<>();
    if (config.words()) {
      wordNgrams(segmenter.segment(text), config, terms);
    }
    if (config.chars()) {
      charNgrams(config.lowercase() ? text.toLowerCase(Locale.ROOT) : text, config, terms);
    }
    return terms;
  }

  private static void wordNgrams(List<Token> tokens, FeatureConfig config, List<String> terms) {
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = normalize(tokens.get(i).text(), config.lowercase());
    }
    StringBuilder sb = new StringBuilder();
    for (int n = config.wordMinN(); n <= config.wordMaxN(); n++) {
      for (int i = 0; i + n <= words.length; i++) {
        if (n == 1) {
          terms.add(words[i]);
          continue;
        }
        sb.setLength(0);
        for (int j = i; j < i + n; j++) {
          if (j > i) {
            sb.append(' ');
          }
          sb.append(words[j]);
        }
        terms.add(sb.toString());
      }
    }
  }

  private static void charNgrams(String text, FeatureConfig config, List<String> terms) {
    int[] cps = text.codePoints().toArray();
    StringBuilder sb = new StringBuilder();
    int start = 0;
    while (start < cps.length) {
      while (start < cps.length && Character.isWhitespace(cps[start])) {
        start++;
      }
      int end = start;
      while (end < cps.length && !Character.isWhitespace(cps[end])) {
        end++;
      }
      for (int n = config.charMinN(); n <= config.charMaxN(); n++) {
        for (int i = start; i + n <= end; i++) {
          sb.setLength(0);
          sb.append(' ');
          for (int j = i; j < i + n; j++) {
            sb.appendCodePoint(cps[j]);
          }
          terms.add(sb.toString());
        }
      }
      start = end;
    }
  }

  private static String normalize(String token, boolean lowercase) {
    String t = token;
    if (t.length() > MAX_TOKEN_CHARS) {
      int end = Character.isHighSurrogate(t.charAt(MAX_TOKEN_CHARS - 1)) ? MAX_TOKEN_CHARS - 1 : MAX_TOKEN_CHARS;
      t = t.substring(0, end);
    }
    return lowercase ? t.toLowerCase(Locale.ROOT) : t;
  }

  /**
   * Fits the term index on already extracted training terms and, when {@code selectK} asks for it, chooses the
   * features with the highest chi-square scores against the labels.
   */
  public static TextPipeline fit(SegmenterConfig segmenterConfig, FeatureConfig featureConfig,
      List<List<String>> trainingTerms, int[][] labelIds, int labelCount) {
    TermIndex index = featureConfig.hashing()
        ? HashedTerms.build(trainingTerms, featureConfig.buckets())
        : Vocabulary.build(trainingTerms, featureConfig.minCount(), featureConfig.maxDf());
    TextPipeline all = new TextPipeline(segmenterConfig, featureConfig, index, null);
    int k = featureConfig.selectK();
    if (k == 0 || k >= index.size()) {
      return all;
    }
    List<SparseVector> x = new ArrayList<>(trainingTerms.size());
    for (List<String> t : trainingTerms) {
      x.add(all.vectorize(t));
    }
    int[] keep = ChiSquare.topK(ChiSquare.scores(x, labelIds, labelCount, index.size()), k);
    return new TextPipeline(segmenterConfig, featureConfig, index, keep);
  }

  public Segmenter segmenter() {
    return segmenter;
  }

  public SegmenterConfig segmenterConfig() {
    return segmenterConfig;
  }

  public FeatureConfig featureConfig() {
    return featureConfig;
  }

  public TermIndex termIndex() {
    return index;
  }

  /** The number of features of {@link #vectorize} vectors. */
  public int dimension() {
    return selected == null ? index.size() : selected.length;
  }

  /** A readable name of feature {@code i} of {@link #vectorize} vectors. */
  public String describe(int i) {
    return index.describe(selected == null ? i : selected[i]);
  }

  /** The n-gram terms of {@code text}. */
  public List<String> terms(String text) {
    return terms(segmenter, featureConfig, text);
  }

  /** The feature vector of {@code text}. */
  public SparseVector vectorize(String text) {
    return vectorize(terms(text));
  }

  /** The feature vector of a document's terms; terms without a feature are ignored. */
  public SparseVector vectorize(List<String> terms) {
    int[] idx = new int[terms.size()];
    float[] ones = new float[terms.size()];
    int n = 0;
    for (String t : terms) {
      int i = index.indexOf(t);
      if (i >= 0 && (remap == null || remap[i] >= 0)) {
        idx[n] = i;
        ones[n] = 1f;
        n++;
      }
    }
    SparseVector counts = SparseVector.sumOf(idx, ones, n);
    int size = counts.size();
    int[] outIdx = new int[size];
    float[] out = new float[size];
    for (int k = 0; k < size; k++) {
      int i = counts.index(k);
      double tf = featureConfig.sublinear() ? 1.0 + Math.log(counts.value(k)) : counts.value(k);
      outIdx[k] = remap == null ? i : remap[i];
      out[k] = (float) switch (featureConfig.weighting()) {
        case COUNT -> tf;
        case BINARY -> 1.0;
        case TFIDF -> tf * index.idf(i);
      };
    }
    SparseVector v = SparseVector.of(outIdx, out);
    return featureConfig.l2() ? v.l2Normalized() : v;
  }

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
  }

  public static TextPipeline read(DataInput in) throws IOException {
    SegmenterConfig sc = SegmenterConfig.read(in);
    FeatureConfig fc = FeatureConfig.read(in);
    TermIndex index = fc.hashing() ? HashedTerms.read(in) : Vocabulary.read(in);
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
    return new TextPipeline(sc, fc, index, selected);
  }
}
