package org.fenlei.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The report of one evaluation, computed once: written as {@code report.json}, {@code report.md} and a
 * self-contained {@code report.html} (no scripts, no network: charts are inline SVG), all with the same
 * numbers, or summarised as one line of JSON.
 */
public final class Report {
  private final Findings findings;

  private Report(Findings findings) {
    this.findings = findings;
  }

  /**
   * Computes every metric, interval, curve and bad case of {@code e}. Documents added to {@code e} afterwards
   * are not reflected in the report.
   *
   * @param e the evaluation
   * @param options what to show beyond the evaluation
   * @return the report
   * @throws IllegalArgumentException when the options name a positive label the evaluation does not have
   */
  public static Report of(Evaluation e, ReportOptions options) {
    return new Report(new Findings(e, options));
  }

  /**
   * Writes the three files into {@code dir} with default options; returns the HTML file.
   *
   * @param e the evaluation
   * @param title the report's heading
   * @param dir the directory, created when missing; existing report files in it are replaced
   * @return the path of {@code report.html}
   * @throws IOException when a directory or file cannot be written
   */
  public static Path write(Evaluation e, String title, Path dir) throws IOException {
    return of(e, new ReportOptions(title)).writeTo(dir);
  }

  /**
   * Writes the three files into {@code dir} with {@code options}; returns the HTML file.
   *
   * @param e the evaluation
   * @param options what to show beyond the evaluation
   * @param dir the directory, created when missing; existing report files in it are replaced
   * @return the path of {@code report.html}
   * @throws IOException when a directory or file cannot be written
   */
  public static Path write(Evaluation e, ReportOptions options, Path dir) throws IOException {
    return of(e, options).writeTo(dir);
  }

  /**
   * Writes one report comparing several models on the same documents, with pairwise tests; returns the HTML file.
   * The files are {@code report.json}, {@code report.md} and {@code report.html}, as for a single evaluation.
   *
   * @param c the comparison
   * @param dir the directory, created when missing; existing report files in it are replaced
   * @return the path of {@code report.html}
   * @throws IOException when a directory or file cannot be written
   */
  public static Path compare(Comparison c, Path dir) throws IOException {
    return writeAll(dir, ComparisonReport.json(c), ComparisonReport.markdown(c), ComparisonReport.html(c));
  }

  /**
   * Writes report.json, report.md and report.html into {@code dir}, creating it; returns the HTML file.
   *
   * @param dir the directory, created when missing; existing report files in it are replaced
   * @return the path of {@code report.html}
   * @throws IOException when a directory or file cannot be written
   */
  public Path writeTo(Path dir) throws IOException {
    return writeAll(dir, JsonReport.render(findings), MarkdownReport.render(findings), HtmlReport.render(findings));
  }

  /**
   * The confidence intervals of the metrics that have one, by metric key.
   *
   * @return a new map in report order; empty when the options asked for no resamples or there are no documents
   */
  public Map<String, Interval> intervals() {
    Map<String, Interval> out = new java.util.LinkedHashMap<>();
    for (Findings.Value v : findings.metrics) {
      if (v.ci() != null) {
        out.put(v.key(), v.ci());
      }
    }
    return out;
  }

  /**
   * The summary sentences on top of the report.
   *
   * @return the sentences, unmodifiable
   */
  public List<String> summary() {
    return List.copyOf(findings.story);
  }

  /**
   * One line of JSON: the headline of {@link Evaluation#toJson()} first, then {@code "metrics"} (every metric)
   * and {@code "confidence_intervals"} ({@code [low, high]} by metric).
   *
   * @return the JSON object on one line, undefined values as {@code null}
   */
  public String summaryJson() {
    String head = findings.e.toJson();
    JsonWriter w = new JsonWriter().line();
    w.key("metrics").line();
    for (Findings.Value v : findings.metrics) {
      w.field(v.key(), v.value());
    }
    w.end().key("confidence_intervals").line();
    intervals().forEach((k, v) -> w.key(k).inline().value(v.low()).value(v.high()).end());
    String tail = w.end().end().toString();
    return head.substring(0, head.length() - 1) + ", " + tail.substring(1);
  }

  private static Path writeAll(Path dir, String json, String md, String html) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("report.json"), json, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("report.md"), md, StandardCharsets.UTF_8);
    Path page = dir.resolve("report.html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    return page;
  }
}
