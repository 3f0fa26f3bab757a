package org.fenlei.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * jieba's default dictionary and HMM tables, read once on first use from the resources of the
 * {@code com.huaban:jieba-analysis} jar (whose code is not used), and fenlei's own tables: the unknown-word tagger
 * (built from the dictionary), the Traditional-to-Simplified fold ({@code t2s.txt}) and the default stopwords
 * ({@code stopwords.txt}). Each table sits in its own holder class, so it loads lazily and exactly once; a failure
 * is kept and reported, with the resource's name, on every use. All of them are immutable.
 */
final class DefaultModels {
  static final String DICTIONARY = "dict.txt";
  static final String EMISSIONS = "prob_emit.txt";
  static final String T2S = "org/fenlei/segment/t2s.txt";
  static final String STOPWORDS = "org/fenlei/segment/stopwords.txt";

  /**
   * Entries of Python jieba 0.42.1's {@code dict.txt} that jieba-analysis 1.0.2's copy lacks (the two files
   * differ in this one line), added so the totals and routes match Python jieba exactly.
   */
  static final String PYTHON_ONLY_ENTRIES = "吉林 89 ns\n";

  private DefaultModels() {}

  /** The default dictionary; throws {@link IllegalStateException} naming the resource if it cannot be loaded. */
  static BaseDictionary dictionary() {
    if (DictionaryHolder.FAILURE != null) {
      throw new IllegalStateException("jieba default dictionary unavailable: " + DictionaryHolder.FAILURE.getMessage(),
          DictionaryHolder.FAILURE);
    }
    return DictionaryHolder.DICTIONARY;
  }

  /** The default dictionary without user words. */
  static Lexicon lexicon() {
    dictionary();
    return DictionaryHolder.LEXICON;
  }

  /** The HMM; throws {@link IllegalStateException} naming the resource if it cannot be loaded. */
  static HmmModel hmm() {
    if (HmmHolder.FAILURE != null) {
      throw new IllegalStateException("jieba HMM tables unavailable: " + HmmHolder.FAILURE.getMessage(),
          HmmHolder.FAILURE);
    }
    return HmmHolder.MODEL;
  }

  /** The tagger of words missing from the dictionary, built from the dictionary's tagged words. */
  static UnknownWordTagger unknownWordTagger() {
    if (TaggerHolder.FAILURE != null) {
      throw new IllegalStateException("unknown-word tagger unavailable: " + TaggerHolder.FAILURE.getMessage(),
          TaggerHolder.FAILURE);
    }
    return TaggerHolder.TAGGER;
  }

  /** The Traditional-to-Simplified fold. */
  static CharFold traditionalToSimplified() {
    if (T2sHolder.FAILURE != null) {
      throw new IllegalStateException("Traditional-to-Simplified table unavailable: " + T2sHolder.FAILURE.getMessage(),
          T2sHolder.FAILURE);
    }
    return T2sHolder.FOLD;
  }

  /** The default stopword list. */
  static List<String> stopwords() {
    if (StopwordsHolder.FAILURE != null) {
      throw new IllegalStateException("default stopword list unavailable: " + StopwordsHolder.FAILURE.getMessage(),
          StopwordsHolder.FAILURE);
    }
    return StopwordsHolder.WORDS;
  }

  private static final class DictionaryHolder {
    static final BaseDictionary DICTIONARY;
    static final Lexicon LEXICON;
    static final RuntimeException FAILURE;

    static {
      BaseDictionary dictionary = null;
      RuntimeException failure = null;
      try {
        dictionary = loadDictionary();
      } catch (RuntimeException e) {
        failure = e;
      }
      DICTIONARY = dictionary;
      LEXICON = dictionary == null ? null : dictionary.lexicon();
      FAILURE = failure;
    }
  }

  private static final class HmmHolder {
    static final HmmModel MODEL;
    static final RuntimeException FAILURE;

    static {
      HmmModel model = null;
      RuntimeException failure = null;
      try {
        model = HmmModel.read(open(EMISSIONS), EMISSIONS);
      } catch (RuntimeException e) {
        failure = e;
      }
      MODEL = model;
      FAILURE = failure;
    }
  }

  private static final class TaggerHolder {
    static final UnknownWordTagger TAGGER;
    static final RuntimeException FAILURE;

    static {
      UnknownWordTagger tagger = null;
      RuntimeException failure = null;
      try {
        TagTable tags = new TagTable(List.of());
        UnknownWordTagger.Builder builder = new UnknownWordTagger.Builder(tags);
        new DictionaryReader(builder, tags).read(readAll(DICTIONARY), DICTIONARY);
        tagger = builder.build();
      } catch (RuntimeException e) {
        failure = e;
      }
      TAGGER = tagger;
      FAILURE = failure;
    }
  }

  private static final class T2sHolder {
    static final CharFold FOLD;
    static final RuntimeException FAILURE;

    static {
      CharFold fold = null;
      RuntimeException failure = null;
      try {
        fold = readFold(T2S);
      } catch (RuntimeException e) {
        failure = e;
      }
      FOLD = fold;
      FAILURE = failure;
    }
  }

  private static final class StopwordsHolder {
    static final List<String> WORDS;
    static final RuntimeException FAILURE;

    static {
      List<String> words = null;
      RuntimeException failure = null;
      try {
        words = List.of(new String(readAll(STOPWORDS), StandardCharsets.UTF_8).split("\n"));
        if (words.size() < 1000) {
          throw new IllegalStateException(STOPWORDS + " holds only " + words.size() + " words");
        }
      } catch (RuntimeException e) {
        failure = e;
      }
      WORDS = words;
      FAILURE = failure;
    }
  }

  /** Reads {@code traditional<TAB>simplified} lines; {@code #} starts a comment line. */
  private static CharFold readFold(String resource) {
    String text = new String(readAll(resource), StandardCharsets.UTF_8);
    StringBuilder from = new StringBuilder();
    StringBuilder to = new StringBuilder();
    int lineNo = 0;
    for (String line : text.split("\n")) {
      lineNo++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.length() != 3 || line.charAt(1) != '\t') {
        throw new IllegalStateException(resource + ":" + lineNo + ": expected 'character<TAB>character': '" + line
            + "'");
      }
      from.append(line.charAt(0));
      to.append(line.charAt(2));
    }
    return CharFold.of(from.toString(), to.toString());
  }

  private static byte[] readAll(String resource) {
    try (InputStream in = open(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static BaseDictionary loadDictionary() {
    byte[] bytes = readAll(DICTIONARY);
    TrieBuilder trie = new TrieBuilder(bytes.length / 10);
    TagTable tags = new TagTable(List.of());
    DictionaryReader reader = new DictionaryReader(trie, tags);
    reader.read(bytes, DICTIONARY);
    reader.read(PYTHON_ONLY_ENTRIES.getBytes(StandardCharsets.UTF_8), "Python jieba's extra dictionary entries");
    HashTrie built = trie.build();
    if (built.wordCount() < 1000) {
      throw new IllegalStateException("jieba dictionary " + DICTIONARY + " holds only " + built.wordCount()
          + " words; is another " + DICTIONARY + " shadowing jieba-analysis's on the class path?");
    }
    return new BaseDictionary(built, reader.total(), tags.names());
  }

  private static InputStream open(String resource) {
    InputStream in = DefaultModels.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("resource " + resource + " not found on the class path (it ships in "
          + (resource.startsWith("org/fenlei/") ? "fenlei-segment" : "com.huaban:jieba-analysis") + ")");
    }
    return in;
  }
}
