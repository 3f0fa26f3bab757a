package org.fenlei.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.fenlei.core.JsonText;
import org.fenlei.core.TextClassifier;
import org.fenlei.eval.Evaluation;
import org.fenlei.eval.Evaluator;
import org.fenlei.eval.Report;
import org.fenlei.eval.ReportOptions;
import org.fenlei.eval.Tally;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code fenlei eval} as a Spark job over labelled JSON lines, CSV or Parquet: prints the metrics as one JSON
 * object and, with {@code --report}, writes {@code fenlei eval}'s report files from the driver.
 *
 * <pre>
 * spark-submit --class org.fenlei.spark.EvalJob --files model.fenlei fenlei-spark.jar \
 *     --model model.fenlei --input hdfs:///news/test.parquet --format parquet --report report/
 * </pre>
 *
 * <p>By default every metric is computed ({@link SparkEvaluation#evaluate}), which holds a digest of every document
 * on the driver as {@code fenlei eval} does on one machine; {@code --counts-only} computes the counting metrics by
 * a reduce on the cluster in constant driver memory ({@link SparkEvaluation#tally}), without a report.
 */
@Command(name = "org.fenlei.spark.EvalJob", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Score a model on labelled documents on a Spark cluster, as fenlei eval does on one machine.")
public final class EvalJob {
  @Mixin
  LabelledInput in;

  @Option(names = "--model", paramLabel = "MODEL", required = true,
      description = "The model: a name shipped with spark-submit --files, a shared path or a Hadoop URI.")
  String model;

  @Option(names = "--top-k", paramLabel = "K", defaultValue = "-1", description = "Multi-label: at most K labels.")
  int topK;

  @Option(names = "--threshold", paramLabel = "T", defaultValue = "NaN",
      description = "Only labels scoring at least T (default: the model's own thresholds).")
  double threshold;

  @Option(names = "--report", paramLabel = "DIR", description = "Write report.html, report.md and report.json here "
      + "(on the driver's file system).")
  Path report;

  @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "1000",
      description = "Bootstrap resamples for confidence intervals (default 1000; 0: none).")
  int bootstrap;

  @Option(names = "--counts-only", description = "Only the counting metrics, by a reduce on the cluster; no report.")
  boolean countsOnly;

  /** For picocli. */
  private EvalJob() {}

  /**
   * Runs the job from {@code spark-submit}. Exit status: 0 done; 1 the job failed; 2 bad usage.
   *
   * @param args the options ({@code --help} lists them)
   */
  public static void main(String[] args) {
    EvalJob job = new EvalJob();
    Jobs.main(job, spark -> new Jobs.Outcome(job.run(spark), job.report == null ? ""
        : "fenlei: report written to " + job.report, 0), "fenlei eval", args);
  }

  /**
   * Runs the job in a session (what {@link #main} does after parsing).
   *
   * @param spark the session
   * @param args the options, as on the command line
   * @return the metrics as one JSON object: {@code fenlei eval --json}'s, or the counting metrics with
   *     {@code --counts-only}
   * @throws CommandLine.ParameterException for bad options
   * @throws IllegalArgumentException for a bad format, column or row
   * @throws IOException when the report cannot be written
   */
  public static String run(SparkSession spark, String... args) throws IOException {
    return Jobs.parse(new EvalJob(), args).run(spark);
  }

  private String run(SparkSession spark) throws IOException {
    if (countsOnly && report != null) {
      throw new IllegalArgumentException("--counts-only writes no report: drop --report or --counts-only");
    }
    Dataset<Row> docs = in.read(spark);
    if (countsOnly) {
      Tally t = SparkEvaluation.tally(docs, in.textColumn, in.labelColumn, model, topK, threshold);
      StringBuilder sb = new StringBuilder("{");
      for (Map.Entry<String, Double> m : t.metrics().entrySet()) {
        sb.append(JsonText.quote(m.getKey())).append(": ").append(JsonText.number(m.getValue())).append(", ");
      }
      return sb.append("\"documents\": ").append(t.documents()).append('}').toString();
    }
    Evaluation e = SparkEvaluation.evaluate(docs, in.textColumn, in.labelColumn, model, topK, threshold);
    TextClassifier m = ExecutorModel.of(model).get();
    ReportOptions options = new ReportOptions("fenlei evaluation: " + Path.of(model).getFileName() + " on "
        + in.input)
        .withContext(List.of("model " + model + " (" + m.kind() + (m.multiLabel() ? ", multi-label" : "") + ")",
            "test " + in.input + " (" + e.documents() + " documents, on Spark)", Evaluator.rule(m, topK, threshold)))
        .withBootstrap(bootstrap, 1L).withThreshold(Evaluator.thresholdInUse(m, threshold));
    Report r = Report.of(e, options);
    if (report != null) {
      r.writeTo(report);
    }
    return r.summaryJson();
  }
}
