package org.fenlei.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The few sentences on top of a report that tell its story: how good, where weak, what to look at. */
final class Story {
  private Story() {}

  static List<String> of(Findings f) {
    Evaluation e = f.e;
    List<String> s = new ArrayList<>();
    if (e.documents() == 0) {
      s.add("No documents were evaluated.");
      return s;
    }
    StringBuilder first = new StringBuilder();
    for (Findings.Value v : f.headline) {
      if (v.key().equals("hamming_loss")) {
        continue;
      }
      first.append(first.length() == 0 ? "" : ", ").append(v.name()).append(' ').append(Fmt.num(v.value()));
      if (v.ci() != null && v.ci().defined()) {
        first.append(" (95% CI ").append(Fmt.interval(v.ci())).append(')');
      }
    }
    s.add(first.append(" on ").append(Fmt.count(e.documents())).append(" documents and ")
        .append(f.presentLabels()).append(" labels.").toString());
    boolean filtered = candidates(f).size() < f.bySupport.stream().filter(l -> l.support() > 0).count();
    weakest(f).ifPresent(w -> s.add("Weakest label" + (filtered ? " of those with " + MIN_SUPPORT
        + " or more documents" : "") + ": " + w.label() + " (F1 " + Fmt.num(w.f1()) + ", support "
        + Fmt.count(w.support()) + ")" + strongest(f).map(b -> "; strongest: " + b.label() + " (F1 "
        + Fmt.num(b.f1()) + ")").orElse("") + "."));
    if (!e.multiLabel() && !f.bad.confusions().isEmpty() && f.bad.confusions().get(0).count() == 1) {
      s.add("No confusion occurs more than once.");
    } else if (!e.multiLabel() && !f.bad.confusions().isEmpty()) {
      BadCases.Pair p = f.bad.confusions().get(0);
      long row = 0;
      for (long v : f.confusion[p.gold()]) {
        row += v;
      }
      s.add("Most frequent confusion: " + f.label(p.gold()) + " → "
          + (p.predicted() < 0 ? "no label" : f.label(p.predicted())) + ", " + Fmt.count(p.count()) + " documents ("
          + Fmt.pct((double) p.count() / row) + " of " + f.label(p.gold()) + ").");
    }
    if (f.binary != null) {
      s.add("Ranking, with " + f.binary.positive() + " as the positive label: ROC-AUC " + Fmt.num(f.binary.rocAuc())
          + ", average precision " + Fmt.num(f.binary.averagePrecision()) + ".");
    }
    if (e.multiLabel()) {
      s.add(String.format(java.util.Locale.ROOT, "The model predicts %.2f labels a document where the gold data has "
          + "%.2f; %s of documents get exactly the right set.", e.predictedCardinality(), e.goldCardinality(),
          Fmt.pct(e.subsetAccuracy())));
      if (!f.bad.missed().isEmpty()) {
        BadCases.LabelErrors m = f.bad.missed().get(0);
        s.add("Most often missed: " + f.label(m.label()) + " (" + Fmt.count(m.count()) + " of " + Fmt.count(m.outOf())
            + ")" + (f.bad.invented().isEmpty() ? "." : "; most often invented: "
            + f.label(f.bad.invented().get(0).label()) + " (" + Fmt.count(f.bad.invented().get(0).count()) + ")."));
      }
      if (f.curve != null && f.curve.bestMicro() >= 0) {
        int b = f.curve.bestMicro();
        s.add("The best single threshold on this test set, " + Fmt.score(f.curve.thresholds()[b]) + ", gives micro F1 "
            + Fmt.num(f.curve.microF1()[b]) + " against " + Fmt.num(e.microF1()) + " for the decisions evaluated "
            + "(optimistic: choose thresholds on a dev split).");
      }
    }
    long unlabelled = e.documentsWithoutGold();
    if (unlabelled > 0) {
      long none = e.documentsWithoutGoldGivenNone();
      s.add(Fmt.count(unlabelled) + " documents have no gold label (negatives for every label): " + Fmt.count(none)
          + " of them (" + Fmt.pct((double) none / unlabelled) + ") were rightly given none, "
          + Fmt.count(unlabelled - none) + " got a label.");
    }
    if (e.documentsWithoutPrediction() > 0) {
      s.add(Fmt.count(e.documentsWithoutPrediction()) + " documents got no label at all.");
    }
    for (Findings.Value v : f.headline) {
      if (v.ci() != null && v.ci().defined() && (v.value() < v.ci().low() || v.value() > v.ci().high())) {
        s.add(v.name() + " lies outside its bootstrap interval: resamples that miss a rare label's few documents "
            + "score it differently, so read the interval as the spread, not as bounds around the value.");
      }
    }
    List<LabelStats> never = f.neverPredicted();
    if (!never.isEmpty()) {
      s.add(never.size() + (never.size() == 1 ? " label was" : " labels were")
          + " never predicted (precision undefined, counted as 0 in macro averages): "
          + String.join(", ", never.stream().limit(8).map(LabelStats::label).toList())
          + (never.size() > 8 ? ", …" : "") + ".");
    }
    return s;
  }

  /** Labels worth naming as weakest or strongest: those with 10 or more gold documents when there are any. */
  private static List<LabelStats> candidates(Findings f) {
    List<LabelStats> all = f.bySupport.stream().filter(l -> l.support() > 0 && !Double.isNaN(l.f1())).toList();
    List<LabelStats> frequent = all.stream().filter(l -> l.support() >= MIN_SUPPORT).toList();
    return frequent.isEmpty() ? all : frequent;
  }

  static final int MIN_SUPPORT = 10;

  private static Optional<LabelStats> weakest(Findings f) {
    return candidates(f).stream()
        .min(Comparator.comparingDouble(LabelStats::f1).thenComparing(LabelStats::support, Comparator.reverseOrder()));
  }

  private static Optional<LabelStats> strongest(Findings f) {
    return candidates(f).stream().max(Comparator.comparingDouble(LabelStats::f1).thenComparing(LabelStats::support));
  }
}
