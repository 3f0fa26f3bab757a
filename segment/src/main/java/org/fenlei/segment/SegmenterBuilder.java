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
   * @param file the user dictionary file
   * @return this builder
   * @throws IOException when the file cannot be read or is not valid UTF-8
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

  /**
   * Adds a word without a frequency: it takes precedence over every other way to cut its characters (unless
   * {@link SegmenterConfig#userFirst()} is off).
   *
   * @param word the word; non-empty and without whitespace
   * @return this builder
   * @throws NullPointerException when {@code word} is {@code null}
   * @throws IllegalArgumentException when {@code word} is empty or contains whitespace
   */
  public SegmenterBuilder addWord(String word) {
    lines.add(checkWord(word));
    return this;
  }

  /**
   * Adds a word with a frequency (ranked with dictionary words, as in Python jieba) and an optional tag.
   *
   * @param word the word; non-empty and without whitespace
   * @param freq its frequency, {@code >= 0}; 0 removes the word, as {@link #removeWord} does
   * @param tag its part-of-speech tag, {@code [a-z]+}, or {@code null} for none
   * @return this builder
   * @throws NullPointerException when {@code word} is {@code null}
   * @throws IllegalArgumentException when {@code freq} is negative, {@code tag} is not {@code [a-z]+}, or
   *     {@code word} is empty or contains whitespace
   */
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

  /**
   * Removes a word: it is never emitted whole (Python jieba's {@code del_word}, a frequency of 0).
   *
   * @param word the word; non-empty and without whitespace
   * @return this builder
   * @throws NullPointerException when {@code word} is {@code null}
   * @throws IllegalArgumentException when {@code word} is empty or contains whitespace
   */
  public SegmenterBuilder removeWord(String word) {
    lines.add(checkWord(word) + " 0");
    return this;
  }

  /**
   * Sets the mode ({@link SegmenterConfig#mode()}).
   *
   * @param mode precise or search mode
   * @return this builder
   * @throws NullPointerException when {@code mode} is {@code null}
   */
  public SegmenterBuilder mode(SegmenterConfig.Mode mode) {
    config = config.withMode(mode);
    return this;
  }

  /**
   * Turns jieba's HMM for words missing from the dictionary on or off ({@link SegmenterConfig#hmm()}).
   *
   * @param on whether to use the HMM
   * @return this builder
   */
  public SegmenterBuilder hmm(boolean on) {
    config = config.withHmm(on);
    return this;
  }

  /**
   * Turns part-of-speech tagging on or off ({@link SegmenterConfig#pos()}).
   *
   * @param on whether to tag every token
   * @return this builder
   * @throws IllegalArgumentException when {@code on} is false and a tag filter was added
   */
  public SegmenterBuilder pos(boolean on) {
    config = config.withPos(on);
    return this;
  }

  /**
   * Appends a filter to the chain.
   *
   * @param filter the filter to run after those added before it
   * @return this builder
   * @throws NullPointerException when {@code filter} is {@code null}
   * @throws IllegalArgumentException when {@code filter} is a character fold and a token filter was added
   *     before it, or a tag filter while tagging is off
   */
  public SegmenterBuilder filter(Filter filter) {
    config = config.withFilter(filter);
    return this;
  }

  /**
   * The configuration built so far.
   *
   * @return the settings and filters set so far, with every user dictionary line added so far
   * @throws IllegalArgumentException when the kind is {@code smartcn} and words were added
   */
  public SegmenterConfig config() {
    return config.withUserDict(lines);
  }

  /**
   * The segmenter. The builder stays usable; a later build includes later changes.
   *
   * @return a new segmenter for {@link #config()}
   * @throws IllegalArgumentException naming the line, if a user dictionary line is malformed
   * @throws IllegalStateException naming the resource, if a dictionary or table cannot be loaded
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
