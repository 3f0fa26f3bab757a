package org.fenlei.classic;

import org.fenlei.core.Parallel;
import org.fenlei.core.DataArrays;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.fenlei.corpora.Document;
import org.fenlei.core.ModelCodec;
import org.fenlei.features.SparseVector;
import org.fenlei.core.TextClassifier;
import org.fenlei.features.TextPipeline;
import org.fenlei.features.TrainingData;

/**
 * Multinomial Naive Bayes over the pipeline's (TF-IDF weighted) term features, with additive smoothing
 * {@code alpha}: {@code P(t | c) = (N_ct + alpha) / (N_c + alpha V)}. Multi-class scores are the posterior
 * {@code P(c | d)}; multi-label models are one-vs-rest: label {@code l} against all documents without it, its
 * score the two-class posterior.
 */
public final class NaiveBayes extends PipelineClassifier {
  static final String KIND = "nb";
  static final int VERSION = 1;

  /** Which event model: term mass (multinomial), its complement (Rennie et al. 2003), or term presence. */
  public enum Variant {
    /** Term mass per label: {@code P(t | c)} from the summed feature values of the label's documents. */
    MULTINOMIAL,
    /**
     * Complement Naive Bayes (Rennie et al. 2003): a label's evidence is how unlike the term distribution of the
     * documents without it the text is; multi-class scores leave the prior out, as scikit-learn's ComplementNB.
     */
    COMPLEMENT,
    /** Term presence: each feature is present or absent, absent terms count too. */
    BERNOULLI;

    /**
     * The variant of a name, ignoring case.
     *
     * @param s {@code multinomial}, {@code complement} or {@code bernoulli}
     * @return the variant
     * @throws IllegalArgumentException for an unknown name
     */
    public static Variant parse(String s) {
      for (Variant v : values()) {
        if (v.name().equalsIgnoreCase(s)) {
          return v;
        }
      }
      throw new IllegalArgumentException("unknown Naive Bayes variant '" + s
          + "' (known: multinomial, complement, bernoulli)");
    }
  }

  /**
   * The hyper-parameters of a Naive Bayes model.
   *
   * @param variant the event model
   * @param alpha additive (Lidstone) smoothing, > 0
   */
  public record Options(Variant variant, double alpha) {
    /**
     * Checks the values.
     *
     * @param variant the event model, not null
     * @param alpha additive smoothing, > 0
     * @throws IllegalArgumentException when {@code variant} is null or {@code alpha} is not positive
     */
    public Options {
      if (variant == null) {
        throw new IllegalArgumentException("variant is required");
      }
      if (!(alpha > 0)) {
        throw new IllegalArgumentException("alpha must be > 0: " + alpha);
      }
    }

    /** The defaults: multinomial, alpha 0.1. */
    public Options() {
      this(Variant.MULTINOMIAL, 0.1);
    }
  }

  private final Variant variant;
  private final double alpha;
  private final double documents;
  private final double[] docCounts; // per label: documents with the label
  private final float[][] termMass; // [label][term]: summed feature values of the label's documents
  private final float[] totalMass; // [term]: summed feature values of all documents
  private final NaiveBayesScorer scorer;

  private NaiveBayes(TextPipeline pipeline, List<String> labels, boolean multiLabel, Variant variant, double alpha,
      double documents, double[] docCounts, float[][] termMass, float[] totalMass, Thresholds thresholds) {
    super(pipeline, labels, multiLabel, thresholds);
    this.variant = variant;
    this.alpha = alpha;
    this.documents = documents;
    this.docCounts = docCounts;
    this.termMass = termMass;
    this.totalMass = totalMass;
    this.scorer = new NaiveBayesScorer(variant, alpha, documents, docCounts, termMass, totalMass, multiLabel);
  }

  /**
   * Fits the model; a multi-label one gets per-label thresholds tuned on a held-out {@code devFraction} of the
   * documents (0 keeps 0.5) and predicts at least one label.
   *
   * @param data the prepared training data
   * @param options the hyper-parameters
   * @param devFraction multi-label only: the fraction of documents held out to tune thresholds, 0 for none
   * @param seed the seed of the held-out split
   * @return the model, a {@link NaiveBayes}
   */
  public static TextClassifier fit(TrainingData data, Options options, double devFraction, long seed) {
    return fit(data, options, List.of(), devFraction, seed);
  }

