package org.fenlei.spark;

import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.fenlei.corpora.CharsetChoice;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code fenlei classify} as a Spark job: reads documents, classifies them on the executors with a model loaded
 * once per executor JVM, writes one record per document, partitioned as the input (no shuffle).
 *
 * <pre>
 * spark-submit --class org.fenlei.spark.ClassifyJob --files model.fenlei fenlei-spark.jar \
 *     --model model.fenlei --input hdfs:///news/2026/ --output hdfs:///news-labels/2026
 * </pre>
 *
 * <p>JSON-lines output holds exactly the records {@code fenlei classify} writes for the same documents (path as
 * given, line, labels and scores to six decimals); Parquet output the columns {@code path}, {@code line} and
 * {@code labels: array<struct<label, score>>}. Documents that cannot be classified go to the errors folder as
 * classify's {@code {"path", "line", "error"}} records.
 */
@Command(name = "org.fenlei.spark.ClassifyJob", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Label documents on a Spark cluster, as fenlei classify does on one machine.")
public final class ClassifyJob {
  @Option(names = "--model", paramLabel = "MODEL", required = true,
      description = "The model: a name shipped with spark-submit --files, a shared path or a Hadoop URI.")
  String model;

  @Option(names = "--input", paramLabel = "PATH", required = true, arity = "1..*",
      description = "Files or folders (any Hadoop file system); repeatable.")
  List<String> inputs;

  @Option(names = "--format", paramLabel = "F",
      description = "lines, text (one document a file), jsonl, csv (with a header) or parquet (default: text for a "
          + "folder, lines for a file).")
  String format;

  @Option(names = {"--text-column", "--text-field", "--text-col"}, paramLabel = "NAME", defaultValue = "text",
      description = "jsonl field, csv or parquet column holding the text (default text).")
  String textColumn;

  @Option(names = "--charset", paramLabel = "CS", defaultValue = "utf-8",
      description = "utf-8 (default), gb18030, or auto (detected per file; text format only).")
  String charset;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "8388608",
      description = "Largest document in bytes (default 8 MiB); larger ones go to the errors folder.")
  long maxBytes;

  @Option(names = "--output", paramLabel = "DIR", required = true, description = "Output folder.")
  String output;

  @Option(names = "--output-format", paramLabel = "F", defaultValue = "jsonl", description = "jsonl or parquet.")
  String outputFormat;

  @Option(names = "--errors", paramLabel = "DIR",
      description = "Where documents that cannot be classified go, as JSON lines (default: OUTPUT.errors).")
  String errors;

  @Option(names = "--force", description = "Overwrite existing output folders.")
  boolean force;

  @Option(names = "--top-k", paramLabel = "K", description = "At most K labels a document, K >= 1.")
  Integer topK;

  @Option(names = "--threshold", paramLabel = "T", description = "Only labels scoring at least T, in [0, 1].")
  Double threshold;

  /** What a run did: documents classified, and documents written to the errors folder. */
  public record Summary(long classified, long failed) {
  }

  /** For picocli. */
  private ClassifyJob() {}

  /**
   * Runs the job from {@code spark-submit}. Exit status: 0 every document classified; 3 some went to the errors
   * folder; 1 the job failed; 2 bad usage.
   *
   * @param args the options ({@code --help} lists them)
   */
  public static void main(String[] args) {
    ClassifyJob job = new ClassifyJob();
    Jobs.main(job, spark -> {
      long start = System.nanoTime();
      Summary s = job.run(spark);
      double secs = (System.nanoTime() - start) / 1e9;
      return new Jobs.Outcome(null, String.format(Locale.ROOT, "fenlei: classified %,d documents into %s in %.1f s "
          + "(%,.0f docs/s)%s", s.classified(), job.output, secs, (s.classified() + s.failed()) / secs,
          s.failed() == 0 ? "" : String.format(Locale.ROOT, "; %,d could not be classified: see %s", s.failed(),
              job.errorsDir())), s.failed() > 0 ? 3 : 0);
    }, "fenlei classify", args);
  }

  /**
   * Runs the job in a session (what {@link #main} does after parsing), for callers that hold a session.
   *
   * @param spark the session
   * @param args the options, as on the command line
   * @return what the run did
   * @throws CommandLine.ParameterException for bad options
   * @throws IllegalArgumentException for a bad format, column, top-k or threshold
   */
  public static Summary run(SparkSession spark, String... args) {
    return Jobs.parse(new ClassifyJob(), args).run(spark);
  }

  private Summary run(SparkSession spark) {
    InputFormat in = format == null ? null : InputFormat.parse(format);
    boolean parquet = parseOutput();
    CharsetChoice cs = CharsetChoice.parse(charset);
    if (cs == CharsetChoice.AUTO && in != InputFormat.TEXT && in != null) {
      throw new IllegalArgumentException("--charset auto detects per file: only for --format text");
    }
    if (topK != null && topK < 1) {
      throw new IllegalArgumentException("--top-k must be >= 1: " + topK);
    }
    if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("--max-bytes must be between 1 and 2G: " + maxBytes);
    }
    RowScorer scorer = new RowScorer(ExecutorModel.of(model), topK == null ? -1 : topK,
        threshold == null ? Double.NaN : threshold);
    Scoring scoring = new Scoring(scorer, cs, in == InputFormat.JSONL ? textColumn : null);
    JavaRDD<Doc> docs = new Inputs(spark, textColumn, maxBytes).read(inputs, in);
    Dataset<Row> results = spark.createDataFrame(docs.mapPartitions(scoring::partition), Scoring.SCHEMA)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      SaveMode mode = force ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
      Dataset<Row> ok = results.filter(functions.col("error").isNull());
      if (parquet) {
        ok.select("path", "line", "labels").write().mode(mode).parquet(output);
      } else {
        ok.select("record").write().mode(mode).text(output);
      }
      Dataset<Row> bad = results.filter(functions.col("error").isNotNull());
      bad.select("error").write().mode(mode).text(errorsDir());
      long failed = bad.count();
      return new Summary(results.count() - failed, failed);
    } finally {
      results.unpersist();
    }
  }

  private boolean parseOutput() {
    return switch (outputFormat.toLowerCase(Locale.ROOT)) {
      case "jsonl" -> false;
      case "parquet" -> true;
      default -> throw new IllegalArgumentException("unknown --output-format '" + outputFormat
          + "' (known: jsonl, parquet)");
    };
  }

  private String errorsDir() {
    return errors != null ? errors : output.replaceAll("/+$", "") + ".errors";
  }
}
