package org.fenlei.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Where a model goes wrong, for people to read: its most confident errors, the (gold, predicted) pairs it
 * confuses most, and for multi-label data the labels it misses or invents most, each with example documents.
 * An error's confidence is the score of the wrongly predicted label, or for a missed label one minus its score.
 */
final class BadCases {
  /** One error: {@code label} was invented ({@code missed} false) or missed, at {@code score} (NaN if unscored). */
  record Case(Row row, int label, boolean missed, double score) {
    double confidence() {
      return Double.isNaN(score) ? -1 : missed ? 1 - score : score;
    }
  }

  /** {@code count} documents with gold {@code gold} given {@code predicted} (-1: nothing, or nothing wrong). */
  record Pair(int gold, int predicted, long count, List<Case> examples) {}

  /** A multi-label label's errors: {@code count} of {@code outOf} (its support when missed, else predictions). */
  record LabelErrors(int label, long count, long outOf, List<Case> examples) {}

  record Result(List<Case> confident, List<Pair> confusions, List<LabelErrors> missed, List<LabelErrors> invented) {}

  static final Comparator<Case> BY_CONFIDENCE = Comparator.comparingDouble(Case::confidence);

  private BadCases() {}

  static Result of(Evaluation e, int limit, int examples) {
    List<Row> rows = e.rows();
    int labels = e.labels().size();
    Top<Case> confident = new Top<>(limit);
    Map<Long, Acc> pairs = new HashMap<>();
    Acc[] missed = new Acc[labels];
    Acc[] invented = new Acc[labels];
    for (Row r : rows) {
      List<Case> errors = errors(r);
      if (!e.multiLabel()) {
        if (!errors.isEmpty()) {
          Case c = errors.get(0);
          confident.offer(c);
          int p = r.predicted().length == 0 ? -1 : r.predicted()[0];
          pairs.computeIfAbsent((long) r.gold()[0] * (labels + 1) + (p + 1), k -> new Acc(examples)).add(c);
        }
        continue;
      }
      for (Case c : errors) {
        confident.offer(c);
        Acc[] table = c.missed() ? missed : invented;
        if (table[c.label()] == null) {
          table[c.label()] = new Acc(examples);
        }
        table[c.label()].add(c);
      }
      for (Case m : errors) {
        for (Case i : errors) {
          if (m.missed() && !i.missed()) {
            pairs.computeIfAbsent((long) m.label() * (labels + 1) + (i.label() + 1), k -> new Acc(examples))
                .add(m.confidence() >= i.confidence() ? m : i);
          }
        }
      }
    }
    List<Pair> confusions = new ArrayList<>();
    pairs.forEach((k, a) -> confusions.add(new Pair((int) (k / (labels + 1)), (int) (k % (labels + 1)) - 1, a.count,
        a.examples.sorted())));
    confusions.sort(Comparator.comparingLong(Pair::count).reversed().thenComparingInt(Pair::gold)
        .thenComparingInt(Pair::predicted));
    Counts counts = e.counts();
    return new Result(confident.sorted(), confusions.subList(0, Math.min(limit, confusions.size())),
        labelErrors(missed, counts, true, limit), labelErrors(invented, counts, false, limit));
  }

  /** A multi-class document's error (one case, its predicted label or the missed gold one), or each wrong label. */
  private static List<Case> errors(Row r) {
    List<Case> out = new ArrayList<>();
    for (int i = 0; i < r.predicted().length; i++) {
      if (!Row.contains(r.gold(), r.predicted()[i])) {
        out.add(new Case(r, r.predicted()[i], false, r.scored() ? r.predictedScores()[i] : Double.NaN));
      }
    }
    for (int i = 0; i < r.gold().length; i++) {
      if (!Row.contains(r.predicted(), r.gold()[i])) {
        double s = r.scored() ? r.goldScores()[i] : Double.NaN;
        out.add(new Case(r, r.gold()[i], true, Double.isNaN(s) && r.scored() ? 0 : s));
      }
    }
    return out;
  }

  private static List<LabelErrors> labelErrors(Acc[] table, Counts c, boolean missed, int limit) {
    List<LabelErrors> out = new ArrayList<>();
    for (int l = 0; l < table.length; l++) {
      if (table[l] != null) {
        out.add(new LabelErrors(l, table[l].count, missed ? c.tp[l] + c.fn[l] : c.tp[l] + c.fp[l],
            table[l].examples.sorted()));
      }
    }
    out.sort(Comparator.comparingLong(LabelErrors::count).reversed().thenComparingInt(LabelErrors::label));
    return out.subList(0, Math.min(limit, out.size()));
  }

  private static final class Acc {
    long count;
    final Top<Case> examples;

    Acc(int examples) {
      this.examples = new Top<>(examples);
    }

    void add(Case c) {
      count++;
      examples.offer(c);
    }
  }

  /** The {@code k} most confident cases seen, kept in a bounded heap; ties keep the earlier document. */
  static final class Top<T extends Case> {
    private final int k;
    private final PriorityQueue<T> heap = new PriorityQueue<>(BY_CONFIDENCE);

    Top(int k) {
      this.k = k;
    }

    void offer(T c) {
      if (k == 0) {
        return;
      }
      if (heap.size() < k) {
        heap.add(c);
      } else if (c.confidence() > heap.peek().confidence()) {
        heap.poll();
        heap.add(c);
      }
    }

    List<T> sorted() {
      List<T> out = new ArrayList<>(heap);
      out.sort(BY_CONFIDENCE.reversed());
      return out;
    }
  }
}
