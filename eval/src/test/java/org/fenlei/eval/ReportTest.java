package org.fenlei.eval;

import org.fenlei.core.JsonText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fenlei.core.ScoredLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three report files: self-contained, valid, escaped, and carrying the same numbers. */
class ReportTest {
  record Files3(String html, String md, String json) {}

  static Files3 write(Evaluation e, ReportOptions o, Path dir) throws IOException {
    Path html = Report.write(e, o, dir);
    Files3 f = new Files3(Files.readString(html), Files.readString(dir.resolve("report.md")),
        Files.readString(dir.resolve("report.json")));
    JsonSyntax.check(f.json());
    selfContained(f.html());
    return f;
  }

  static void selfContained(String html) {
    String lower = html.toLowerCase(Locale.ROOT);
    for (String s : List.of("<script", "src=", "href=", "url(", "@import", "<link", "<iframe", "<img")) {
      assertFalse(lower.contains(s), "report.html must not load anything: " + s);
    }
    assertEquals(lower.split("http", -1).length - 1, lower.split("http://www.w3.org/2000/svg", -1).length - 1,
        "the only URL is the SVG namespace");
  }

  static Evaluation hostile() {
    List<String> labels = List.of("好|评", "差<评>");
    Evaluation e = Evaluation.withScores(labels, List.of(), false);
    String[] texts = {"<script>alert(1)</script> | 表格\n换行", "𠀀𠀁 CJK Extension B", "Ｆｕｌｌ　ｗｉｄｔｈ",
        "", "长".repeat(40_000)};
    for (int d = 0; d < 40; d++) {
      double p = (d * 37 % 40) / 40.0 + 0.0125;
      String gold = labels.get(d % 3 == 0 ? 1 : 0);
      String best = p >= 0.5 ? labels.get(1) : labels.get(0);
      e.add("r.tsv:" + (d + 1), texts[d % texts.length], List.of(gold), List.of(new ScoredLabel(best, Math.max(p,
          1 - p))), new double[] {1 - p, p});
    }
    return e;
  }

  @Test
  void binaryReportEscapesHostileTextAndAgreesAcrossFormats(@TempDir Path dir) throws IOException {
    Evaluation e = hostile();
    Files3 f = write(e, new ReportOptions("评测 <b>&").withContext(List.of("model m.fenlei")), dir);
    assertTrue(f.html().contains("评测 &lt;b&gt;&amp;"));
    assertFalse(f.html().contains("<script>alert"));
    assertTrue(f.html().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(f.html().contains("𠀀𠀁"), "surrogate pairs survive whole");
    assertFalse(f.html().contains("长".repeat(200)), "long texts are cut");
    assertTrue(f.md().contains("好\\|评"), "pipes in labels are escaped in Markdown tables");
    assertFalse(f.md().contains("\n换行"), "a text's line break does not break a table row");
    String accuracy = Fmt.num(e.accuracy());
    assertTrue(f.html().contains(accuracy) && f.md().contains("| accuracy | " + accuracy + " |"));
    assertTrue(f.json().contains("\"accuracy\": " + JsonText.number(e.accuracy())));
    BinaryMetrics b = e.binary(e.defaultPositive());
    assertEquals("差<评>", b.positive(), "the label sorting last is positive by default");
    assertTrue(f.html().contains("ROC curve (AUC " + Fmt.num(b.rocAuc()) + ")"));
    assertTrue(f.md().contains("## Thresholds for a target precision"));
    assertTrue(f.json().contains("\"roc_auc\": " + JsonText.number(b.rocAuc())));
    assertTrue(f.html().contains("Documents are lines of r.tsv."), "ids lose their shared file name");
  }

  @Test
  void multiLabelReportHasThresholdsCardinalityAndLabelErrors(@TempDir Path dir) throws IOException {
    List<String> labels = List.of("交通", "体育", "财经", "教育", "科技", "娱乐", "军事", "从未");
    Evaluation e = ScikitLearnAgreementTest.multiLabel(labels, 300, 5);
    Files3 f = write(e, new ReportOptions("multi").withThreshold(0.5).withBootstrap(200, 7), dir);
    assertTrue(f.html().contains("F1 when every label scoring ≥ threshold is predicted"));
    assertTrue(f.html().contains("in use 0.5"));
    assertTrue(f.html().contains("Labels most often missed") && f.html().contains("Labels most often invented"));
    assertTrue(f.md().contains("## Labels a document"));
    assertTrue(f.json().contains("\"threshold_curve\""));
    assertTrue(f.json().contains("\"micro_f1\": " + JsonText.number(e.microF1())));
    assertTrue(f.md().contains("| micro_f1 | " + Fmt.num(e.microF1()) + " | "
        + Fmt.interval(e.confidenceIntervals(200, 7, null).get("micro_f1")) + " |"), "intervals are reproducible");
    assertTrue(f.html().contains("从未"), "a label never in the gold data is listed");
    assertTrue(f.md().contains("| 从未 | 0.0000 | undefined |") || f.md().contains("| 从未 | undefined | undefined |"),
        "recall of a label never in the gold data is undefined");
  }

  @Test
  void multiLabelReportShowsUnlabelledDocuments(@TempDir Path dir) throws IOException {
    List<String> labels = List.of("交通", "体育", "财经", "教育", "科技", "娱乐", "军事", "从未");
    Evaluation e = ScikitLearnAgreementTest.multiLabel(labels, 300, 5, 0.6);
    long none = e.documentsWithoutGold();
    long right = e.rows().stream().filter(r -> r.gold().length == 0 && r.predicted().length == 0).count();
    Files3 f = write(e, new ReportOptions("multi").withThreshold(0.5).withBootstrap(100, 7), dir);
    String story = Fmt.count(none) + " documents have no gold label (negatives for every label): " + Fmt.count(right)
        + " of them (" + Fmt.pct((double) right / none) + ") were rightly given none, " + Fmt.count(none - right)
        + " got a label.";
    assertTrue(f.md().contains(story), story);
    assertTrue(f.html().contains(story), story);
    assertTrue(f.md().contains("| documents_without_gold_label | " + Fmt.count(none) + " |"), "metric row");
    assertTrue(f.md().contains("| documents_without_gold_label_given_none | " + Fmt.count(right) + " |"));
    assertTrue(f.json().contains("\"documents_without_gold_label\""));
    // an invented label on an unlabelled document is a bad case, shown with "(no label)" as its gold set
    assertTrue(f.md().contains("| (no label) | "), "unlabelled documents among the bad cases");
    assertTrue(f.html().contains("<td class=l>(no label)</td>"), "unlabelled documents among the bad cases");
    assertTrue(f.json().contains("\"gold\": []"), "an empty gold set in report.json");
    assertTrue(f.md().contains("| subset_accuracy | " + Fmt.num(e.subsetAccuracy()) + " |"));
  }

  @Test
  void manyLabelsArePooledInTheHeatMapAndFoldedInTables(@TempDir Path dir) throws IOException {
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      labels.add(String.format(Locale.ROOT, "类别%02d", i));
    }
    Evaluation e = ScikitLearnAgreementTest.multiClass(labels, 2000, 4, 0.02, 0);
    Files3 f = write(e, new ReportOptions("many").withBootstrap(50, 1), dir);
    assertTrue(f.html().contains("51 others"), "19 labels shown, 51 pooled");
    assertTrue(f.html().contains("<details>"));
    assertTrue(f.md().contains("The confusion matrix of 70 labels is in report.json."));
    assertTrue(f.json().contains("\"confusion\": ["));
    assertTrue(f.html().contains("no label"), "documents given no label get their own column");
  }

