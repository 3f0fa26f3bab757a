package org.fenlei.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * The job's input as {@link Doc}s, one RDD partition per input split (a block of a lines file, a group of small
 * files), so the output is partitioned as the input. Documents are named as {@code fenlei classify} names them:
 * the path as given (a folder's files below it) and the 1-based line.
 */
final class Inputs {
  private final SparkSession spark;
  private final JavaSparkContext sc;
  private final String textColumn;
  private final long maxBytes;

  Inputs(SparkSession spark, String textColumn, long maxBytes) {
    this.spark = spark;
    this.sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    this.textColumn = textColumn;
    this.maxBytes = maxBytes;
  }

  /** The documents of every input, in order. */
  JavaRDD<Doc> read(List<String> inputs, InputFormat forced) {
    List<JavaRDD<Doc>> parts = new ArrayList<>();
    for (String in : inputs) {
      InputFormat f = forced != null ? forced : isDirectory(in) ? InputFormat.TEXT : InputFormat.LINES;
      parts.add(switch (f) {
        case LINES, JSONL -> lines(in);
        case TEXT -> files(in);
        case CSV, PARQUET -> table(in, f);
      });
    }
    JavaRDD<Doc> all = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      all = all.union(parts.get(i));
    }
    return all;
  }

  private boolean isDirectory(String in) {
    try {
      Path p = new Path(in);
      return p.getFileSystem(hadoop()).getFileStatus(p).isDirectory();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + in + ": " + e.getMessage(), e);
    }
  }

  private Configuration hadoop() {
    return spark.sparkContext().hadoopConfiguration();
  }

  /** A file of lines: raw bytes a line, numbered from 1 as fenlei's readers number them; blank lines skipped. */
  private JavaRDD<Doc> lines(String in) {
    long limit = maxBytes;
    JavaRDD<byte[]> raw = sc.hadoopFile(in, TextInputFormat.class, LongWritable.class, Text.class)
        .map(t -> t._2().copyBytes());
    return raw.zipWithIndex().filter(t -> !blank(t._1())).map(t -> t._1().length > limit
        ? Doc.problem(in, t._2() + 1, "the line is " + t._1().length + " bytes, over --max-bytes " + limit)
        : Doc.bytes(in, t._2() + 1, t._1()));
  }

  /** Blank as {@code fenlei classify} skips lines: only spaces, tabs, form feeds and vertical tabs. */
  static boolean blank(byte[] b) {
    for (byte x : b) {
      if (x != ' ' && x != '\t' && x != '\f' && x != 0x0B) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every file below a folder, one document each (names starting with '.' or '_' are skipped, as Spark does),
   * through Spark's {@code binaryFile} source: the contents of files over the size limit are never read.
   */
  private JavaRDD<Doc> files(String in) {
    String root = qualified(in);
    long limit = maxBytes;
    Dataset<Row> files = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(in);
    Dataset<Row> small = files.filter(functions.col("length").leq(limit)).select("path", "content");
    Dataset<Row> large = files.filter(functions.col("length").gt(limit))
        .select(functions.col("path"), functions.lit(null).cast("binary"));
    return small.union(large).toJavaRDD().map(r -> {
      String path = Names.given(in, root, r.getString(0));
      return r.isNullAt(1) ? Doc.problem(path, 0, "over the size limit of " + limit + " bytes")
          : Doc.bytes(path, 0, (byte[]) r.get(1));
    });
  }

  /** CSV (with a header) or Parquet through Spark's readers: rows have no line numbers. */
  private JavaRDD<Doc> table(String in, InputFormat f) {
    Dataset<Row> df = f == InputFormat.CSV
        ? spark.read().option("header", true).option("multiLine", true).csv(in) : spark.read().parquet(in);
    if (!List.of(df.columns()).contains(textColumn)) {
      throw new IllegalArgumentException(in + ": no column '" + textColumn + "' (columns: "
          + String.join(", ", df.columns()) + "); name it with --text-column");
    }
    if (!df.schema().apply(textColumn).dataType().equals(DataTypes.StringType)) {
      throw new IllegalArgumentException(in + ": column '" + textColumn + "' is "
          + df.schema().apply(textColumn).dataType().simpleString() + ", not a string");
    }
    String root = qualified(in);
    String column = textColumn;
    return df.select(functions.input_file_name(), functions.col(column)).toJavaRDD().map(r -> {
      String path = Names.given(in, root, r.getString(0));
      return r.isNullAt(1) ? Doc.problem(path, 0, "column '" + column + "' is null") : Doc.text(path, 0,
          r.getString(1));
    });
  }

  private String qualified(String in) {
    try {
      Path p = new Path(in);
      FileSystem fs = p.getFileSystem(hadoop());
      return fs.makeQualified(p).toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + in + ": " + e.getMessage(), e);
    }
  }
}
