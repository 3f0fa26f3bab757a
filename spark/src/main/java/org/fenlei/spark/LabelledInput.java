package org.fenlei.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Option;

/** The labelled documents {@link EvalJob} and {@link TrainJob} read: JSON lines, CSV with a header, or Parquet. */
final class LabelledInput {
  @Option(names = "--input", paramLabel = "PATH", required = true, description = "Labelled documents.")
  String input;

  @Option(names = "--format", paramLabel = "F", defaultValue = "jsonl", description = "jsonl (default), csv or "
      + "parquet.")
  String format;

  @Option(names = "--text-column", paramLabel = "NAME", defaultValue = "text", description = "Text column (text).")
  String textColumn;

  @Option(names = "--label-column", paramLabel = "NAME", defaultValue = "label",
      description = "Label column, a string (or, to evaluate, an array of strings) (label).")
  String labelColumn;

  /** The documents, as Spark's reader of the format gives them. */
  Dataset<Row> read(SparkSession spark) {
    return switch (InputFormat.parse(format)) {
      case JSONL -> spark.read().json(input);
      case CSV -> spark.read().option("header", true).option("multiLine", true).csv(input);
      case PARQUET -> spark.read().parquet(input);
      default -> throw new IllegalArgumentException("--format " + format + ": labelled input is jsonl, csv or "
          + "parquet");
    };
  }
}
