package org.fenlei.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores of predicted label sets against gold label sets. The label set is the model's labels plus any gold
 * or predicted label outside them. Averages follow scikit-learn: macro averages run over every label that
 * occurs in the gold data or the predictions, and a label's undefined F1 (never predicted and never present)
 * cannot occur there; an undefined precision or recall counts as 0 in the macro F1, as scikit-learn's
 * {@code zero_division=0}, and is shown as undefined in the per-label table.
 */
public final class Evaluation {
  private final boolean multiLabel;
  private final List<String> labels;
  private final Map<String, Integer> index = new LinkedHashMap<>();
  private final long[][] confusion; // multi-class: [gold][predicted], last column = no prediction
  private final long[] tp;
  private final long[] fp;
  private final long[] fn;
  private long documents;
  private long exact;
  private long hammingErrors;

  public Evaluation(Collection<String> modelLabels, Collection<String> extraLabels, boolean multiLabel) {
    TreeSet<String> all = new TreeSet<>(modelLabels);
    all.addAll(extraLabels);
    this.labels = List.copyOf(all);
    for (String l : labels) {
      index.put(l, index.size());
    }
    this.multiLabel = multiLabel;
    int n = labels.size();
    this.confusion = multiLabel ? null : new long[n][n + 1];
    this.tp = new long[n];
    this.fp = new long[n];
    this.fn = new long[n];
  }

  /** Records one document's gold labels and predicted labels. Labels must be among those given at creation. */
  public void add(Collection<String> gold, Collection<String> predicted) {
    Set<String> g = new HashSet<>(gold);
    Set<String> p = new HashSet<>(predicted);
    documents++;
    if (g.equals(p)) {
      exact++;
    }
    for (String l : p) {
      if (g.contains(l)) {
        tp[id(l)]++;
      } else {
        fp[id(l)]++;
        hammingErrors++;
      }
    }
    for (String l : g) {
      if (!p.contains(l)) {
        fn[id(l)]++;
        hammingErrors++;
      }
    }
    if (!multiLabel) {
      if (g.size() != 1 || p.size() > 1) {
        throw new IllegalArgumentException("multi-class evaluation needs one gold and at most one predicted label, got "
            + g + " and " + p);
      }
      int gi = id(g.iterator().next());
      int pi = p.isEmpty() ? labels.size() : id(p.iterator().next());
      confusion[gi][pi]++;
    }
  }

  private int id(String label) {
    Integer i = index.get(label);
    if (i == null) {
      throw new IllegalArgumentException("label '" + label + "' was not declared to this evaluation");
    }
    return i;
  }

  public boolean multiLabel() {
    return multiLabel;
  }

  public long documents() {
    return documents;
  }

  public List<String> labels() {
    return labels;
  }

  public List<LabelStats> perLabel() {
    List<LabelStats> out = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      out.add(new LabelStats(labels.get(i), tp[i], fp[i], fn[i]));
    }
    return out;
  }

  /** Multi-class: fraction of documents whose predicted label is the gold one. */
  public double accuracy() {
    return documents == 0 ? Double.NaN : (double) exact / documents;
  }

  /** Multi-label: fraction of documents whose predicted set equals the gold set (same as accuracy). */
  public double subsetAccuracy() {
    return accuracy();
  }

  /** Fraction of (document, label) decisions that are wrong, over the evaluation's label set. */
  public double hammingLoss() {
    return documents == 0 ? Double.NaN : (double) hammingErrors / ((double) documents * labels.size());
  }

  public double microF1() {
    long t = 0;
    long f = 0;
    for (int i = 0; i < labels.size(); i++) {
      t += tp[i];
      f += fp[i] + fn[i];
    }
    return 2 * t + f == 0 ? Double.NaN : 2.0 * t / (2 * t + f);
  }

  /** Mean F1 over labels that occur in the gold data or the predictions (undefined parts count as 0). */
  public double macroF1() {
    double sum = 0;
    int n = 0;
    for (LabelStats s : perLabel()) {
      if (s.support() == 0 && s.predicted() == 0) {
        continue;
      }
      double p = s.predicted() == 0 ? 0 : s.precision();
      double r = s.support() == 0 ? 0 : s.recall();
      sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
      n++;
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** Multi-class confusion counts {@code [gold][predicted]}; the last column counts documents given no label. */
  public long[][] confusion() {
    if (confusion == null) {
      throw new IllegalStateException("no confusion matrix for multi-label evaluation");
    }
    long[][] copy = new long[confusion.length][];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = confusion[i].clone();
    }
    return copy;
  }

  /** The headline metrics by name, in the order reports show them. */
  public Map<String, Double> headline() {
    Map<String, Double> m = new LinkedHashMap<>();
    if (multiLabel) {
      m.put("micro_f1", microF1());
      m.put("macro_f1", macroF1());
      m.put("subset_accuracy", subsetAccuracy());
      m.put("hamming_loss", hammingLoss());
    } else {
      m.put("accuracy", accuracy());
      m.put("macro_f1", macroF1());
    }
    return m;
  }

  /** The headline metrics and document count as one JSON object. */
  public String toJson() {
    StringBuilder sb = new StringBuilder("{");
    for (Map.Entry<String, Double> e : headline().entrySet()) {
      sb.append(Json.quote(e.getKey())).append(": ").append(Json.number(e.getValue())).append(", ");
    }
    return sb.append("\"documents\": ").append(documents).append('}').toString();
  }
}
