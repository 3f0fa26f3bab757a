package org.fenlei.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;

/**
 * What the {@code spark-submit} main classes share: parse the options into the job's object, run it in the
 * cluster's session, print what it says, stop the session, exit with a status (0 done; 3 done, some documents in
 * the errors folder; 1 failed; 2 bad usage). Jobs are commands: they print, and exit.
 */
final class Jobs {
  private Jobs() {}

  /** What a run says: a line for standard output (or null), a line for standard error, the exit status. */
  record Outcome(String out, String err, int status) {
  }

  /** A job's work in a session, once its options are parsed. */
  interface Work {
    Outcome run(SparkSession spark) throws IOException;
  }

  /**
   * Settings this module's jobs run best with, unless {@code spark-submit --conf} gave others: folders of many
   * small files are listed without asking a local file system for block locations, and are read about 1,000 files
   * a task instead of Spark's 32 (its open cost of 4 MB a file is an HDFS figure).
   */
  private static final Map<String, String> DEFAULTS = Map.of("spark.sql.sources.ignoreDataLocality", "true",
      "spark.sql.files.openCostInBytes", "131072");

  static void main(Object job, Work work, String appName, String[] args) {
    PrintWriter err = new PrintWriter(System.err, true);
    CommandLine cl = new CommandLine(job);
    try {
      cl.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      err.println("fenlei: " + e.getMessage());
      cl.usage(err);
      System.exit(2);
    }
    if (cl.isUsageHelpRequested()) {
      cl.usage(new PrintWriter(System.out, true));
      return;
    }
    SparkConf given = new SparkConf();
    SparkSession.Builder builder = SparkSession.builder().appName(appName);
    DEFAULTS.forEach((key, value) -> {
      if (!given.contains(key)) {
        builder.config(key, value);
      }
    });
    SparkSession spark = builder.getOrCreate();
    int status;
    try {
      Outcome o = work.run(spark);
      if (o.out() != null) {
        System.out.println(o.out());
      }
      err.println(o.err());
      status = o.status();
    } catch (IllegalArgumentException e) {
      err.println("fenlei: " + e.getMessage());
      status = 2;
    } catch (IOException e) {
      err.println("fenlei: " + e.getMessage());
      status = 1;
    } finally {
      spark.stop();
    }
    System.exit(status);
  }

  /** Parses {@code args} into {@code job} for a caller that holds a session. */
  static <T> T parse(T job, String... args) {
    new CommandLine(job).parseArgs(args);
    return job;
  }
}
