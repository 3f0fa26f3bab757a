package org.fenlei.neural;

import org.fenlei.core.Progress;
import java.io.IOException;
import java.util.Iterator;
import java.util.stream.Stream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Unsupervised word vectors as the tool's {@code fasttext skipgram} and {@code fasttext cbow} (Bojanowski et al.
 * 2017): each word is the mean of its row and its character n-gram rows; skipgram predicts the words around each
 * word from it, cbow each word from the mean of the words around it; frequent words are sub-sampled (threshold
 * {@code t}); the loss is over the vocabulary ({@code ns} by default). Defaults: {@link FastTextOptions#unsupervised}.
 * Immutable once trained.
 */
public final class WordVectors {
  /** The two architectures. */
  public enum Model {
    /** Skipgram: each word's vector predicts the words around it. */
    SKIPGRAM,
    /** Continuous bag of words: the mean of the surrounding words' vectors predicts each word. */
    CBOW
  }

  private static final int MAX_LINE_SIZE = 1024;
  private final Dictionary dict;
  private final DenseMatrix input;
  private final TrainingStats stats;

  private WordVectors(Dictionary dict, DenseMatrix input, TrainingStats stats) {
    this.dict = dict;
    this.input = input;
    this.stats = stats;
  }

  /**
   * Token lines that can be read more than once: training reads them twice, once to count the words and once to
   * turn them into word ids, so that a corpus larger than memory needs only its ids (4 bytes a kept token) held.
   */
  @FunctionalInterface
  public interface Lines {
    /**
     * A fresh pass over the lines, in the same order every time; training closes it.
     *
     * @return the lines, each a list of tokens
     * @throws IOException when the lines cannot be opened
     */
    Stream<List<String>> open() throws IOException;
  }

  /**
   * The tokens of text already split on whitespace, as the tool reads them (its separators, NUL included).
   *
   * @param text the text
   * @return its tokens in order, without empty ones
   */
  public static List<String> pretokenized(String text) {
    return Tokens.split(text);
  }

  /**
   * Trains on lines of tokens (already segmented; training ends every line with the end-of-line word
   * {@code </s>}, as the tool does). Lines longer than 1024 tokens are cut into pieces of that size. With one
   * thread training is reproducible from {@code o.seed()}; with several it varies slightly from run to run.
   *
   * @param lines the lines, each a list of tokens
   * @param model skipgram or cbow
   * @param o the options, usually from {@link FastTextOptions#unsupervised}; {@code wordNgrams},
   *     {@code minCountLabel} and {@code pretrainedVectors} are ignored
   * @return the trained vectors
   * @throws IllegalArgumentException when no word occurs {@code minCount} times
   */
  public static WordVectors train(List<List<String>> lines, Model model, FastTextOptions o) {
    try {
      return train(lines::stream, model, o);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a list does not fail to iterate
    }
  }

  /**
   * As {@link #train(List, Model, FastTextOptions)}, reading {@code lines} twice.
   *
   * @param lines the lines, opened twice and giving the same lines in the same order both times
   * @param model skipgram or cbow
   * @param o the options, as for {@link #train(List, Model, FastTextOptions)}
   * @return the trained vectors
   * @throws IOException when a pass over the lines fails
   * @throws IllegalArgumentException when no word occurs {@code minCount} times
   */
  public static WordVectors train(Lines lines, Model model, FastTextOptions o) throws IOException {
    return train(lines, model, o, Progress.NONE);
  }

  /**
   * As {@link #train(Lines, Model, FastTextOptions)}, reporting how far it is: stage "vocabulary" while the lines
   * are read, then "training" (tokens processed of {@code epoch * tokens}) about four times a second.
   *
   * @param lines the lines, opened twice and giving the same lines in the same order both times
   * @param model skipgram or cbow
   * @param o the options, as for {@link #train(List, Model, FastTextOptions)}
   * @param progress where to report
   * @return the trained vectors
   * @throws IOException when a pass over the lines fails
   * @throws IllegalArgumentException when no word occurs {@code minCount} times
   */
  public static WordVectors train(Lines lines, Model model, FastTextOptions o, Progress progress)
      throws IOException {
    progress.update("vocabulary", 0, -1);
    DictionaryBuilder b = new DictionaryBuilder();
    try (Stream<List<String>> pass = lines.open()) {
      pass.forEachOrdered(line -> b.addLine(line, List.of()));
    }
    Dictionary dict = b.build(o.minCount(), 0, 1, o.bucket(), o.minn(), o.maxn(), java.util.Set.of());
    float[] pdiscard = new float[dict.nwords()];
    for (int i = 0; i < pdiscard.length; i++) {
      double f = (double) dict.wordCounts[i] / dict.ntokens;
      pdiscard[i] = (float) (Math.sqrt(o.t() / f) + o.t() / f);
    }
    List<int[]> chunks = new ArrayList<>();
    IntList ids = new IntList(64);
    try (Stream<List<String>> pass = lines.open()) {
      for (Iterator<List<String>> it = pass.iterator(); it.hasNext(); ) {
        addChunks(Tokens.line(it.next()), dict, ids, chunks);
      }
    }
    DenseMatrix wi = new DenseMatrix(dict.inputRows(), o.dim());
    wi.uniform(1f / o.dim(), o.thread(), o.seed());
    DenseMatrix wo = new DenseMatrix(dict.nwords(), o.dim());
    Sgd sgd = new Sgd(wi, wo, Objective.of(o.loss(), dict.wordCounts, o.neg()), false);
    int[][] subwords = new int[dict.nwords()][];
    for (int i = 0; i < subwords.length; i++) {
      subwords[i] = dict.subwords(i);
    }
    TrainingStats stats = Training.run(chunks.size(), dict.ntokens, o, dict.nwords(), (i, lr, s) -> {
      IntList line = s.rows;
      line.clear();
      for (int id : chunks.get(i)) {
        if (s.rng.nextFloat() <= pdiscard[id]) {
          line.add(id);
        }
      }
      if (model == Model.SKIPGRAM) {
        skipgram(sgd, subwords, line, o.ws(), lr, s);
      } else {
        cbow(sgd, subwords, line, o.ws(), lr, s);
      }
      return chunks.get(i).length;
    }, Long.MAX_VALUE, progress, Shuffle.NONE);
    return new WordVectors(dict, wi, stats);
  }

  /** A line's known word ids, in chunks of at most {@link #MAX_LINE_SIZE} tokens as the tool reads them. */
  private static void addChunks(List<String> ts, Dictionary dict, IntList ids, List<int[]> chunks) {
    for (int from = 0; from < ts.size(); from += MAX_LINE_SIZE) {
      ids.clear();
      for (String t : ts.subList(from, Math.min(ts.size(), from + MAX_LINE_SIZE))) {
        int id = dict.wordId(t);
        if (id >= 0) {
          ids.add(id);
        }
      }
      chunks.add(ids.toArray());
    }
  }

  private static void skipgram(Sgd sgd, int[][] subwords, IntList line, int ws, float lr, State s) {
    for (int w = 0; w < line.size; w++) {
      int boundary = 1 + s.rng.nextInt(ws);
      int[] ngrams = subwords[line.a[w]];
      for (int c = -boundary; c <= boundary; c++) {
        if (c != 0 && w + c >= 0 && w + c < line.size) {
          sgd.update(ngrams, ngrams.length, line.a, w + c, lr, s);
        }
      }
    }
  }

  private static void cbow(Sgd sgd, int[][] subwords, IntList line, int ws, float lr, State s) {
    IntList bow = s.hashes;
    for (int w = 0; w < line.size; w++) {
      int boundary = 1 + s.rng.nextInt(ws);
      bow.clear();
      for (int c = -boundary; c <= boundary; c++) {
        if (c != 0 && w + c >= 0 && w + c < line.size) {
          for (int r : subwords[line.a[w + c]]) {
            bow.add(r);
          }
        }
      }
      sgd.update(bow.a, bow.size, line.a, w, lr, s);
    }
  }

  /**
   * The vocabulary, most frequent first.
   *
   * @return the words, unmodifiable; the end-of-line word {@code </s>}, which every line counts once, is one of
   *     them unless {@code minCount} dropped it
   */
  public List<String> words() {
    return Collections.unmodifiableList(java.util.Arrays.asList(dict.words));
  }

  /**
   * The vector of any word: the mean of its row (if known) and its character n-gram rows; zeros if it has none.
   * Safe to call from several threads.
   *
   * @param word the word
   * @return a new array of {@code dim} components
   */
  public float[] vector(String word) {
    int id = dict.wordId(word);
    IntList rows = new IntList(16);
    if (id >= 0) {
      for (int r : dict.subwords(id)) {
        rows.add(r);
      }
    } else if (!word.equals(Dictionary.EOS)) {
      dict.charNgrams(word, rows);
    }
    float[] v = new float[input.cols];
    input.bag(rows.a, rows.size, v);
    return v;
  }

  /**
   * What training did.
   *
   * @return the statistics
   */
  public TrainingStats trainingStats() {
    return stats;
  }

  /**
   * Writes every vocabulary word's vector as a {@code .vec} file, as the tool does, in the order of
   * {@link #words()}; an existing file is replaced.
   *
   * @param file the file to write
   * @throws IOException when the file cannot be written
   */
  public void writeVec(Path file) throws IOException {
    float[][] v = new float[dict.nwords()][];
    for (int i = 0; i < v.length; i++) {
      v[i] = vector(dict.words[i]);
    }
    VecFile.write(file, words(), v);
  }
}
