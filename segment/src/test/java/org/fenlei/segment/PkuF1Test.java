package org.fenlei.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Word precision, recall and F1 on the SIGHAN 2005 (icwb2) PKU test set, sentence by sentence, words as spans
 * over the non-whitespace characters (the bakeoff's {@code score}). Python jieba 0.42.1 scores P 0.85265,
 * R 0.78660, F1 0.81829 with its default dictionary, and 0.8185 with {@code pku_training_words.utf8} loaded by
 * {@code load_userdict}; fenlei's segmenter agrees with it token for token when URL protection and user-word
 * precedence are off.
 */
class PkuF1Test {
  private static final Path DIR = Corpora.root().resolve("icwb2");

  @Test
  void defaultDictionaryAsPythonJieba() throws IOException {
    double[] prf = score(SegmenterConfig.jieba().withProtectUrls(false).withUserFirst(false));
    assertEquals(0.85265, prf[0], 5e-6, "precision");
    assertEquals(0.78660, prf[1], 5e-6, "recall");
    assertEquals(0.81829, prf[2], 5e-6, "F1");
  }

  @Test
  void defaultDictionaryWithUrlsWhole() throws IOException {
    // two sentences hold a www. address, which the gold standard keeps whole too
    double[] prf = score(SegmenterConfig.jieba());
    assertTrue(prf[2] >= 0.80, "PKU F1 " + prf[2]);
    assertEquals(0.81833, prf[2], 5e-6, "F1");
  }

  @Test
  void trainingWordsAsUserDictionary() throws IOException {
    Path dict = DIR.resolve("pku_training_words.utf8");
    assumeTrue(Files.isRegularFile(dict), "no icwb2 training words at " + DIR);
    List<String> words = Files.readAllLines(dict, StandardCharsets.UTF_8);
    double[] python = score(SegmenterConfig.jieba().withUserFirst(false).withUserDict(words));
    assertEquals(0.81856, python[2], 5e-6, "F1 with Python jieba's user-word ranking");
    double[] first = score(SegmenterConfig.jieba().withUserDict(words));
    assertTrue(first[2] >= 0.88, "PKU F1 with the training words first: " + first[2]);
    assertEquals(0.88913, first[0], 5e-6, "precision");
    assertEquals(0.92463, first[1], 5e-6, "recall");
    assertEquals(0.90653, first[2], 5e-6, "F1");
  }

  /** Precision, recall and F1 of {@code config} on the PKU test set. */
  private static double[] score(SegmenterConfig config) throws IOException {
    Path test = DIR.resolve("pku_test.utf8");
    Path gold = DIR.resolve("pku_test_gold.utf8");
    assumeTrue(Files.isRegularFile(test) && Files.isRegularFile(gold), "no icwb2 corpus at " + DIR);
    List<String> inputs = lines(test);
    List<String> golds = lines(gold);
    assertEquals(golds.size(), inputs.size(), "sentences in test and gold");
    Segmenter seg = Segmenters.create(config);
    long correct = 0;
    long predicted = 0;
    long expected = 0;
    for (int i = 0; i < inputs.size(); i++) {
      Set<Long> goldSpans = new HashSet<>();
      int pos = 0;
      StringBuilder goldText = new StringBuilder();
      for (String word : golds.get(i).strip().split("\\s+")) {
        if (!word.isEmpty()) {
          goldSpans.add(span(pos, pos + word.length()));
          pos += word.length();
          goldText.append(word);
        }
      }
      StringBuilder ourText = new StringBuilder();
      pos = 0;
      for (Token t : seg.segment(inputs.get(i))) {
        predicted++;
        if (goldSpans.contains(span(pos, pos + t.text().length()))) {
          correct++;
        }
        pos += t.text().length();
        ourText.append(t.text());
      }
      assertEquals(goldText.toString(), ourText.toString(), "characters of sentence " + (i + 1));
      expected += goldSpans.size();
    }
    double p = (double) correct / predicted;
    double r = (double) correct / expected;
    return new double[] {p, r, 2 * p * r / (p + r)};
  }

  private static long span(int start, int end) {
    return ((long) start << 32) | end;
  }

  private static List<String> lines(Path file) throws IOException {
    return List.of(Files.readString(file, StandardCharsets.UTF_8).split("\r?\n"));
  }
}
