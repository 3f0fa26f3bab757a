package org.fenlei.features;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fenlei.segment.Segmenter;
import org.fenlei.segment.SegmenterConfig;
import org.fenlei.segment.Segmenters;
import org.fenlei.segment.Token;

/**
 * Text to features, the same at training and serving time: segmentation, token normalisation, word n-grams,
 * vocabulary lookup and weighting. Immutable and safe to share between threads; the whole configuration and
 * the vocabulary are written into the model file.
 */
public final class TextPipeline {
  /** Longer tokens (base64 blobs, runs of one letter) are cut to this many UTF-16 units. */
  static final int MAX_TOKEN_CHARS = 100;

  private final SegmenterConfig segmenterConfig;
  private final FeatureConfig featureConfig;
  private final Segmenter segmenter;
  private final Vocabulary vocabulary;

  private TextPipeline(SegmenterConfig segmenterConfig, FeatureConfig featureConfig, Segmenter segmenter,
      Vocabulary vocabulary) {
    this.segmenterConfig = segmenterConfig;
    this.featureConfig = featureConfig;
    this.segmenter = segmenter;
    this.vocabulary = vocabulary;
  }

  /** The n-gram terms of {@code text} under the given settings (no vocabulary needed). */
  public static List<String> terms(Segmenter segmenter, FeatureConfig config, String text) {
    List<Token> tokens = segmenter.segment(text);
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = normalize(tokens.get(i).text(), config.lowercase());
    }
    List<String> terms = new ArrayList<>(words.length * (config.maxN() - config.minN() + 1));
    StringBuilder sb = new StringBuilder();
    for (int n = config.minN(); n <= config.maxN(); n++) {
      for (int i = 0; i + n <= words.length; i++) {
        if (n == 1) {
          terms.add(words[i]);
          continue;
        }
        sb.setLength(0);
        for (int j = i; j < i + n; j++) {
          if (j > i) {
            sb.append(' '); // tokens never contain whitespace, so a space separates the words of an n-gram
          }
          sb.append(words[j]);
        }
        terms.add(sb.toString());
      }
    }
    return terms;
  }

  private static String normalize(String token, boolean lowercase) {
    String t = token;
    if (t.length() > MAX_TOKEN_CHARS) {
      int end = Character.isHighSurrogate(t.charAt(MAX_TOKEN_CHARS - 1)) ? MAX_TOKEN_CHARS - 1 : MAX_TOKEN_CHARS;
      t = t.substring(0, end);
    }
    return lowercase ? t.toLowerCase(Locale.ROOT) : t;
  }

  /** Builds the vocabulary from already extracted training terms. */
  public static TextPipeline fit(SegmenterConfig segmenterConfig, FeatureConfig featureConfig,
      List<List<String>> trainingTerms) {
    Vocabulary vocabulary =
        Vocabulary.build(trainingTerms, featureConfig.minCount(), featureConfig.maxDf());
    return new TextPipeline(segmenterConfig, featureConfig, Segmenters.create(segmenterConfig), vocabulary);
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

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** The n-gram terms of {@code text}. */
  public List<String> terms(String text) {
    return terms(segmenter, featureConfig, text);
  }

  /** The feature vector of {@code text}. */
  public SparseVector vectorize(String text) {
    return vectorize(terms(text));
  }

  /** The feature vector of a document's terms; terms outside the vocabulary are ignored. */
  public SparseVector vectorize(List<String> terms) {
    int[] idx = new int[terms.size()];
    float[] ones = new float[terms.size()];
    int n = 0;
    for (String t : terms) {
      int i = vocabulary.indexOf(t);
      if (i >= 0) {
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
      float tf = counts.value(k);
      outIdx[k] = i;
      out[k] = switch (featureConfig.weighting()) {
        case COUNT -> tf;
        case BINARY -> 1f;
        case TFIDF -> (float) ((1.0 + Math.log(tf)) * vocabulary.idf(i));
      };
    }
    SparseVector v = SparseVector.of(outIdx, out);
    return featureConfig.l2() ? v.l2Normalized() : v;
  }

  public void write(DataOutput out) throws IOException {
    segmenterConfig.write(out);
    featureConfig.write(out);
    vocabulary.write(out);
  }

  public static TextPipeline read(DataInput in) throws IOException {
    SegmenterConfig sc = SegmenterConfig.read(in);
    FeatureConfig fc = FeatureConfig.read(in);
    Vocabulary vocabulary = Vocabulary.read(in);
    return new TextPipeline(sc, fc, Segmenters.create(sc), vocabulary);
  }
}