  /**
   * As {@link #fit(TrainingData, Options, double, long)}, tuning on {@code dev} when it is not empty.
   *
   * @param data the prepared training data
   * @param options the hyper-parameters
   * @param dev held-out documents to tune multi-label thresholds on, possibly empty
   * @param devFraction multi-label only, when {@code dev} is empty: the fraction of documents held out instead
   * @param seed the seed of the held-out split
   * @return the model, a {@link NaiveBayes}
   */
  public static TextClassifier fit(TrainingData data, Options options, List<Document> dev, double devFraction,
      long seed) {
    return fit(data, d -> fit(d, options), dev, devFraction, seed);
  }

  /**
   * Fits the model to prepared training data, without tuning: a multi-label model's thresholds are 0.5.
   *
   * @param data the prepared training data
   * @param options the hyper-parameters
   * @return the model
   */
  public static NaiveBayes fit(TrainingData data, Options options) {
    Masses m = Masses.of(data, options.variant() == Variant.BERNOULLI);
    return new NaiveBayes(data.pipeline(), data.labels(), data.multiLabel(), options.variant(), options.alpha(),
        data.vectors().size(), m.docCounts, m.termMass, m.totalMass, untuned(data));
  }

  /**
   * A multi-class or multi-label model from counts summed elsewhere, e.g. over the partitions of a cluster:
   * {@code fit(data, options)} of the same documents gives the same model when the sums are exact, which they are
   * in double for TF-IDF values of up to millions of documents, whatever the order they were added in (the
   * sums are rounded to float once, here as in {@link #fit(TrainingData, Options)}). A multi-label model's
   * thresholds stay 0.5.
   *
   * @param pipeline the pipeline fitted on the documents, which vectorised them
   * @param labels the label names, sorted, as {@link TrainingData#labels()}
   * @param multiLabel whether a document may have several labels
   * @param options the hyper-parameters
   * @param documents the number of documents
   * @param docCounts per label, the documents with it
   * @param termMass per label and feature, the summed feature values of the label's documents (Bernoulli: the
   *     documents containing the feature)
   * @param totalMass per feature, the summed feature values of all documents (Bernoulli: documents containing it)
   * @return the model
   * @throws IllegalArgumentException when the array sizes do not match the labels and the pipeline's dimension
   */
  public static NaiveBayes ofCounts(TextPipeline pipeline, List<String> labels, boolean multiLabel, Options options,
      long documents, double[] docCounts, double[][] termMass, double[] totalMass) {
    int vocab = pipeline.dimension();
    if (docCounts.length != labels.size() || termMass.length != labels.size() || totalMass.length != vocab) {
      throw new IllegalArgumentException("counts of " + docCounts.length + " and " + termMass.length + " labels, "
          + totalMass.length + " features, for " + labels.size() + " labels and " + vocab + " features");
    }
    Masses m = Masses.rounded(docCounts.clone(), termMass, totalMass);
    return new NaiveBayes(pipeline, List.copyOf(labels), multiLabel, options.variant(), options.alpha(), documents,
        m.docCounts, m.termMass, m.totalMass, Thresholds.fixed(labels.size(), multiLabel ? 0.5 : 0.0, 0));
  }

  /** Per label the documents and summed feature values (Bernoulli: documents containing each term). */
  private record Masses(double[] docCounts, float[][] termMass, float[] totalMass) {
    /** The sums of {@code data}'s documents, added in double and rounded once, so that any order gives them. */
    static Masses of(TrainingData data, boolean presence) {
      int labelCount = data.labels().size();
      int vocab = data.pipeline().dimension();
      double[] docCounts = new double[labelCount];
      double[][] termMass = new double[labelCount][vocab];
      double[] totalMass = new double[vocab];
      for (int i = 0; i < data.vectors().size(); i++) {
        SparseVector x = data.vectors().get(i);
        for (int k = 0; k < x.size(); k++) {
          totalMass[x.index(k)] += presence ? 1f : x.value(k);
        }
        for (int label : data.labelIds()[i]) {
          docCounts[label]++;
          double[] row = termMass[label];
          for (int k = 0; k < x.size(); k++) {
            row[x.index(k)] += presence ? 1f : x.value(k);
          }
        }
      }
      return rounded(docCounts, termMass, totalMass);
    }

    static Masses rounded(double[] docCounts, double[][] termMass, double[] totalMass) {
      float[][] t = new float[termMass.length][];
      for (int c = 0; c < t.length; c++) {
        t[c] = toFloats(termMass[c]);
      }
      return new Masses(docCounts, t, toFloats(totalMass));
    }

    private static float[] toFloats(double[] d) {
      float[] f = new float[d.length];
      for (int i = 0; i < d.length; i++) {
        f[i] = (float) d[i];
      }
      return f;
    }

