package org.fenlei.eval;

import java.util.ArrayList;
import java.util.List;

/** Short text views of documents and errors shared by the Markdown and HTML reports. */
final class Views {
  private Views() {}

  static String errorHeading(Findings f) {
    return f.e.multiLabel() ? "error" : "gold label's score";
  }

  /** A document's id without the file name all ids share ("test.txt:12" shows as "12"). */
  static String id(Findings f, Row r) {
    return r.id().substring(f.idPrefix.length());
  }

  /** The heading of the document column: "line" when ids share a file name, else "document". */
  static String documentHeading(Findings f) {
    return f.idPrefix.isEmpty() ? "document" : "line";
  }

  /** Where the documents are, when their ids share a file name: "Lines of test.txt." */
  static String documentNote(Findings f) {
    return f.idPrefix.isEmpty() ? "" : "Documents are lines of " + f.idPrefix.substring(0, f.idPrefix.length() - 1)
        + ".";
  }

  static String gold(Findings f, Row r) {
    if (r.gold().length == 0) {
      return "(no label)";
    }
    List<String> out = new ArrayList<>();
    for (int g : r.gold()) {
      out.add(f.label(g));
    }
    return String.join(", ", out);
  }

  static String predicted(Findings f, Row r) {
    if (r.predicted().length == 0) {
      return "(no label)";
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < r.predicted().length; i++) {
      out.add(f.label(r.predicted()[i]) + (r.scored() ? " " + Fmt.score(r.predictedScores()[i]) : ""));
    }
    return String.join(", ", out);
  }

  /**
   * What went wrong: multi-class, the gold label's score and rank ("gold scored 0.02, rank 3"); multi-label,
   * "invented X (0.97)" or "missed X (scored 0.02)".
   */
  static String error(Findings f, BadCases.Case c) {
    Row r = c.row();
    if (!f.e.multiLabel()) {
      if (!r.scored()) {
        return "wrong label";
      }
      return Double.isNaN(r.goldScores()[0]) ? "gold label unknown to the model" : "gold scored "
          + Fmt.score(r.goldScores()[0]) + (f.e.scoredLabels() > 2 ? ", rank " + r.goldRanks()[0] : "");
    }
    String l = f.label(c.label());
    return c.missed() ? "missed " + l + (Double.isNaN(c.score()) ? "" : " (scored " + Fmt.score(c.score()) + ")")
        : "invented " + l + (Double.isNaN(c.score()) ? "" : " (" + Fmt.score(c.score()) + ")");
  }

  static String pair(Findings f, BadCases.Pair p) {
    return f.label(p.gold()) + " → " + (p.predicted() < 0 ? "no label" : f.label(p.predicted()));
  }

  static String examples(Findings f, List<BadCases.Case> cases) {
    List<String> out = new ArrayList<>();
    for (BadCases.Case c : cases) {
      out.add(id(f, c.row()) + ": " + Fmt.excerpt(c.row().text(), 60));
    }
    return String.join(" / ", out);
  }
}
