package org.fenlei.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * jieba's default dictionary and HMM tables, read once on first use from the resources of the
 * {@code com.huaban:jieba-analysis} jar (whose code is not used). Each table sits in its own holder class, so it
 * loads lazily and exactly once; a failure is kept and reported, with the resource's name, on every use.
 */
final class DefaultModels {
  static final String DICTIONARY = "dict.txt";
  static final String EMISSIONS = "prob_emit.txt";

  /**
   * Entries of Python jieba 0.42.1's {@code dict.txt} that jieba-analysis 1.0.2's copy lacks (the two files
   * differ in this one line), added so the totals and routes match Python jieba exactly.
   */
  static final String PYTHON_ONLY_ENTRIES = "吉林 89 ns\n";

  private static final System.Logger LOG = System.getLogger(DefaultModels.class.getName());

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

  private static BaseDictionary loadDictionary() {
    long t0 = System.nanoTime();
    byte[] bytes;
    try (InputStream in = open(DICTIONARY)) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read jieba dictionary " + DICTIONARY, e);
    }
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
    LOG.log(Level.DEBUG, () -> String.format("loaded %s: %d words, %d trie nodes in %.0f ms", DICTIONARY,
        built.wordCount(), built.nodeCount(), (System.nanoTime() - t0) / 1e6));
    return new BaseDictionary(built, reader.total(), tags.names());
  }

  private static InputStream open(String resource) {
    InputStream in = DefaultModels.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("resource " + resource + " not found on the class path (it ships in"
          + " com.huaban:jieba-analysis)");
    }
    return in;
  }
}
