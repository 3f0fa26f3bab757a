package org.fenlei.eval;

import java.util.List;

/** The bad-case section of report.html: confident errors, frequent confusions, missed and invented labels. */
final class HtmlBadCases {
  private HtmlBadCases() {}

  static void render(StringBuilder sb, Findings f) {
    BadCases.Result bad = f.bad;
    sb.append("<h2>Bad cases</h2>\n<p class=note>").append(Fmt.html(Views.documentNote(f)))
        .append(" An error's confidence is the score of a wrong label, or one minus the score of a missed one.</p>\n")
        .append("<h3>Most confident errors</h3>\n");
    if (bad.confident().isEmpty()) {
      sb.append("<p class=note>No errors.</p>\n");
    } else {
      sb.append("<table><tr><th>#</th><th class=l>").append(Fmt.html(Views.documentHeading(f)))
          .append("</th><th class=l>gold</th><th class=l>predicted</th><th class=l>").append(Views.errorHeading(f))
          .append("</th><th class=l>text</th></tr>\n");
      int n = 1;
      for (BadCases.Case c : bad.confident()) {
        sb.append("<tr><td>").append(n++).append("</td><td class=l>").append(Fmt.html(Views.id(f, c.row())))
            .append("</td><td class=l>").append(Fmt.html(Views.gold(f, c.row()))).append("</td><td class=l>")
            .append(Fmt.html(Views.predicted(f, c.row())))
            .append(f.e.multiLabel() ? "</td><td class=\"l bad\">" : "</td><td class=l>")
            .append(Fmt.html(Views.error(f, c))).append("</td><td class=t>")
            .append(Fmt.html(Fmt.excerpt(c.row().text(), BadCasesJson.TEXT))).append("</td></tr>\n");
      }
      sb.append("</table>\n");
    }
    if (!bad.confusions().isEmpty()) {
      sb.append("<h3>Most frequent confusions</h3>\n<table><tr><th class=l>")
          .append(f.e.multiLabel() ? "missed → invented (same document)" : "gold → predicted")
          .append("</th><th>documents</th><th class=l>most confident examples</th></tr>\n");
      for (BadCases.Pair p : bad.confusions()) {
        sb.append("<tr><td class=l>").append(Fmt.html(Views.pair(f, p))).append("</td><td>").append(p.count())
            .append("</td><td class=t>");
        examples(sb, f, p.examples());
        sb.append("</td></tr>\n");
      }
      sb.append("</table>\n");
    }
    if (f.e.multiLabel()) {
      sb.append("<div class=row><div>");
      labelErrors(sb, f, "Labels most often missed", "of support", bad.missed());
      sb.append("</div><div>");
      labelErrors(sb, f, "Labels most often invented", "of predicted", bad.invented());
      sb.append("</div></div>\n");
    }
  }

  private static void labelErrors(StringBuilder sb, Findings f, String title, String outOf,
      List<BadCases.LabelErrors> list) {
    sb.append("<h3>").append(title).append("</h3>\n<table><tr><th class=l>label</th><th>errors</th><th>")
        .append(outOf).append("</th><th class=l>examples</th></tr>\n");
    for (BadCases.LabelErrors l : list) {
      sb.append("<tr><td class=l>").append(Fmt.html(f.label(l.label()))).append("</td><td>").append(l.count())
          .append("</td><td>").append(Fmt.pct((double) l.count() / Math.max(1, l.outOf()))).append("</td><td class=t>");
      examples(sb, f, l.examples().subList(0, Math.min(2, l.examples().size())));
      sb.append("</td></tr>\n");
    }
    sb.append("</table>\n");
  }

  private static void examples(StringBuilder sb, Findings f, List<BadCases.Case> cases) {
    for (int i = 0; i < cases.size(); i++) {
      BadCases.Case c = cases.get(i);
      sb.append(i == 0 ? "" : "<br>").append("<span class=note>").append(Fmt.html(Views.id(f, c.row())))
          .append("</span> ").append(Fmt.html(Fmt.excerpt(c.row().text(), 60)));
    }
  }
}
