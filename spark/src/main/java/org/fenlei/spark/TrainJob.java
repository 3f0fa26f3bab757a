package org.fenlei.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.fenlei.core.ModelFile;
import org.fenlei.core.TextClassifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code fenlei train --model nb} as a Spark job ({@link SparkNaiveBayes}): the model file is written by the driver.
 *
 * <pre>
 * spark-submit --class org.fenlei.spark.TrainJob fenlei-spark.jar --input hdfs:///news/train.parquet \
 *     --format parquet --set variant=multinomial --set alpha=0.1 --out news.fenlei
 * </pre>
 */
@Command(name = "org.fenlei.spark.TrainJob", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Train a multi-class Naive Bayes model on a Spark cluster; the same model file as fenlei train "
        + "--model nb with the same settings and --set calibration=none.")
public final class TrainJob {
  @Mixin
  LabelledInput in;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A setting of fenlei train --model nb; variant "
      + "and alpha are required.")
  List<String> set = List.of();

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "The model file (on the driver).")
  Path out;

  /** For picocli. */
  private TrainJob() {}

  /**
   * Runs the job from {@code spark-submit}. Exit status: 0 done; 1 the job failed; 2 bad usage.
   *
   * @param args the options ({@code --help} lists them)
   */
  public static void main(String[] args) {
    TrainJob job = new TrainJob();
    Jobs.main(job, spark -> {
      long start = System.nanoTime();
      TextClassifier m = job.run(spark);
      return new Jobs.Outcome(null, String.format(Locale.ROOT, "fenlei: trained %s (%d labels) into %s in %.1f s",
          m.kind(), m.labels().size(), job.out, (System.nanoTime() - start) / 1e9), 0);
    }, "fenlei train", args);
  }

  /**
   * Runs the job in a session (what {@link #main} does after parsing).
   *
   * @param spark the session
   * @param args the options, as on the command line
   * @return the model, also saved to {@code --out}
   * @throws CommandLine.ParameterException for bad options
   * @throws IllegalArgumentException for a bad format, column, row or setting
   * @throws IOException when the model cannot be written
   */
  public static TextClassifier run(SparkSession spark, String... args) throws IOException {
    return Jobs.parse(new TrainJob(), args).run(spark);
  }

  private TextClassifier run(SparkSession spark) throws IOException {
    Map<String, String> settings = new LinkedHashMap<>();
    for (String kv : set) {
      int eq = kv.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--set takes KEY=VALUE: " + kv);
      }
      settings.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
    }
    TextClassifier m = SparkNaiveBayes.train(in.read(spark), in.textColumn, in.labelColumn, settings);
    ModelFile.save(m, out);
    return m;
  }
}
