package org.fenlei.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fenlei.classic.NaiveBayes;
import org.fenlei.corpora.Document;
import org.fenlei.corpora.DocumentStream;
import org.fenlei.corpora.Presets;
import org.fenlei.corpora.Split;
import org.fenlei.features.FeatureConfig;
import org.fenlei.core.TextClassifier;
import org.fenlei.features.TrainingData;
import org.fenlei.segment.Segmenter;
import org.fenlei.segment.SegmenterConfig;
import org.fenlei.segment.Segmenters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-thread segmentation and Naive Bayes prediction over the test part of a standard corpus: one
 * operation is the whole test set, so documents/s = documents / (seconds per operation).
 *
 * <pre>
 * mvn -B -q -DskipTests -pl bench -am package
 * java --add-modules jdk.incubator.vector -jar bench/target/benchmarks.jar ClassifyBenchmark \
 *     -p corpus=chnsenticorp -p dataDir=../shared/corpora
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class ClassifyBenchmark {
  @Param("chnsenticorp")
  public String corpus;

  @Param("../shared/corpora")
  public String dataDir;

  private List<String> texts;
  private Segmenter segmenter;
  private TextClassifier model;

  @Setup
  public void setup() throws IOException {
    Path dir = Path.of(dataDir);
    if (!Files.isDirectory(dir)) {
      throw new IOException("corpora not found at " + dir.toAbsolutePath() + " (set -p dataDir=...)");
    }
    List<Document> train = read(Presets.open(corpus, Split.TRAIN, dir));
    texts = new ArrayList<>();
    for (Document d : read(Presets.open(corpus, Split.TEST, dir))) {
      texts.add(d.text());
    }
    segmenter = Segmenters.create(SegmenterConfig.jieba());
    model = NaiveBayes.fit(TrainingData.prepare(train, SegmenterConfig.jieba(), new FeatureConfig(), false, 2),
        new NaiveBayes.Options());
  }

  private static List<Document> read(DocumentStream s) throws IOException {
    List<Document> out = new ArrayList<>();
    try (s) {
      s.forEachRemaining(out::add);
    }
    return out;
  }

  @Benchmark
  public void segmentTestSet(Blackhole bh) {
    for (String t : texts) {
      bh.consume(segmenter.segment(t));
    }
  }

  @Benchmark
  public void naiveBayesTestSet(Blackhole bh) {
    for (String t : texts) {
      bh.consume(model.scores(t));
    }
  }
}
