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
 * One filter stage of a segmenter's chain, as data: {@link SegmenterConfig#filters()} lists them in the order
 * they run, and a model file stores them (stopword lists with their contents). The two folds,
 * {@link FullWidth} and {@link TraditionalToSimplified}, map characters one to one and run on the text before it
 * is cut, as Lucene's char filters do, so the dictionary sees folded text while token spans still point at the
 * original characters; they must come first in the list. The other filters run on tokens after the cutter (and
 * after search-mode sub-words and tagging). Build them with the static factories:
 * <pre>{@code
 * List.of(Filter.fullWidth(), Filter.traditionalToSimplified(), Filter.lowerCase(),
 *     Filter.defaultStopwords(), Filter.dropTags("x"), Filter.minLength(2))
 * }</pre>
 */
public sealed interface Filter {

  /** Full-width ASCII ({@code ＡＢＣ１２３！}) and the ideographic space to their ASCII forms, before cutting. */
  record FullWidth() implements Filter {}

  /**
   * Traditional to Simplified characters, one character at a time, before cutting: the 2,906 BMP mappings of
   * ICU4J 76.1's {@code Traditional-Simplified} transliterator ({@code t2s.txt}, Unicode licence). Characters
   * whose simplified form depends on the word ({@code 乾} is {@code 干} in {@code 乾燥} but stays in
   * {@code 乾隆}) always take ICU's single-character choice.
   */
  record TraditionalToSimplified() implements Filter {}

  /** Lower-cases token texts (Latin words keep their case unless this filter runs). */
  record LowerCase() implements Filter {}

  /**
   * Drops tokens shorter than {@code codePoints} characters.
   *
   * @param codePoints the shortest token length kept, in code points (a surrogate pair counts as one); at least 1
   */
  record MinLength(int codePoints) implements Filter {
    /**
     * Checks the length.
     *
     * @param codePoints the shortest token length kept, in code points
     * @throws IllegalArgumentException when {@code codePoints < 1}
     */
    public MinLength {
      if (codePoints < 1) {
        throw new IllegalArgumentException("minimum token length must be >= 1: " + codePoints);
      }
    }
  }

  /**
   * Drops tokens whose text is one of {@code words} (exact match, after the filters before this one).
   *
   * @param words the stopwords, as an unmodifiable list in the order given (repeats allowed)
   */
  record Stopwords(List<String> words) implements Filter {
    /**
     * Checks the words and keeps an unmodifiable copy of them.
     *
     * @param words the stopwords; none may be {@code null} or empty
     * @throws NullPointerException when {@code words} or one of its words is {@code null}
     * @throws IllegalArgumentException when a word is empty
     */
    public Stopwords {
      words = List.copyOf(words);
      for (String w : words) {
        if (w.isEmpty()) {
          throw new IllegalArgumentException("empty stopword");
        }
      }
    }
  }

  /**
   * Keeps ({@code keep}) or drops tokens by part-of-speech tag class; needs {@link SegmenterConfig#pos()}. A class
   * is a tag of jieba's tag set or a single letter standing for every tag that starts with it: {@code n} matches
   * {@code n, nr, ns, nt, nz, ng, ...}, {@code x} matches punctuation {@code x} and URLs {@code xu}; {@code eng}
   * (Latin words) is its own class and not part of {@code e} (interjections).
   *
   * @param keep {@code true} to keep only the tokens whose tag matches, {@code false} to drop them
   * @param classes the tag classes, as an unmodifiable list; each {@code [a-z]+}
   */
  record Tags(boolean keep, List<String> classes) implements Filter {
    /**
     * Checks the classes and keeps an unmodifiable copy of them.
     *
     * @param keep {@code true} to keep only the tokens whose tag matches, {@code false} to drop them
     * @param classes the tag classes; at least one, each {@code [a-z]+}
     * @throws NullPointerException when {@code classes} or one of its classes is {@code null}
     * @throws IllegalArgumentException when {@code classes} is empty or a class is not {@code [a-z]+}
     */
    public Tags {
      classes = List.copyOf(classes);
      if (classes.isEmpty()) {
        throw new IllegalArgumentException("a tag filter needs at least one tag class");
      }
      for (String c : classes) {
        if (c.isEmpty() || !c.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
          throw new IllegalArgumentException("tag class must be [a-z]+: '" + c + "'");
        }
      }
    }

