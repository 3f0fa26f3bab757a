package org.fenlei.neural;

import org.fenlei.core.LabelSets;
import org.fenlei.core.Parallel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.fenlei.corpora.Document;
import org.fenlei.segment.Segmenter;
import org.fenlei.segment.SegmenterConfig;
import org.fenlei.segment.Segmenters;

/**
 * Supervised training as the tool's {@code fasttext supervised}: dictionary, random input rows (or pretrained
 * ones), zero output rows, then {@link Training} over the documents' precomputed input rows.
 */
final class SupervisedTrainer {
  private SupervisedTrainer() {}

  static FastText train(List<Document> docs, FastTextOptions o, SegmenterConfig segmenterConfig,
      boolean forceMultiLabel, long deadlineNanos, Shuffle shuffle) {
    Corpus c = tokenize(docs, segmenterConfig, o.thread(), LabelSets.multiLabel(docs, forceMultiLabel), "training");
    return train(c, o, segmenterConfig, forceMultiLabel, deadlineNanos, shuffle);
  }

  /**
   * The documents' tokens, segmented (or split on spaces when {@code segmenterConfig} is null), after checking
   * their labels ({@link LabelSets#check}): in a multi-label task a document may have none.
   */
  static Corpus tokenize(List<Document> docs, SegmenterConfig segmenterConfig, int threads, boolean multiLabel,
      String role) {
    LabelSets.check(docs, multiLabel, role);
    Segmenter seg = segmenterConfig == null ? null : Segmenters.create(segmenterConfig);
    List<List<String>> tokens = Parallel.map(docs,
        d -> seg != null ? seg.words(d.text()) : Tokens.split(d.text()), threads);
    List<List<String>> labels = new ArrayList<>(docs.size());
    for (Document d : docs) {
      labels.add(List.copyOf(new TreeSet<>(d.labels())));
    }
    return new Corpus(tokens, labels, multiLabel);
  }

  /** Tokenized documents, with their labels (none for a negative of every label in a multi-label corpus). */
  record Corpus(List<List<String>> tokens, List<List<String>> labels, boolean multiLabel) {
    boolean anyUnlabelled() {
      for (List<String> ls : labels) {
        if (ls.isEmpty()) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Refuses documents without labels under a loss that cannot learn from them: only one-vs-all trains a label
   * against documents lacking it (the tool itself skips such lines).
   */
  static void checkLoss(Corpus c, Loss loss) {
    if (loss != Loss.OVA && c.anyUnlabelled()) {
      throw new IllegalArgumentException("documents without labels need loss ova (one-vs-all), which learns them "
          + "as negatives for every label; loss " + loss.toolName() + " cannot learn \"no label\"");
    }
  }

  /**
   * Trains {@code m}'s (dense, pruned) input rows and its output rows further on {@code c}, with its options: the
   * tool's {@code quantize -retrain}, which lets the kept rows make up for the dropped ones.
   */
  static FastText retrain(FastText m, Corpus c, int threads) {
    Dictionary dict = m.dict;
    DenseMatrix wi = ((DenseMatrix) m.input).copy();
    DenseMatrix wo = ((DenseMatrix) m.output).copy();
    Map<String, Integer> labelIds = new java.util.HashMap<>();
    for (int i = 0; i < m.labels().size(); i++) {
      labelIds.put(m.labels().get(i), i);
    }
    Examples ex = Examples.encode(dict, c, labelIds);
    FastTextOptions o = m.options.withThread(threads);
    Sgd sgd = new Sgd(wi, wo, Objective.of(o.loss(), dict.labelCounts, o.neg()), true);
    TrainingStats stats = Training.run(ex.rows.length, ex.tokenTotal, o, dict.nlabels(), (i, lr, s) -> {
      sgd.supervised(ex.rows[i], ex.targets[i], lr, s);
      return ex.tokens[i];
    }, Long.MAX_VALUE);
    return new FastText(m.segmenterConfig().orElse(null), dict, m.options, wi, wo, m.labels(), m.multiLabel(),
        m.minLabels(), stats);
  }

  /** Documents as input rows, label ids and token counts. */
  record Examples(int[][] rows, int[][] targets, long[] tokens, long tokenTotal) {
    static Examples encode(Dictionary dict, Corpus c, Map<String, Integer> labelIds) {
      int n = c.tokens().size();
      int[][] rows = new int[n][];
      int[][] targets = new int[n][];
      long[] tokens = new long[n];
      long total = 0;
      IntList r = new IntList(256);
      IntList h = new IntList(256);
      for (int i = 0; i < n; i++) {
        List<String> ts = c.tokens().get(i);
        dict.encode(Tokens.line(ts), r, null, h);
        rows[i] = r.toArray();
        List<String> ls = c.labels().get(i);
        targets[i] = ls.stream().filter(labelIds::containsKey).mapToInt(labelIds::get).toArray();
        tokens[i] = ts.size() + 1L + ls.size();
        total += tokens[i];
      }
      return new Examples(rows, targets, tokens, total);
    }
  }

  static FastText train(Corpus c, FastTextOptions o, SegmenterConfig segmenterConfig, boolean forceMultiLabel,
      long deadlineNanos, Shuffle shuffle) {
    boolean multiLabel = forceMultiLabel || c.multiLabel();
    checkLoss(c, o.loss());
    DictionaryBuilder builder = new DictionaryBuilder();
    for (int i = 0; i < c.tokens().size(); i++) {
      builder.addLine(c.tokens().get(i), c.labels().get(i));
    }
    Map<String, float[]> pretrained = o.pretrainedVectors() == null ? Map.of() : VecFile.read(o.pretrainedVectors(),
        o.dim());
    Dictionary dict = builder.build(o.minCount(), o.minCountLabel(), o.wordNgrams(), o.effectiveBucket(), o.minn(),
        o.maxn(), pretrained.keySet());
    if (dict.nlabels() < 1 || dict.nlabels() < 2 && !multiLabel) {
      throw new IllegalArgumentException("training data needs at least " + (multiLabel ? "one label" : "two labels")
          + " (with minCountLabel=" + o.minCountLabel() + "), found " + List.of(dict.labels));
    }
    Map<String, Integer> labelIds = new java.util.HashMap<>();
    for (int i = 0; i < dict.labels.length; i++) {
      labelIds.put(dict.labels[i], i);
    }
    Examples ex = Examples.encode(dict, c, labelIds);
    DenseMatrix wi = new DenseMatrix(dict.inputRows(), o.dim());
    wi.uniform(1f / o.dim(), o.thread(), o.seed());
    for (Map.Entry<String, float[]> e : pretrained.entrySet()) {
      int id = dict.wordId(e.getKey());
      if (id >= 0) {
        System.arraycopy(e.getValue(), 0, wi.data, id * o.dim(), o.dim());
      }
    }
    DenseMatrix wo = new DenseMatrix(dict.nlabels(), o.dim());
    Sgd sgd = new Sgd(wi, wo, Objective.of(o.loss(), dict.labelCounts, o.neg()), true);
    TrainingStats stats = Training.run(ex.rows.length, dict.ntokens, o, dict.nlabels(), (i, lr, s) -> {
      sgd.supervised(ex.rows[i], ex.targets[i], lr, s);
      return ex.tokens[i];
    }, deadlineNanos, org.fenlei.core.Progress.NONE, shuffle);
    // a multi-label model predicts at least one label, unless "none" was among the answers it learnt
    int minLabels = multiLabel && !c.anyUnlabelled() ? 1 : 0;
    return new FastText(segmenterConfig, dict, o, wi, wo, List.of(dict.labels), multiLabel, minLabels, stats);
  }
}