  @Test
  void comparisonReport(@TempDir Path dir) throws IOException {
    List<String> labels = List.of("x", "y", "z");
    Evaluation a = ScikitLearnAgreementTest.multiClass(labels, 500, 8, 0, 0);
    Evaluation b = new Evaluation(labels, List.of(), false);
    for (Row r : a.rows()) {
      b.add(List.of(labels.get(r.gold()[0])), List.of("x"));
    }
    Comparison c = new Comparison(List.of("good", "all-x"), List.of(a, b),
        new ReportOptions("cmp").withBootstrap(100, 1));
    assertEquals(1, c.pairs().size());
    assertTrue(c.pairs().get(0).significant());
    Path html = Report.compare(c, dir);
    String page = Files.readString(html);
    selfContained(page);
    JsonSyntax.check(Files.readString(dir.resolve("report.json")));
    assertTrue(page.contains("Best accuracy: good"), page.substring(0, 2000));
    assertTrue(Files.readString(dir.resolve("report.md")).contains("| good | all-x | "));
  }

  @Test
  void binaryComparisonShowsRankingMetricsAndTheIntervalOfTheDifference(@TempDir Path dir) throws IOException {
    List<String> labels = List.of("ham", "spam");
    Evaluation good = ScikitLearnAgreementTest.multiClass(labels, 400, 3, 0, 0);
    Evaluation noisy = ScikitLearnAgreementTest.multiClass(labels, 400, 3, 0, 2); // same gold, coarse scores
    Comparison c = new Comparison(List.of("good", "noisy"), List.of(good, noisy),
        new ReportOptions("binary").withBootstrap(200, 1));
    assertEquals("spam", c.positive());
    Comparison.Model m = c.models().get(0);
    assertEquals(good.binary("spam").rocAuc(), m.metrics().get("roc_auc"));
    assertEquals(good.binary("spam").averagePrecision(), m.metrics().get("average_precision"));
    assertTrue(m.intervals().containsKey("roc_auc"), m.intervals().toString());
    Significance.Bootstrap b = c.pairs().get(0).bootstrap();
    assertEquals("macro_f1", b.metric());
    assertEquals(good.macroF1() - noisy.macroF1(), b.difference(), 1e-12);
    Report.compare(c, dir);
    String json = Files.readString(dir.resolve("report.json"));
    JsonSyntax.check(json);
    assertTrue(json.contains("\"roc_auc\"") && json.contains("\"paired_bootstrap\""), json);
    String md = Files.readString(dir.resolve("report.md"));
    assertTrue(md.contains(" roc_auc | 95% CI |") && md.contains("paired bootstrap 95% CI of Δ"), md);
    assertTrue(Files.readString(dir.resolve("report.html")).contains("ROC-AUC"));
    Comparison none = new Comparison(List.of("good", "noisy"), List.of(good, noisy),
        new ReportOptions("no resamples").withBootstrap(0, 1));
    assertEquals(null, none.pairs().get(0).bootstrap());
    assertTrue(Report.compare(none, dir.resolve("none")).toFile().isFile());
  }
}