    /**
     * Whether {@code tag} belongs to one of the classes: equals a class, or starts with a one-letter class and is
     * not {@code eng}.
     *
     * @param tag a part-of-speech tag, or {@code null}
     * @return {@code true} when {@code tag} belongs to one of the classes; {@code false} for {@code null}
     */
    public boolean matches(String tag) {
      if (tag == null) {
        return false;
      }
      for (String c : classes) {
        if (tag.equals(c) || (c.length() == 1 && tag.charAt(0) == c.charAt(0) && !tag.equals("eng"))) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Whether this filter folds characters before cutting rather than working on tokens.
   *
   * @return {@code true} for {@link FullWidth} and {@link TraditionalToSimplified}, {@code false} for the others
   */
  default boolean beforeCutting() {
    return this instanceof FullWidth || this instanceof TraditionalToSimplified;
  }

  /**
   * The full-width fold.
   *
   * @return a {@link FullWidth} filter
   */
  static FullWidth fullWidth() {
    return new FullWidth();
  }

  /**
   * The Traditional-to-Simplified fold.
   *
   * @return a {@link TraditionalToSimplified} filter
   */
  static TraditionalToSimplified traditionalToSimplified() {
    return new TraditionalToSimplified();
  }

  /**
   * The lower-case filter.
   *
   * @return a {@link LowerCase} filter
   */
  static LowerCase lowerCase() {
    return new LowerCase();
  }

  /**
   * A filter that drops tokens shorter than {@code codePoints} code points.
   *
   * @param codePoints the shortest token length kept, in code points; at least 1
   * @return a {@link MinLength} filter
   * @throws IllegalArgumentException when {@code codePoints < 1}
   */
  static MinLength minLength(int codePoints) {
    return new MinLength(codePoints);
  }

  /**
   * A filter that keeps only the tokens whose tag belongs to one of {@code classes}.
   *
   * @param classes the tag classes, each {@code [a-z]+}; at least one
   * @return a {@link Tags} filter with {@code keep} true
   * @throws IllegalArgumentException when no class is given or a class is not {@code [a-z]+}
   */
  static Tags keepTags(String... classes) {
    return new Tags(true, List.of(classes));
  }

  /**
   * A filter that drops the tokens whose tag belongs to one of {@code classes}.
   *
   * @param classes the tag classes, each {@code [a-z]+}; at least one
   * @return a {@link Tags} filter with {@code keep} false
   * @throws IllegalArgumentException when no class is given or a class is not {@code [a-z]+}
   */
  static Tags dropTags(String... classes) {
    return new Tags(false, List.of(classes));
  }

  /**
   * A filter that drops the tokens whose text is one of {@code words}.
   *
   * @param words the stopwords; none may be {@code null} or empty
   * @return a {@link Stopwords} filter holding a copy of {@code words}
   * @throws NullPointerException when {@code words} or one of its words is {@code null}
   * @throws IllegalArgumentException when a word is empty
   */
  static Stopwords stopwords(List<String> words) {
    return new Stopwords(words);
  }

  /**
   * fenlei's default Chinese stopword list (1,549 entries: punctuation and symbols, function words of jieba's
   * dictionary, and words frequent in every domain of the evaluation corpora, negations excluded; see
   * {@code segment/scripts/build_stopwords.py}, which generated it). The list is loaded once and shared.
   *
   * @return a {@link Stopwords} filter holding the default list
   * @throws IllegalStateException naming the resource if it is missing from the class path
   */
  static Stopwords defaultStopwords() {
    return new Stopwords(DefaultModels.stopwords());
  }

  /**
   * The stopwords of a UTF-8 file, one a line; surrounding whitespace is stripped, blank lines and a byte order
   * mark are skipped. There is no comment syntax, so {@code #} can be a stopword.
   *
   * @param file the stopword file
   * @return a {@link Stopwords} filter holding the file's words
   * @throws IOException when the file cannot be read or is not valid UTF-8
   * @throws NoSuchFileException naming the file if it does not exist
   */
  static Stopwords stopwords(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString(), null, "stopword list not found");
    }
    return new Stopwords(wordLines(Files.readAllLines(file, StandardCharsets.UTF_8)));
  }

  /** Non-blank lines, stripped, without a leading byte order mark. */
  private static List<String> wordLines(List<String> lines) {
    List<String> words = new ArrayList<>(lines.size());
    for (String line : lines) {
      String w = line.strip();
      if (!w.isEmpty() && w.charAt(0) == '\uFEFF') {
        w = w.substring(1).strip();
      }
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }
}