    /** These counts without those of {@code part} (a subset of the same documents). */
    Masses minus(Masses part) {
      double[] d = docCounts.clone();
      float[][] t = new float[termMass.length][];
      float[] total = totalMass.clone();
      for (int c = 0; c < d.length; c++) {
        d[c] -= part.docCounts[c];
        t[c] = termMass[c].clone();
        for (int j = 0; j < t[c].length; j++) {
          t[c][j] = Math.max(0f, t[c][j] - part.termMass[c][j]);
        }
      }
      for (int j = 0; j < total.length; j++) {
        total[j] = Math.max(0f, total[j] - part.totalMass[j]);
      }
      return new Masses(d, t, total);
    }
  }

  /**
   * The smoothing values {@link #select} tries when alpha is not given, in the order that wins ties: the default
   * 0.1 first, then outwards.
   */
  static final List<Double> ALPHAS = List.of(0.1, 0.03, 0.3, 0.01, 1.0);

  /** Fewest documents worth choosing on; with fewer the defaults (multinomial, alpha 0.1) stand. */
  static final int MIN_HELD_OUT = 100;

  /**
   * Chooses the variant (multinomial or complement) and alpha ({@link #ALPHAS}) that score best on held-out
   * documents: {@code dev} when it is not empty (the model trained on all of {@code data}), otherwise every
   * training document once, by {@code folds}-fold cross-validation (seeded random folds; a fold's model counts
   * the other folds, which costs one subtraction since counts add up). A given {@code variant} or {@code alpha}
   * (non-null) is kept; only the others are searched. The score is accuracy, or for multi-label data the micro
   * F1 of the labels scoring 0.5 or more (at least the best one, unless some training document has no label),
   * summed over the folds. The first candidate wins
   * ties: multinomial before complement, alphas in the order of {@link #ALPHAS}. With fewer than
   * {@link #MIN_HELD_OUT} documents to score on, or fewer than two folds, the defaults stand. Candidates are
   * scored on {@code threads} threads.
   *
   * @param data the prepared training data
   * @param variant the variant to keep, or null to choose between multinomial and complement
   * @param alpha the smoothing to keep, or null to choose among 0.01, 0.03, 0.1, 0.3 and 1
   * @param dev held-out documents to score on, or empty for cross-validation
   * @param folds the number of cross-validation folds when {@code dev} is empty; below 2 chooses nothing
   * @param seed the seed of the folds
   * @param threads the number of threads
   * @return the chosen options
   * @throws IllegalArgumentException when {@code folds} is negative
   */
  public static Options select(TrainingData data, Variant variant, Double alpha, List<Document> dev, int folds,
      long seed, int threads) {
    List<Variant> variants = variant != null ? List.of(variant) : List.of(Variant.MULTINOMIAL, Variant.COMPLEMENT);
    List<Double> alphas = alpha != null ? List.of(alpha) : ALPHAS;
    Options fallback = new Options(variants.get(0), alpha != null ? alpha : new Options().alpha());
    if (folds < 0) {
      throw new IllegalArgumentException("select-folds must be >= 0: " + folds);
    }
    int candidates = variants.size() * alphas.size();
    if (candidates == 1) {
      return fallback;
    }
    boolean presence = variants.get(0) == Variant.BERNOULLI;
    long[][] tally = new long[candidates][3]; // right, predicted, gold
    if (!dev.isEmpty()) {
      java.util.Map<String, Integer> ids = new java.util.HashMap<>();
      data.labels().forEach(l -> ids.put(l, ids.size()));
      List<SparseVector> x = new ArrayList<>();
      List<int[]> y = new ArrayList<>();
      for (Document d : dev) {
        int[] gold = d.labels().stream().filter(ids::containsKey).mapToInt(ids::get).toArray();
        if (gold.length > 0 || data.multiLabel() && d.labels().isEmpty()) { // an unlabelled one: a negative
          x.add(data.pipeline().vectorize(d.text()));
          y.add(gold);
        }
      }
      if (x.size() < MIN_HELD_OUT) {
        return fallback;
      }
      Masses all = Masses.of(data, presence);
      score(presence ? Narrowed.full(all, x) : Narrowed.of(all, x, null), data.vectors().size(), y,
          data.multiLabel(), minLabels(data), variants, alphas, tally, threads);
    } else {
      int n = data.vectors().size();
      if (folds < 2 || n < Math.max(MIN_HELD_OUT, folds)) {
        return fallback;
      }
      Masses all = Masses.of(data, presence);
      int[] order = HeldOut.of(n, n, seed).dev(); // a seeded permutation of the rows
      for (int f = 0; f < folds; f++) {
        int[] rows = java.util.Arrays.copyOfRange(order, (int) ((long) n * f / folds),
            (int) ((long) n * (f + 1) / folds));
        TrainingData fold = data.subset(rows);
        List<int[]> y = java.util.Arrays.asList(fold.labelIds());
        // the other folds' tables: all counts minus this fold's (Bernoulli needs full tables, so it subtracts them)
        Narrowed tables = presence ? Narrowed.full(all.minus(Masses.of(fold, true)), fold.vectors())
            : Narrowed.of(all, fold.vectors(), y);
        score(tables, n - rows.length, y, data.multiLabel(), minLabels(data), variants, alphas, tally, threads);
      }
    }
    Options best = fallback;
    double bestScore = Double.NEGATIVE_INFINITY;
    int k = 0;
    for (Variant v : variants) {
      for (double a : alphas) {
        long[] t = tally[k++];
        double score = data.multiLabel() ? 2.0 * t[0] / (t[1] + t[2]) : (double) t[0] / t[2];
        if (score > bestScore) {
          bestScore = score;
          best = new Options(v, a);
        }
      }
    }
    return best;
  }

