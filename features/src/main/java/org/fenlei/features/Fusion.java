package org.fenlei.features;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which feature blocks a model's vector is the concatenation of, configured by name (the {@code fuse}
 * setting: {@code ngrams,lsi,lda,embed,lexicon}), with each block's size. Used at training time; the fitted
 * blocks are stored in the model file.
 *
 * @param ngrams the sparse n-gram features
 * @param lsi LSI components (0: off)
 * @param lsiTerms the features most frequent in documents that LSI works on
 * @param lda LDA topics (0: off)
 * @param ldaIterations Gibbs sweeps when learning the topics
 * @param vectors a {@code .vec} file for embedding features (null: off)
 * @param embedAverage average the word vectors
 * @param embedMax take their element-wise maximum
 * @param lexicon a lexicon file for category counts (null: off)
 */
public record Fusion(boolean ngrams, int lsi, int lsiTerms, int lda, int ldaIterations, Path vectors,
    boolean embedAverage, boolean embedMax, Path lexicon) {
  /**
   * Checks the sizes.
   *
   * @param ngrams the sparse n-gram features
   * @param lsi LSI components (0: off)
   * @param lsiTerms the features LSI works on
   * @param lda LDA topics (0: off)
   * @param ldaIterations Gibbs sweeps when learning the topics
   * @param vectors a {@code .vec} file for embedding features (null: off)
   * @param embedAverage average the word vectors
   * @param embedMax take their element-wise maximum
   * @param lexicon a lexicon file for category counts (null: off)
   * @throws IllegalArgumentException when {@code lsi} or {@code lda} is negative, {@code lsiTerms} or
   *     {@code ldaIterations} is below 1, or no block is on
   */
  public Fusion {
    if (lsi < 0 || lda < 0 || lsiTerms < 1 || ldaIterations < 1) {
      throw new IllegalArgumentException("invalid fusion sizes: lsi " + lsi + ", lsi terms " + lsiTerms + ", lda "
          + lda + ", lda iterations " + ldaIterations);
    }
    if (!ngrams && lsi == 0 && lda == 0 && vectors == null && lexicon == null) {
      throw new IllegalArgumentException("fusion of nothing: name at least one of ngrams, lsi, lda, embed, lexicon");
    }
  }

  /**
   * The n-gram features alone.
   *
   * @return a fusion of the n-gram block only
   */
  public static Fusion ngramsOnly() {
    return new Fusion(true, 0, 20_000, 0, 200, null, true, false, null);
  }

  /**
   * The block names of a {@code fuse} setting, checked.
   *
   * @param fuse comma-separated block names
   * @return the names, lower case
   * @throws IllegalArgumentException for an unknown name
   */
  public static List<String> names(String fuse) {
    List<String> names = new ArrayList<>();
    for (String n : fuse.split(",")) {
      if (!n.isBlank()) {
        names.add(n.strip().toLowerCase(Locale.ROOT));
      }
    }
    for (String n : names) {
      if (!List.of("ngrams", "lsi", "lda", "embed", "lexicon").contains(n)) {
        throw new IllegalArgumentException("unknown feature block '" + n + "' (known: ngrams, lsi, lda, embed, lexicon)");
      }
    }
    return names;
  }

  /**
   * Parses {@code fuse} (comma-separated block names) with the sizes and files of the blocks it names. Sizes and
   * files of blocks {@code fuse} does not name are ignored.
   *
   * @param fuse comma-separated block names: {@code ngrams}, {@code lsi}, {@code lda}, {@code embed},
   *     {@code lexicon}
   * @param lsi LSI components, used when {@code fuse} names {@code lsi}
   * @param lsiTerms the number of features LSI works on
   * @param lda LDA topics, used when {@code fuse} names {@code lda}
   * @param ldaIterations Gibbs sweeps when learning the topics
   * @param vectors a {@code .vec} file, required when {@code fuse} names {@code embed}
   * @param embed {@code avg}, {@code max} or {@code avg+max}
   * @param lexicon a lexicon file, required when {@code fuse} names {@code lexicon}
   * @return the fusion
   * @throws IllegalArgumentException for an unknown block name, a named block without its file, or invalid sizes
   */
  public static Fusion parse(String fuse, int lsi, int lsiTerms, int lda, int ldaIterations, Path vectors,
      String embed, Path lexicon) {
    List<String> names = names(fuse);
    if (names.contains("embed") && vectors == null) {
      throw new IllegalArgumentException("embed needs vectors=FILE.vec");
    }
    if (names.contains("lexicon") && lexicon == null) {
      throw new IllegalArgumentException("lexicon needs lexicon=FILE");
    }
    boolean avg = embed.contains("avg");
    boolean max = embed.contains("max");
    return new Fusion(names.contains("ngrams"), names.contains("lsi") ? lsi : 0, lsiTerms,
        names.contains("lda") ? lda : 0, ldaIterations, names.contains("embed") ? vectors : null, avg, max,
        names.contains("lexicon") ? lexicon : null);
  }
}
