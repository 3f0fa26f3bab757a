package org.fenlei.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.fenlei.segment.SegmenterConfig;
import org.fenlei.segment.Segmenters;
import org.junit.jupiter.api.Test;

class TextPipelineTest {
  private static final FeatureConfig CHARS = new FeatureConfig(1, 0, 1, 2, 0, 1, 1.0, Weighting.TFIDF, true, false,
      true, 0);

  @Test
  void characterNgramsStayInsideWhitespaceFreeRunsAndKeepSurrogatePairs() {
    List<String> terms = TextPipeline.terms(Segmenters.create(SegmenterConfig.jieba()), CHARS, "A𠀀 中");
    assertEquals(List.of(" a", " 𠀀", " a𠀀", " 中"), terms);
  }

  @Test
  void wordNgramsJoinTokensWithASpace() {
    FeatureConfig words = new FeatureConfig().withWords(1, 2);
    List<String> terms = TextPipeline.terms(Segmenters.create(SegmenterConfig.jieba()), words, "我爱北京");
    assertEquals(List.of("我", "爱", "北京", "我 爱", "爱 北京"), terms);
  }

  @Test
  void sublinearTfIdfByHand() throws IOException {
    List<List<String>> docs = List.of(List.of(" a", " a", " b"), List.of(" b"), List.of(" c"));
    TextPipeline p = TextPipeline.fit(SegmenterConfig.jieba(), CHARS, docs, new int[][] {{0}, {1}, {0}}, 2);
    SparseVector v = p.vectorize(List.of(" a", " a", " b", " zz"));
    // n = 3; df(a) = 1, df(b) = 2; weights (1 + ln 2) * (ln(4/2) + 1) and 1 * (ln(4/3) + 1); no L2
    TermIndex index = p.termIndex();
    assertEquals(2, v.size());
    assertEquals(index.indexOf(" a"), v.index(0));
    assertEquals((1 + Math.log(2)) * (Math.log(2) + 1), v.value(0), 1e-5);
    assertEquals(Math.log(4.0 / 3) + 1, v.value(1), 1e-6);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    p.write(new DataOutputStream(bytes));
    TextPipeline r = TextPipeline.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertEquals(v, r.vectorize(List.of(" a", " a", " b", " zz")));
  }

  /** A model written before the packed vocabulary (feature configuration version 1) reads and vectorizes the same. */
  @Test
  void aPipelineOfFormatVersionOneStillReads() throws IOException {
    List<List<String>> docs = List.of(List.of(" a", " a", " b"), List.of(" b"), List.of(" c", " 中"));
    TextPipeline p = TextPipeline.fit(SegmenterConfig.jieba(), CHARS, docs, new int[][] {{0}, {1}, {0}}, 2);
    ByteArrayOutputStream now = new ByteArrayOutputStream();
    p.write(new DataOutputStream(now));
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    SegmenterConfig.jieba().write(new DataOutputStream(head));
    ByteArrayOutputStream config = new ByteArrayOutputStream();
    CHARS.write(new DataOutputStream(config));
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    Vocabulary v = (Vocabulary) p.termIndex();
    v.write(new DataOutputStream(packed));

    ByteArrayOutputStream old = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(old);
    out.write(head.toByteArray());
    byte[] c = config.toByteArray();
    assertEquals(FeatureConfig.FORMAT_VERSION, c[3]);
    c[3] = 1;
    out.write(c);
    out.writeInt(v.size());
    for (int i = 0; i < v.size(); i++) {
      out.writeUTF(v.term(i));
      out.writeFloat(v.idf(i));
    }
    int rest = head.size() + config.size() + packed.size();
    out.write(now.toByteArray(), rest, now.size() - rest);

    TextPipeline r = TextPipeline.read(new DataInputStream(new ByteArrayInputStream(old.toByteArray())));
    List<String> doc = List.of(" a", " 中", " b", " zz");
    assertEquals(p.vectorize(doc), r.vectorize(doc));
    assertEquals(p.vectorize("中a"), r.vectorize("中a"));
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    r.write(new DataOutputStream(again));
    assertEquals(java.util.Arrays.toString(now.toByteArray()), java.util.Arrays.toString(again.toByteArray()));
  }

  @Test
  void chiSquareByHand() {
    // feature 0 only in class 0, feature 1 everywhere equally
    List<SparseVector> x = List.of(SparseVector.of(new int[] {0, 1}, new float[] {1, 1}),
        SparseVector.of(new int[] {1}, new float[] {1}));
    double[] s = ChiSquare.scores(x, new int[][] {{0}, {1}}, 2, 2);
    // feature 0: observed (1, 0), expected (0.5, 0.5): 0.25/0.5 * 2 = 1; feature 1: observed = expected
    assertEquals(1.0, s[0], 1e-12);
    assertEquals(0.0, s[1], 1e-12);
    assertEquals(List.of(0), java.util.Arrays.stream(ChiSquare.topK(s, 1)).boxed().toList());
  }

  @Test
  void selectionKeepsTheTopFeaturesAndRenumbersThem() {
    List<List<String>> docs = List.of(List.of(" a", " x"), List.of(" b", " x"), List.of(" a", " x"),
        List.of(" b", " x"));
    FeatureConfig f = CHARS.withSelectK(2);
    TextPipeline p = TextPipeline.fit(SegmenterConfig.jieba(), f, docs, new int[][] {{0}, {1}, {0}, {1}}, 2);
    assertEquals(2, p.dimension());
    assertEquals("[a]", p.describe(0));
    assertEquals("[b]", p.describe(1));
    assertEquals(0, p.vectorize(List.of(" x")).size());
  }
}
