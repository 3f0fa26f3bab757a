package org.fenlei.eval;

import java.util.List;

/**
 * Every document's decisions flattened into arrays: per document its true positive, false positive and false
 * negative labels, and its per-document rates. The bootstrap and the paired tests add documents millions of
 * times; this layout makes each addition a short run over two arrays.
 */
final class Outcomes {
  static final byte TP = 0;
  static final byte FP = 1;
  static final byte FN = 2;

  final int documents;
  final int[] start; // document d's outcomes are [start[d], start[d + 1])
  final int[] label;
  final byte[] kind;
  final int[] gold;
  final int[] predicted;
  final int[] errors; // wrong (document, label) decisions: false positives + false negatives
  final double[] samplePrecision; // |gold ∩ predicted| / |predicted|, 0 without prediction (zero_division=0)
  final double[] sampleRecall;
  final double[] sampleF1;

  private Outcomes(int documents, int outcomes) {
    this.documents = documents;
    this.start = new int[documents + 1];
    this.label = new int[outcomes];
    this.kind = new byte[outcomes];
    this.gold = new int[documents];
    this.predicted = new int[documents];
    this.errors = new int[documents];
    this.samplePrecision = new double[documents];
    this.sampleRecall = new double[documents];
    this.sampleF1 = new double[documents];
  }

  static Outcomes of(List<Row> rows) {
    int total = 0;
    for (Row r : rows) {
      total += r.gold().length + r.predicted().length - r.hits();
    }
    Outcomes o = new Outcomes(rows.size(), total);
    int at = 0;
    for (int d = 0; d < rows.size(); d++) {
      Row r = rows.get(d);
      o.start[d] = at;
      int hits = 0;
      for (int p : r.predicted()) {
        boolean hit = Row.contains(r.gold(), p);
        hits += hit ? 1 : 0;
        o.label[at] = p;
        o.kind[at++] = hit ? TP : FP;
      }
      for (int g : r.gold()) {
        if (!Row.contains(r.predicted(), g)) {
          o.label[at] = g;
          o.kind[at++] = FN;
        }
      }
      o.gold[d] = r.gold().length;
      o.predicted[d] = r.predicted().length;
      o.errors[d] = r.gold().length + r.predicted().length - 2 * hits;
      double p = r.predicted().length == 0 ? 0 : (double) hits / r.predicted().length;
      double rec = r.gold().length == 0 ? 0 : (double) hits / r.gold().length;
      o.samplePrecision[d] = p;
      o.sampleRecall[d] = rec;
      o.sampleF1[d] = Counts.f1(p, rec);
    }
    o.start[rows.size()] = at;
    return o;
  }
}
