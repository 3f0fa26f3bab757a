package org.fenlei.bench.segment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fenlei.segment.Filter;
import org.fenlei.segment.Segmenter;
import org.fenlei.segment.SegmenterConfig;
import org.fenlei.segment.Segmenters;
import org.fenlei.segment.Token;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-thread segmentation throughput on the SIGHAN 2005 MSR and PKU test texts (5,930 lines, 357,093
 * characters): one operation segments every line; the {@code chars} counter reports characters per second.
 *
 * <pre>
 * mvn -B -q -DskipTests -pl bench package
 * java --add-modules jdk.incubator.vector -jar bench/target/benchmarks.jar SegmentBenchmark \
 *     -p dataDir=../shared/corpora
 * </pre>
 * Chains ({@code chain}): {@code precise} (jieba's default), {@code noHmm}, {@code search} (search mode with tags),
 * {@code filters} (full-width fold, lower-case, default stopwords), {@code smartcn}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class SegmentBenchmark {
  @Param({"precise", "noHmm", "search", "filters", "smartcn"})
  public String chain;

  @Param("../shared/corpora")
  public String dataDir;

  private List<String> lines;
  private int chars;
  private Segmenter segmenter;

  /** Characters segmented, reported by JMH as a rate (chars/s). */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    public long chars;

    @Setup(Level.Iteration)
    public void clear() {
      chars = 0;
    }
  }

  @Setup
  public void setUp() throws IOException {
    Path icwb2 = Path.of(dataDir, "icwb2");
    lines = new ArrayList<>();
    for (String name : List.of("msr_test.utf8", "pku_test.utf8")) {
      lines.addAll(Files.readAllLines(icwb2.resolve(name), StandardCharsets.UTF_8));
    }
    chars = lines.stream().mapToInt(String::length).sum();
    SegmenterConfig config = switch (chain) {
      case "precise" -> SegmenterConfig.jieba();
      case "noHmm" -> SegmenterConfig.jieba().withHmm(false);
      case "search" -> SegmenterConfig.jieba().withMode(SegmenterConfig.Mode.SEARCH).withPos(true);
      case "filters" -> SegmenterConfig.jieba().withFilters(List.of(Filter.fullWidth(), Filter.lowerCase(),
          Filter.defaultStopwords()));
      case "smartcn" -> SegmenterConfig.smartcn();
      default -> throw new IllegalArgumentException("unknown chain " + chain);
    };
    segmenter = Segmenters.create(config);
  }

  @Benchmark
  public void segment(Counters counters, Blackhole bh) {
    for (String line : lines) {
      List<Token> tokens = segmenter.segment(line);
      bh.consume(tokens);
    }
    counters.chars += chars;
  }
}
