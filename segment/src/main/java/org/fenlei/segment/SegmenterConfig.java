package org.fenlei.segment;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything needed to recreate a segmenter's whole chain exactly, as data: which cutter ({@code kind}), the mode,
 * the HMM, tagging, URL protection, how user words rank, the full contents of the user dictionary (lines
 * {@code word [freq] [tag]}) and the filters (stopword lists with their words). A model file that stores this
 * segments at serving time exactly as it did in training, without the original dictionary or stopword files.
 *
 * @param kind {@code jieba} (fenlei's own jieba, identical to Python jieba 0.42.1) or {@code smartcn} (Lucene's)
 * @param mode {@link Mode#PRECISE} or {@link Mode#SEARCH} (adds dictionary sub-words of long words)
 * @param hmm jieba only: guess words missing from the dictionary with jieba's HMM
 * @param pos give every token a part-of-speech tag of jieba's tag set ({@link Token#tag()})
 * @param protectUrls keep URLs and e-mail addresses whole (Python jieba cuts them at their punctuation)
 * @param userFirst jieba only: user words given without a frequency take precedence over every other way to cut
 *     their characters (dictionary words and the HMM); false gives Python jieba's {@code load_userdict}
 *     behaviour, where they only get a frequency just above that of their split
 * @param userDict jieba only: user dictionary lines {@code word [freq] [tag]}; a frequency of 0 removes a word
 * @param filters the filters in the order they run; character folds first
 */
public record SegmenterConfig(String kind, Mode mode, boolean hmm, boolean pos, boolean protectUrls,
    boolean userFirst, List<String> userDict, List<Filter> filters) {
  /** The {@link #kind()} of fenlei's own jieba segmenter. */
  public static final String JIEBA = "jieba";
  /** The {@link #kind()} of Lucene's smartcn segmenter (needs Lucene's smartcn on the class path). */
  public static final String SMARTCN = "smartcn";

  /** Version of the binary form written by {@link #write}; bump it when fields are added. */
  static final int FORMAT_VERSION = 2;

  /** What the segmenter emits. */
  public enum Mode {
    /** Each character in exactly one token (jieba's {@code cut}). */
    PRECISE,
    /** Precise mode plus the dictionary 2- and 3-grams inside longer words (jieba's {@code cut_for_search}). */
    SEARCH
  }

  /**
   * Checks the combination and keeps unmodifiable copies of the lists.
   *
   * @param kind {@link #JIEBA} or {@link #SMARTCN}
   * @param mode {@link Mode#PRECISE} or {@link Mode#SEARCH}
   * @param hmm jieba only: guess words missing from the dictionary with jieba's HMM
   * @param pos give every token a part-of-speech tag; required by a {@link Filter.Tags} filter
   * @param protectUrls keep URLs and e-mail addresses whole
   * @param userFirst jieba only: user words without a frequency take precedence over other cuts
   * @param userDict user dictionary lines {@code word [freq] [tag]}; must be empty for {@code smartcn} (the lines
   *     themselves are checked when a segmenter is created)
   * @param filters the filters in the order they run; character folds before every token filter
   * @throws NullPointerException when {@code kind}, {@code mode}, a list or a list element is {@code null}
   * @throws IllegalArgumentException for an unknown kind, user dictionary lines for {@code smartcn}, a character
   *     fold after a token filter, or a tag filter without {@code pos}
   */
  public SegmenterConfig {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(mode, "mode");
    if (!kind.equals(JIEBA) && !kind.equals(SMARTCN)) {
      throw new IllegalArgumentException("unknown segmenter '" + kind + "' (known: jieba, smartcn)");
    }
    userDict = List.copyOf(userDict);
    filters = List.copyOf(filters);
    if (kind.equals(SMARTCN) && !userDict.isEmpty()) {
      throw new IllegalArgumentException("smartcn takes no user dictionary (it has its own); use jieba");
    }
    boolean tokenFilterSeen = false;
    for (Filter f : filters) {
      if (f.beforeCutting() && tokenFilterSeen) {
        throw new IllegalArgumentException("character folds (" + f + ") must come before token filters: "
            + filters);
      }
      tokenFilterSeen |= !f.beforeCutting();
      if (f instanceof Filter.Tags && !pos) {
        throw new IllegalArgumentException("a tag filter needs part-of-speech tagging (pos = true): " + f);
      }
    }
  }

  /** The defaults, {@link #jieba()}. */
  public SegmenterConfig() {
    this(JIEBA, Mode.PRECISE, true, false, true, true, List.of(), List.of());
  }

  /**
   * The configuration of fenlei before version 2: precise mode, no tags, Python's URL and user-word behaviour.
   *
   * @param kind {@link #JIEBA} or {@link #SMARTCN}
   * @param hmm jieba only: guess words missing from the dictionary with jieba's HMM
   * @param userDict user dictionary lines {@code word [freq] [tag]}; must be empty for {@code smartcn}
   * @throws NullPointerException when {@code kind}, {@code userDict} or a line is {@code null}
   * @throws IllegalArgumentException for an unknown kind or user dictionary lines for {@code smartcn}
   */
  public SegmenterConfig(String kind, boolean hmm, List<String> userDict) {
    this(kind, Mode.PRECISE, hmm, false, false, false, userDict, List.of());
  }

  /**
   * jieba precise mode with HMM, URLs and e-mail addresses kept whole, no tags, no user dictionary, no filters.
   *
   * @return the default configuration, equal to {@code new SegmenterConfig()}
   */
  public static SegmenterConfig jieba() {
    return new SegmenterConfig();
  }

  /**
   * Lucene's smartcn, URLs and e-mail addresses kept whole, no tags, no filters.
   *
   * @return the smartcn configuration
   */
  public static SegmenterConfig smartcn() {
    return new SegmenterConfig(SMARTCN, Mode.PRECISE, false, false, true, true, List.of(), List.of());
  }

  /**
   * This configuration with another cutter.
   *
   * @param newKind {@link #JIEBA} or {@link #SMARTCN}
   * @return the copy
   * @throws NullPointerException when {@code newKind} is {@code null}
   * @throws IllegalArgumentException for an unknown kind, or {@code smartcn} with user dictionary lines
   */
  public SegmenterConfig withKind(String newKind) {
    return new SegmenterConfig(newKind, mode, hmm, pos, protectUrls, userFirst, userDict, filters);
  }

  /**
   * This configuration with another mode.
   *
   * @param newMode {@link Mode#PRECISE} or {@link Mode#SEARCH}
   * @return the copy
   * @throws NullPointerException when {@code newMode} is {@code null}
   */
  public SegmenterConfig withMode(Mode newMode) {
    return new SegmenterConfig(kind, newMode, hmm, pos, protectUrls, userFirst, userDict, filters);
  }

  /**
   * This configuration with jieba's HMM on or off.
   *
   * @param on whether to guess words missing from the dictionary with the HMM
   * @return the copy
   */
  public SegmenterConfig withHmm(boolean on) {
    return new SegmenterConfig(kind, mode, on, pos, protectUrls, userFirst, userDict, filters);
  }

  /**
   * This configuration with part-of-speech tagging on or off.
   *
   * @param on whether to tag every token
   * @return the copy
   * @throws IllegalArgumentException when {@code on} is false and a tag filter is configured
   */
  public SegmenterConfig withPos(boolean on) {
    return new SegmenterConfig(kind, mode, hmm, on, protectUrls, userFirst, userDict, filters);
  }

  /**
   * This configuration with URL and e-mail protection on or off.
   *
   * @param on whether to keep URLs and e-mail addresses whole
   * @return the copy
   */
  public SegmenterConfig withProtectUrls(boolean on) {
    return new SegmenterConfig(kind, mode, hmm, pos, on, userFirst, userDict, filters);
  }

  /**
   * This configuration with user-word precedence on or off.
   *
   * @param on whether user words without a frequency take precedence over other cuts ({@code false}: Python
   *     jieba's behaviour)
   * @return the copy
   */
  public SegmenterConfig withUserFirst(boolean on) {
    return new SegmenterConfig(kind, mode, hmm, pos, protectUrls, on, userDict, filters);
  }

  /**
   * This configuration with another user dictionary, which replaces the current one.
   *
   * @param lines the user dictionary lines {@code word [freq] [tag]}
   * @return the copy
   * @throws NullPointerException when {@code lines} or a line is {@code null}
   * @throws IllegalArgumentException when {@code lines} is not empty and the kind is {@code smartcn}
   */
  public SegmenterConfig withUserDict(List<String> lines) {
    return new SegmenterConfig(kind, mode, hmm, pos, protectUrls, userFirst, lines, filters);
  }

  /**
   * This configuration with other filters, which replace the current ones.
   *
   * @param newFilters the filters in the order they run; character folds first
   * @return the copy
   * @throws NullPointerException when {@code newFilters} or a filter is {@code null}
   * @throws IllegalArgumentException when a character fold follows a token filter, or a tag filter is given
   *     while tagging is off
   */
  public SegmenterConfig withFilters(List<Filter> newFilters) {
    return new SegmenterConfig(kind, mode, hmm, pos, protectUrls, userFirst, userDict, newFilters);
  }

  /**
   * This configuration with {@code filter} appended to the filters.
   *
   * @param filter the filter to run after the current ones
   * @return the copy
   * @throws NullPointerException when {@code filter} is {@code null}
   * @throws IllegalArgumentException when {@code filter} is a character fold and a token filter is configured,
   *     or a tag filter while tagging is off
   */
  public SegmenterConfig withFilter(Filter filter) {
    List<Filter> all = new ArrayList<>(filters);
    all.add(Objects.requireNonNull(filter, "filter"));
    return withFilters(all);
  }

  /**
   * Writes the binary form (version {@value #FORMAT_VERSION}), user dictionary and stopwords included.
   *
   * @param out where to write; strings go through {@link DataOutput#writeUTF}
   * @throws IOException when {@code out} fails, e.g. a user dictionary line or stopword longer than
   *     {@code writeUTF} allows (65,535 bytes of modified UTF-8)
   */
  public void write(DataOutput out) throws IOException {
    ConfigFormat.write(this, out);
  }

  /**
   * Reads what {@link #write} wrote, this version or version 1 (which had kind, hmm and user dictionary only, and
   * reads as the behaviour of that version: no URL protection, Python jieba's user words).
   *
   * @param in where to read from, positioned at the start of the binary form
   * @return the configuration read
   * @throws IOException naming the version if it is newer than this fenlei reads, or if the data is malformed
   */
  public static SegmenterConfig read(DataInput in) throws IOException {
    return ConfigFormat.read(in);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("[").append(kind).append(' ')
        .append(mode.name().toLowerCase(java.util.Locale.ROOT));
    if (kind.equals(JIEBA)) {
      sb.append(hmm ? "" : ", no HMM").append(userDict.isEmpty() ? "" : ", " + userDict.size()
          + " user dictionary lines" + (userFirst ? "" : " (Python's precedence)"));
    }
    sb.append(pos ? ", POS" : "").append(protectUrls ? "" : ", URLs cut");
    for (Filter f : filters) {
      sb.append(", ").append(f instanceof Filter.Stopwords sw ? "Stopwords[" + sw.words().size() + " words]" : f);
    }
    return sb.append(']').toString();
  }
}
