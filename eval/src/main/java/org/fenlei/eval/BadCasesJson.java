package org.fenlei.eval;

import java.util.List;

/** The bad cases of report.json. */
final class BadCasesJson {
  private BadCasesJson() {}

  static final int TEXT = 160; // code points of text shown for an example, in every format

  static void write(JsonWriter w, Findings f) {
    BadCases.Result bad = f.bad;
    w.key("bad_cases").object();
    w.key("confident_errors").array();
    for (BadCases.Case c : bad.confident()) {
      example(w, f, c);
    }
    w.end();
    w.key("confusions").array();
    for (BadCases.Pair p : bad.confusions()) {
      w.object().field(f.e.multiLabel() ? "missed" : "gold", f.label(p.gold()))
          .field(f.e.multiLabel() ? "invented" : "predicted", p.predicted() < 0 ? null : f.label(p.predicted()))
          .field("count", p.count());
      examples(w, f, p.examples());
      w.end();
    }
    w.end();
    if (f.e.multiLabel()) {
      labelErrors(w, f, "missed", "support", bad.missed());
      labelErrors(w, f, "invented", "predicted", bad.invented());
    }
    w.end();
  }

  private static void labelErrors(JsonWriter w, Findings f, String key, String outOf, List<BadCases.LabelErrors> list) {
    w.key(key).array();
    for (BadCases.LabelErrors l : list) {
      w.object().field("label", f.label(l.label())).field("count", l.count()).field(outOf, l.outOf());
      examples(w, f, l.examples());
      w.end();
    }
    w.end();
  }

  private static void examples(JsonWriter w, Findings f, List<BadCases.Case> cases) {
    w.key("examples").array();
    for (BadCases.Case c : cases) {
      example(w, f, c);
    }
    w.end();
  }

  private static void example(JsonWriter w, Findings f, BadCases.Case c) {
    Row r = c.row();
    w.line().field("id", r.id()).field("text", r.text() == null ? null : Fmt.excerpt(r.text(), TEXT));
    w.key("gold").inline();
    for (int g : r.gold()) {
      w.value(f.label(g));
    }
    w.end().key("predicted").inline();
    for (int i = 0; i < r.predicted().length; i++) {
      w.line().field("label", f.label(r.predicted()[i]))
          .field("score", r.scored() ? r.predictedScores()[i] : Double.NaN).end();
    }
    w.end().field("error", c.missed() ? "missed" : "invented").field("label", f.label(c.label()))
        .field("score", c.score()).end();
  }
}
