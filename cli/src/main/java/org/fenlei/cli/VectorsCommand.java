package org.fenlei.cli;

import org.fenlei.core.Parallel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fenlei.corpora.Document;
import org.fenlei.corpora.DocumentStream;
import org.fenlei.corpora.Format;
import org.fenlei.corpora.Split;
import org.fenlei.core.Settings;
import org.fenlei.neural.FastTextOptions;
import org.fenlei.neural.FastTextTrainer;
import org.fenlei.neural.WordVectors;
import org.fenlei.segment.Segmenter;
import org.fenlei.segment.SegmenterBuilder;
import org.fenlei.segment.SegmenterConfig;
import org.fenlei.segment.Segmenters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "vectors", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Train unsupervised word vectors on raw text, as the fastText tool's skipgram and cbow "
        + "(Bojanowski et al. 2017: words and their character n-grams), and write them as a .vec text file. "
        + "The text is segmented by jieba first, unless --pretokenized. The vectors feed the embedding features "
        + "(--set embeddings=FILE.vec) and fastText's pretrainedVectors."},
    footer = {"", "Examples:",
        "  fenlei vectors --out news.vec news.txt more-news.txt",
        "  fenlei vectors --model cbow --set dim=50 --set epoch=10 --out reviews.vec --corpus chnsenticorp",
        "  fenlei vectors --pretokenized --format tsv --out titles.vec titles.seg.tsv",
        "", "Settings (--set key=value, defaults of the fastText tool in brackets):"})
final class VectorsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "The .vec file to write.")
  Path out;

  @Option(names = "--model", paramLabel = "ARCH", defaultValue = "skipgram",
      description = "skipgram (default: predict the words around each word) or cbow (predict each word from "
          + "the words around it).")
  String model;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A training setting; repeatable.")
  List<String> settings = new ArrayList<>();

  @Option(names = "--pretokenized", description = "The text is already split on spaces: no segmentation.")
  boolean pretokenized;

  @Option(names = "--user-dict", paramLabel = "FILE",
      description = "jieba: a user dictionary ('word [freq] [tag]' lines); repeatable.")
  List<Path> userDicts = new ArrayList<>();

  @Option(names = "--corpus", paramLabel = "NAME", completionCandidates = PresetNames.class,
      description = "Train on the text of the training part of a standard corpus (see --data-dir).")
  String corpus;

  @Option(names = "--threads", paramLabel = "N", description = "Threads (default: the number of cores).")
  Integer threads;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Mixin
  InputOptions input;

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "Text files, one document a line (--format changes that: the text column of tsv/csv, ...).")
  List<Path> files = new ArrayList<>();

  static List<String> settingsHelp() {
    List<String> help = new ArrayList<>();
    FastTextTrainer.unsupervisedSettings().forEach(k -> help.add("  " + k.helpLine()));
    return help;
  }

  @Override
  public Integer call() throws Exception {
    WordVectors.Model arch = switch (model.toLowerCase(Locale.ROOT)) {
      case "skipgram" -> WordVectors.Model.SKIPGRAM;
      case "cbow" -> WordVectors.Model.CBOW;
      default -> throw new UsageException("--model must be skipgram or cbow: '" + model + "'");
    };
    if (files.isEmpty() == (corpus == null)) {
      throw new UsageException("give text files or --corpus NAME (one of them)");
    }
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new UsageException("--threads must be >= 1: " + workers);
    }
    if (pretokenized && !userDicts.isEmpty()) {
      throw new UsageException("--user-dict has no effect with --pretokenized");
    }
    FastTextOptions options = FastTextTrainer.unsupervised(Settings.parse(settings), workers);
    PrintWriter err = spec.commandLine().getErr();
    Segmenter seg = pretokenized ? null : segmenter();
    long[] passes = {0};
    long[] lineCount = {0};
    WordVectors.Lines lines = () -> {
      boolean first = passes[0]++ == 0;
      SegmentedLines it = new SegmentedLines(sources(), seg, workers, first ? err : null, first ? lineCount : null);
      return java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(it,
          java.util.Spliterator.ORDERED), false).onClose(it::close);
    };
    long start = System.nanoTime();
    WordVectors v;
    try {
      StageLog stages = new StageLog(err);
      try {
        v = WordVectors.train(lines, arch, options, stages);
      } finally {
        stages.close();
      }
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    v.writeVec(out);
    spec.commandLine().getOut().printf(Locale.ROOT, "trained %s vectors (dim %d) for %,d words on %,d lines, "
        + "%,d epochs of %,d tokens, in %.1f s (training %,.0f words/s/thread); wrote %s%n",
        arch.name().toLowerCase(Locale.ROOT), options.dim(), v.words().size(), lineCount[0], options.epoch(),
        v.trainingStats().tokens() / options.epoch(), (System.nanoTime() - start) / 1e9,
        v.trainingStats().wordsPerSecondPerThread(), out);
    return 0;
  }

  /** An input by name, opened when its turn comes. */
  private record Source(String name, Callable<DocumentStream> open) {}

  /** The inputs in order: a standard corpus's training part, then the files. */
  private List<Source> sources() {
    List<Source> s = new ArrayList<>();
    if (corpus != null) {
      s.add(new Source(corpus + " (train)", () -> input.openPreset(corpus, Split.TRAIN)));
    }
    for (Path f : files) {
      s.add(new Source(f.toString(), () -> input.open(f, Format.LINES)));
    }
    return s;
  }

  /**
   * One pass over the inputs as token lines, streaming: documents are read and segmented (on {@code workers}
   * threads) a batch at a time, so memory holds one batch. On the first pass, skipped rows are reported and lines
   * counted.
   */
  private static final class SegmentedLines implements java.util.Iterator<List<String>>, AutoCloseable {
    private static final int BATCH = 4096;
    private final java.util.Iterator<Source> sources;
    private final Segmenter seg;
    private final int workers;
    private final PrintWriter err;
    private final long[] count;
    private DocumentStream current;
    private String currentName;
    private java.util.Iterator<List<String>> batch = java.util.Collections.emptyIterator();

    SegmentedLines(List<Source> sources, Segmenter seg, int workers, PrintWriter err, long[] count) {
      this.sources = sources.iterator();
      this.seg = seg;
      this.workers = workers;
      this.err = err;
      this.count = count;
    }

    @Override
    public boolean hasNext() {
      try {
        while (!batch.hasNext()) {
          if (current == null || !current.hasNext()) {
            if (current != null) {
              if (err != null && current.skipped() > 0) {
                InputOptions.reportSkipped(current, currentName, err);
              }
              close();
            }
            if (!sources.hasNext()) {
              return false;
            }
            Source next = sources.next();
            currentName = next.name();
            current = next.open().call();
            continue;
          }
          List<Document> docs = new ArrayList<>(BATCH);
          while (docs.size() < BATCH && current.hasNext()) {
            docs.add(current.next());
          }
          if (count != null) {
            count[0] += docs.size();
          }
          batch = Parallel.map(docs,
              d -> seg != null ? seg.words(d.text()) : WordVectors.pretokenized(d.text()), workers).iterator();
        }
        return true;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    /** Closes the input being read, if any; a pass that ends early (an error) leaves no file open. */
    @Override
    public void close() {
      if (current != null) {
        try {
          current.close();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        } finally {
          current = null;
        }
      }
    }

    @Override
    public List<String> next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      return batch.next();
    }
  }

  private Segmenter segmenter() throws java.io.IOException {
    SegmenterBuilder b = Segmenters.builder(SegmenterConfig.jieba());
    for (Path p : userDicts) {
      b.userDict(p);
    }
    return b.build();
  }
}