  /** Adds each candidate's held-out counts (right, predicted, gold) to {@code tally}, candidates in order. */
  private static void score(Narrowed t, double docs, List<int[]> y, boolean multiLabel, int minLabels,
      List<Variant> variants, List<Double> alphas, long[][] tally, int threads) {
    List<Options> candidates = new ArrayList<>();
    for (Variant v : variants) {
      for (double a : alphas) {
        candidates.add(new Options(v, a));
      }
    }
    Masses m = t.masses;
    List<long[]> counts = Parallel.map(candidates, o -> heldOut(new NaiveBayesScorer(o.variant(),
        o.alpha(), docs, m.docCounts, m.termMass, m.totalMass, multiLabel, t.vocabulary), t.vectors, y, multiLabel,
        minLabels),
        threads, 2);
    for (int k = 0; k < counts.size(); k++) {
      for (int i = 0; i < 3; i++) {
        tally[k][i] += counts.get(k)[i];
      }
    }
  }

  /**
   * The tables held-out vectors are scored against, over a vocabulary of {@code vocabulary} terms. Narrowed ones
   * (multinomial and complement) hold only the terms the held-out vectors contain, renumbered in order, plus a
   * last column with the summed mass of all other terms, so that the smoothing denominators stay those of the whole
   * vocabulary and the scores those of the full tables; the vectors are renumbered the same way.
   */
  private record Narrowed(Masses masses, List<SparseVector> vectors, int vocabulary) {
    /** The full tables and the vectors as they are (Bernoulli). */
    static Narrowed full(Masses m, List<SparseVector> x) {
      return new Narrowed(m, x, m.totalMass.length);
    }

    /**
     * {@code all} narrowed to the terms of {@code x}; with {@code heldOutLabels} (x's labels), minus x's own
     * counts, i.e. the tables of the other documents (x's documents touch only the kept columns, so the last
     * column needs no subtraction).
     */
    static Narrowed of(Masses all, List<SparseVector> x, List<int[]> heldOutLabels) {
      Masses m = all;
      int vocab = m.totalMass.length;
      int[] column = new int[vocab];
      java.util.Arrays.fill(column, -1);
      int used = 0;
      for (SparseVector v : x) {
        for (int k = 0; k < v.size(); k++) {
          if (column[v.index(k)] < 0) {
            column[v.index(k)] = 0;
            used++;
          }
        }
      }
      int next = 0;
      for (int t = 0; t < vocab; t++) {
        column[t] = column[t] == 0 ? next++ : -1; // in term order, so renumbered vectors stay sorted
      }
      double[][] sums = new double[m.termMass.length][used + 1]; // in double, as the full tables' sums are
      double[] totals = new double[used + 1];
      for (int t = 0; t < vocab; t++) {
        int col = column[t] >= 0 ? column[t] : used;
        totals[col] += m.totalMass[t];
        for (int c = 0; c < sums.length; c++) {
          sums[c][col] += m.termMass[c][t];
        }
      }
      List<SparseVector> renumbered = new ArrayList<>(x.size());
      for (SparseVector v : x) {
        int[] idx = new int[v.size()];
        float[] val = new float[v.size()];
        for (int k = 0; k < v.size(); k++) {
          idx[k] = column[v.index(k)];
          val[k] = v.value(k);
        }
        renumbered.add(SparseVector.of(idx, val));
      }
      double[] docCounts = m.docCounts.clone();
      if (heldOutLabels != null) {
        for (int i = 0; i < renumbered.size(); i++) {
          SparseVector v = renumbered.get(i);
          for (int k = 0; k < v.size(); k++) {
            totals[v.index(k)] -= v.value(k);
          }
          for (int c : heldOutLabels.get(i)) {
            docCounts[c]--;
            for (int k = 0; k < v.size(); k++) {
              sums[c][v.index(k)] -= v.value(k);
            }
          }
        }
      }
      float[][] mass = new float[sums.length][];
      for (int c = 0; c < sums.length; c++) {
        mass[c] = toFloats(sums[c]);
      }
      return new Narrowed(new Masses(docCounts, mass, toFloats(totals)), renumbered, vocab);
    }

