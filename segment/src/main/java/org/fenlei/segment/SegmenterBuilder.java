package org.fenlei.segment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects the words and settings of one segmenter, then builds it; the segmenter never changes afterwards.
 * Every word added or removed becomes a user dictionary line of the resulting {@link SegmenterConfig}, so the
 * configuration (and a model file that stores it) recreates the same segmenter:
 * <pre>{@code
 * Segmenter seg = Segmenters.builder()
 *     .userDict(Path.of("terms.txt"))       // lines 'word [freq] [tag]'
 *     .addWord("云计算")                      // no frequency: wins over any other cut of its characters
 *     .addWord("创新办", 3, "i")
 *     .removeWord("长江大桥")                 // never emitted whole
 *     .pos(true)
 *     .filter(Filter.defaultStopwords())
 *     .build();
 * }</pre>
 * Not thread-safe; build in one thread, then share the segmenter.
 */
public final class SegmenterBuilder {
  private SegmenterConfig config;
  private final List<String> lines;

  SegmenterBuilder(SegmenterConfig config) {
    this.config = config;
    this.lines = new ArrayList<>(config.userDict());
  }

  /**
   * Adds the lines of a UTF-8 user dictionary file, {@code word [freq] [tag]} each (checked when the segmenter is
   * built, with the line number).
   *
   * @throws NoSuchFileException naming the file if it does not exist
   */
  public SegmenterBuilder userDict(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString(), null, "user dictionary not found");
    }
    lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
    return this;
  }

  /** Adds a word without a frequency: it takes precedence over every other way to cut its characters. */
  public SegmenterBuilder addWord(String word) {
    lines.add(checkWord(word));
    return this;
  }

  /** Adds a word with a frequency (ranked with dictionary words, as in Python jieba) and an optional tag. */
  public SegmenterBuilder addWord(String word, int freq, String tag) {
    if (freq < 0) {
      throw new IllegalArgumentException("frequency must be >= 0: " + freq);
    }
    if (tag != null && (tag.isEmpty() || !tag.chars().allMatch(c -> c >= 'a' && c <= 'z'))) {
      throw new IllegalArgumentException("tag must be [a-z]+: '" + tag + "'");
    }
    lines.add(checkWord(word) + " " + freq + (tag == null ? "" : " " + tag));
    return this;
  }

  /** Removes a word: it is never emitted whole (Python jieba's {@code del_word}, a frequency of 0). */
  public SegmenterBuilder removeWord(String word) {
    lines.add(checkWord(word) + " 0");
    return this;
  }

  public SegmenterBuilder mode(SegmenterConfig.Mode mode) {
    config = config.withMode(mode);
    return this;
  }

  public SegmenterBuilder hmm(boolean on) {
    config = config.withHmm(on);
    return this;
  }

  public SegmenterBuilder pos(boolean on) {
    config = config.withPos(on);
    return this;
  }

  /** Appends a filter to the chain. */
  public SegmenterBuilder filter(Filter filter) {
    config = config.withFilter(filter);
    return this;
  }

  /** The configuration built so far. */
  public SegmenterConfig config() {
    return config.withUserDict(lines);
  }

  /**
   * The segmenter.
   *
   * @throws IllegalArgumentException naming the line, if a user dictionary line is malformed
   */
  public Segmenter build() {
    return Segmenters.create(config());
  }

  private static String checkWord(String word) {
    Objects.requireNonNull(word, "word");
    if (word.isEmpty() || word.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
        || (c <= Character.MAX_VALUE && CharClass.isWhitespace((char) c)))) {
      throw new IllegalArgumentException("a word must be non-empty and without whitespace: '" + word + "'");
    }
    return word;
  }
}
