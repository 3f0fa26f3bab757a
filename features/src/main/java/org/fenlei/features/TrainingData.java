package org.fenlei.features;

import org.fenlei.core.LabelSets;
import org.fenlei.core.Parallel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fenlei.corpora.Document;
import org.fenlei.segment.Segmenter;
import org.fenlei.segment.SegmenterConfig;
import org.fenlei.segment.Segmenters;

/**
 * Labelled training documents turned into feature vectors by a freshly fitted {@link TextPipeline}: what
 * every sparse model's {@code fit} takes. Labels are sorted, so the same data gives the same label ids.
 *
 * @param pipeline the pipeline fitted on these documents, which vectorised them
 * @param vectors each document's feature vector
 * @param labelIds for each document, the ids of its labels in {@link #labels}, ascending
 * @param labels the label names, sorted; a label's id is its position
 * @param multiLabel whether a document may have several labels
 */
public record TrainingData(TextPipeline pipeline, List<SparseVector> vectors, int[][] labelIds, List<String> labels,
    boolean multiLabel) {

  /**
   * Segments {@code docs} on {@code threads} threads, fits the vocabulary and vectorises them. The data is
   * multi-label when {@code forceMultiLabel} is set or any document has two or more labels; then a document may
   * have no label, a negative for every label ({@link LabelSets}).
   *
   * @param docs the labelled training documents
   * @param segmenterConfig the segmentation to use and store
   * @param featureConfig the n-gram settings
   * @param forceMultiLabel treat the data as multi-label even when every document has one label
   * @param threads the number of threads
   * @return the training data
   * @throws IllegalArgumentException when a document of multi-class data has no label, no document has a label,
   *     or multi-class data has fewer than two labels
   */
  public static TrainingData prepare(List<Document> docs, SegmenterConfig segmenterConfig,
      FeatureConfig featureConfig, boolean forceMultiLabel, int threads) {
    return prepare(docs, segmenterConfig, featureConfig, Fusion.ngramsOnly(), forceMultiLabel, threads, 1L);
  }

  /**
   * As {@link #prepare(List, SegmenterConfig, FeatureConfig, boolean, int)}, fusing the blocks of {@code fusion}.
   *
   * @param docs the labelled training documents
   * @param segmenterConfig the segmentation to use and store
   * @param featureConfig the n-gram settings
   * @param fusion the feature blocks to fit and concatenate
   * @param forceMultiLabel treat the data as multi-label even when every document has one label
   * @param threads the number of threads
   * @param seed the random seed of the blocks that need one (LSI, LDA)
   * @return the training data
   * @throws IllegalArgumentException when a document has no label or there are fewer than two labels
   * @throws java.io.UncheckedIOException when a word-vector or lexicon file cannot be read
   * @throws IllegalStateException when LDA features are asked for and MALLET is not on the class path
   */
  public static TrainingData prepare(List<Document> docs, SegmenterConfig segmenterConfig,
      FeatureConfig featureConfig, Fusion fusion, boolean forceMultiLabel, int threads, long seed) {
    boolean multi = LabelSets.multiLabel(docs, forceMultiLabel);
    LabelSets.check(docs, multi, "training");
    TreeSet<String> labelSet = new TreeSet<>();
    for (Document d : docs) {
      labelSet.addAll(d.labels());
    }
    if (labelSet.size() < 2 && !multi) {
      throw new IllegalArgumentException("training data needs at least two labels, found " + labelSet);
    }
    List<String> labels = List.copyOf(labelSet);
    Map<String, Integer> ids = new TreeMap<>();
    for (String l : labels) {
      ids.put(l, ids.size());
    }
    Segmenter segmenter = Segmenters.create(segmenterConfig);
    boolean words = TextPipeline.needsWords(fusion);
    List<TextPipeline.Analysis> analyses =
        Parallel.map(docs, d -> TextPipeline.analyze(segmenter, featureConfig, d.text(), words), threads);
    int[][] y = new int[docs.size()][];
    for (int i = 0; i < y.length; i++) {
      List<String> ls = new ArrayList<>(new TreeSet<>(docs.get(i).labels()));
      y[i] = ls.stream().mapToInt(ids::get).toArray();
    }
    TextPipeline pipeline =
        TextPipeline.fit(segmenterConfig, featureConfig, fusion, analyses, y, labels.size(), threads, seed);
    List<SparseVector> vectors = Parallel.map(analyses, pipeline::vectorize, threads);
    return new TrainingData(pipeline, vectors, y, labels, multi);
  }

  /**
   * Whether some document has no label (multi-label data only): then a model may rightly predict none.
   *
   * @return true when a document's label set is empty
   */
  public boolean anyUnlabelled() {
    for (int[] ids : labelIds) {
      if (ids.length == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The documents at {@code rows}, sharing this data's pipeline and label set.
   *
   * @param rows document positions, in the order wanted; repeats allowed
   * @return the subset
   */
  public TrainingData subset(int[] rows) {
    List<SparseVector> v = new ArrayList<>(rows.length);
    int[][] y = new int[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      v.add(vectors.get(rows[i]));
      y[i] = labelIds[rows[i]];
    }
    return new TrainingData(pipeline, v, y, labels, multiLabel);
  }

  /**
   * Rebalances the classes by each document's first label (documents without a label form a class of their
   * own): {@code over} repeats random documents of smaller classes until each has as many as the largest,
   * {@code under} keeps a random subset of each class as large as the smallest, {@code none} returns this data.
   * Deterministic for a seed.
   *
   * @param mode {@code none}, {@code over} or {@code under}
   * @param seed the random seed
   * @return the resampled data, its documents in ascending order of their position here
   * @throws IllegalArgumentException for an unknown mode
   */
  public TrainingData resample(String mode, long seed) {
    if (mode.equals("none")) {
      return this;
    }
    if (!mode.equals("over") && !mode.equals("under")) {
      throw new IllegalArgumentException("unknown resampling '" + mode + "' (known: none, over, under)");
    }
    List<List<Integer>> byLabel = new ArrayList<>(); // the last group: documents without a label
    for (int c = 0; c <= labels.size(); c++) {
      byLabel.add(new ArrayList<>());
    }
    for (int i = 0; i < labelIds.length; i++) {
      byLabel.get(labelIds[i].length == 0 ? labels.size() : labelIds[i][0]).add(i);
    }
    int target = 0;
    int smallest = Integer.MAX_VALUE;
    for (List<Integer> rows : byLabel) {
      if (!rows.isEmpty()) {
        target = Math.max(target, rows.size());
        smallest = Math.min(smallest, rows.size());
      }
    }
    if (mode.equals("under")) {
      target = smallest;
    }
    java.util.Random random = new java.util.Random(seed);
    List<Integer> keep = new ArrayList<>();
    for (List<Integer> rows : byLabel) {
      if (rows.isEmpty()) {
        continue;
      }
      List<Integer> shuffled = new ArrayList<>(rows);
      java.util.Collections.shuffle(shuffled, random);
      for (int k = 0; k < target; k++) {
        keep.add(k < shuffled.size() ? shuffled.get(k) : shuffled.get(random.nextInt(shuffled.size())));
      }
    }
    java.util.Collections.sort(keep);
    return subset(keep.stream().mapToInt(Integer::intValue).toArray());
  }
}
