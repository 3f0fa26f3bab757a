package org.fenlei.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fenlei.corpora.CharsetChoice;
import org.fenlei.corpora.TextLines;
import org.fenlei.segment.Filter;
import org.fenlei.segment.Segmenter;
import org.fenlei.segment.SegmenterBuilder;
import org.fenlei.segment.SegmenterConfig;
import org.fenlei.segment.Segmenters;
import org.fenlei.segment.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "segment", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Segment Chinese text into words: exactly one output line per input line, tokens separated by "
        + "one space (word/tag with --pos). Streams: memory does not grow with the input, only with its longest "
        + "line. Large input is segmented on all cores, output in input order."},
    footer = {"", "Examples:", "  echo 我来到北京清华大学 | fenlei segment",
        "  fenlei segment --mode search --pos --stopwords default news.txt",
        "  fenlei segment --user-dict words.txt --charset auto corpus.txt > corpus.seg.txt"})
final class SegmentCommand implements Callable<Integer> {
  /** Lines handed to a worker at a time; a batch also ends after this many characters. */
  private static final int BATCH_LINES = 1024;
  private static final int BATCH_CHARS = 1 << 16;
  /**
   * Characters segmented on the calling thread before workers start: small input starts no threads, and on a
   * large one the JIT compiles the hot code while one core segments, instead of competing with every core.
   */
  private static final long INLINE_CHARS = 1 << 20;

  @Spec
  CommandSpec spec;

  @Option(names = "--mode", paramLabel = "MODE", defaultValue = "precise",
      description = "precise (default: each character in one token) or search (also the dictionary words inside "
          + "longer words, as jieba's cut_for_search).")
  String mode;

  @Option(names = "--no-hmm", description = "jieba: do not guess words missing from the dictionary with the HMM.")
  boolean noHmm;

  @Option(names = "--pos", description = "Tag each token with its part of speech (jieba's tag set): word/tag.")
  boolean pos;

  @Option(names = "--user-dict", paramLabel = "FILE",
      description = "jieba: a user dictionary, UTF-8 lines 'word [freq] [tag]'; repeatable. A word without freq "
          + "wins over every other way to cut its characters; freq 0 removes a word.")
  List<Path> userDicts = new ArrayList<>();

  @Option(names = "--stopwords", paramLabel = "default|none|FILE", defaultValue = "none",
      description = "Drop stopwords: default (fenlei's list of 1,549 words and punctuation), none (default), or a "
          + "UTF-8 file with one word a line (write ./default for a file named default).")
  String stopwords;

  @Option(names = "--segmenter", paramLabel = "NAME", defaultValue = "jieba",
      description = "jieba (default: Python jieba's precise mode, URLs and e-mail addresses kept whole) or "
          + "smartcn (Lucene's).")
  String segmenter;

  @Option(names = "--charset", paramLabel = "CS", defaultValue = "utf-8",
      description = "Input charset: utf-8 (default; a BOM is skipped), gb18030 (reads GBK too) or auto (detect per "
          + "file, or from the first 64 KB of standard input).")
  String charset;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads for large input (default: the number of cores).")
  Integer threads;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Input files (default: standard input).")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    Segmenter seg = segmenter();
    CharsetChoice choice = CharsetChoice.parse(charset);
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new UsageException("--threads must be >= 1: " + workers);
    }
    Writer out = spec.commandLine().getOut();
    try (Pipeline pipeline = new Pipeline(seg, pos, workers, out)) {
      if (files.isEmpty()) {
        pipeline.run(TextLines.open(System.in, choice));
      } else {
        for (Path f : files) {
          try (TextLines lines = TextLines.open(f, choice)) {
            pipeline.run(lines);
          }
        }
      }
    }
    out.flush();
    return 0;
  }

  private Segmenter segmenter() throws IOException {
    SegmenterConfig base;
    switch (segmenter) {
      case SegmenterConfig.JIEBA -> base = SegmenterConfig.jieba().withHmm(!noHmm);
      case SegmenterConfig.SMARTCN -> {
        if (!userDicts.isEmpty() || noHmm) {
          throw new UsageException((noHmm ? "--no-hmm" : "--user-dict") + " applies to --segmenter jieba only");
        }
        base = SegmenterConfig.smartcn();
      }
      default -> throw new UsageException("--segmenter must be jieba or smartcn: '" + segmenter + "'");
    }
    SegmenterBuilder builder = Segmenters.builder(base).pos(pos);
    switch (mode) {
      case "precise" -> builder.mode(SegmenterConfig.Mode.PRECISE);
      case "search" -> builder.mode(SegmenterConfig.Mode.SEARCH);
      default -> throw new UsageException("--mode must be precise or search: '" + mode + "'");
    }
    for (Path p : userDicts) {
      builder.userDict(p);
    }
    switch (stopwords) {
      case "none" -> { }
      case "default" -> builder.filter(Filter.defaultStopwords());
      default -> builder.filter(Filter.stopwords(Path.of(stopwords)));
    }
    return builder.build();
  }

  /**
   * Reads lines in batches, segments the batches on a pool of workers and writes the results in input order. At
   * most {@code 2 * workers + 1} batches are in flight, so memory stays bounded. The first
   * {@link #INLINE_CHARS} characters are segmented on the calling thread.
   */
  private static final class Pipeline implements AutoCloseable {
    private final Segmenter segmenter;
    private final boolean pos;
    private final int workers;
    private final Writer out;
    private final Deque<Future<String>> pending = new ArrayDeque<>();
    private ExecutorService pool;
    private long inlineChars;

    Pipeline(Segmenter segmenter, boolean pos, int workers, Writer out) {
      this.segmenter = segmenter;
      this.pos = pos;
      this.workers = workers;
      this.out = out;
    }

    void run(TextLines lines) throws IOException, InterruptedException {
      List<String> batch = new ArrayList<>();
      int chars = 0;
      for (String line; (line = lines.readLine()) != null; ) {
        batch.add(line);
        chars += line.length();
        if (batch.size() >= BATCH_LINES || chars >= BATCH_CHARS) {
          submit(batch, chars);
          batch = new ArrayList<>();
          chars = 0;
        }
      }
      if (!batch.isEmpty()) {
        submit(batch, chars);
      }
      drain(0);
    }

    private void submit(List<String> batch, int chars) throws IOException, InterruptedException {
      if (workers == 1 || (pool == null && inlineChars < INLINE_CHARS)) {
        inlineChars += chars;
        out.write(segment(batch));
        return;
      }
      if (pool == null) {
        pool = Executors.newFixedThreadPool(workers, r -> {
          Thread t = new Thread(r, "fenlei-segment");
          t.setDaemon(true);
          return t;
        });
      }
      pending.add(pool.submit(() -> segment(batch)));
      drain(2 * workers);
    }

    /** Writes finished batches, oldest first, until at most {@code keep} are pending. */
    private void drain(int keep) throws IOException, InterruptedException {
      while (pending.size() > keep) {
        try {
          out.write(pending.poll().get());
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException re) {
            throw re;
          }
          throw new IOException(cause);
        }
      }
    }

    private String segment(List<String> lines) {
      StringBuilder sb = new StringBuilder();
      for (String line : lines) {
        boolean first = true;
        for (Token t : segmenter.segment(line)) {
          if (!first) {
            sb.append(' ');
          }
          first = false;
          sb.append(t.text());
          if (pos) {
            sb.append('/').append(t.tag());
          }
        }
        sb.append('\n');
      }
      return sb.toString();
    }

    @Override
    public void close() {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }
}