    /** To floats, with what subtraction leaves of a zero (rounding) clamped at zero. */
    private static float[] toFloats(double[] d) {
      float[] f = new float[d.length];
      for (int i = 0; i < d.length; i++) {
        f[i] = (float) Math.max(0, d[i]);
      }
      return f;
    }
  }

  /**
   * Held-out counts {right, predicted, gold}: for multi-class scores the top label against the gold one (predicted
   * = gold = documents), for multi-label scores the labels scoring at least 0.5 (at least the best one when
   * {@code minLabels} is 1).
   */
  static long[] heldOut(NaiveBayesScorer scorer, List<SparseVector> x, List<int[]> y, boolean multiLabel,
      int minLabels) {
    long right = 0;
    long predicted = 0;
    long gold = 0;
    for (int i = 0; i < x.size(); i++) {
      double[] s = scorer.scores(x.get(i));
      int top = 0;
      for (int c = 1; c < s.length; c++) {
        top = s[c] > s[top] ? c : top;
      }
      int[] g = y.get(i);
      if (!multiLabel) {
        right += contains(g, top) ? 1 : 0;
        predicted++;
        gold++;
        continue;
      }
      gold += g.length;
      for (int c = 0; c < s.length; c++) {
        if (c == top && minLabels > 0 || s[c] >= 0.5) {
          predicted++;
          right += contains(g, c) ? 1 : 0;
        }
      }
    }
    return new long[] {right, predicted, gold};
  }

  private static boolean contains(int[] a, int v) {
    for (int x : a) {
      if (x == v) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public java.util.Map<String, String> settings() {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("variant", variant.name().toLowerCase(java.util.Locale.ROOT));
    m.put("alpha", Double.toString(alpha));
    return m;
  }

  @Override
  protected double[] scores(SparseVector x) {
    return scorer.scores(x);
  }

  @Override
  protected NaiveBayes withThresholds(Thresholds t) {
    return new NaiveBayes(pipeline, labels, multiLabel, variant, alpha, documents, docCounts, termMass, totalMass, t);
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeInt(VERSION);
    pipeline.write(out);
    out.writeBoolean(multiLabel);
    out.writeUTF(variant.name());
    out.writeDouble(alpha);
    out.writeDouble(documents);
    out.writeInt(labels.size());
    for (int c = 0; c < labels.size(); c++) {
      out.writeUTF(labels.get(c));
      out.writeDouble(docCounts[c]);
    }
    DataArrays.writeFloats(out, totalMass);
    for (float[] row : termMass) {
      DataArrays.writeFloats(out, row);
    }
    thresholds.write(out);
  }

  /** Reads {@link NaiveBayes} models from model files: a {@link ModelCodec} service. */
  public static final class Codec implements ModelCodec {
    /** Creates the service. */
    public Codec() {}

    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public TextClassifier read(DataInput in) throws IOException {
      TextPipeline pipeline = readHead(in, KIND, VERSION);
      boolean multiLabel = in.readBoolean();
      Variant variant = Variant.valueOf(in.readUTF());
      double alpha = in.readDouble();
      double documents = in.readDouble();
      int n = readLabelCount(in);
      List<String> labels = new ArrayList<>(n);
      double[] docCounts = new double[n];
      for (int c = 0; c < n; c++) {
        labels.add(in.readUTF());
        docCounts[c] = in.readDouble();
      }
      int vocab = pipeline.dimension();
      float[] totalMass = DataArrays.readFloats(in, vocab);
      float[][] termMass = new float[n][];
      for (int c = 0; c < n; c++) {
        termMass[c] = DataArrays.readFloats(in, vocab);
      }
      Thresholds t = Thresholds.read(in, n);
      return new NaiveBayes(pipeline, labels, multiLabel, variant, new Options(variant, alpha).alpha(), documents,
          docCounts,
          termMass, totalMass, t);
    }
  }
}
