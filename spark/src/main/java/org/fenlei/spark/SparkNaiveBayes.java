package org.fenlei.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.fenlei.classic.ClassicTrainers;
import org.fenlei.classic.NaiveBayes;
import org.fenlei.core.ModelKinds;
import org.fenlei.core.Settings;
import org.fenlei.features.FeatureConfig;
import org.fenlei.features.FeatureSettings;
import org.fenlei.features.Fusion;
import org.fenlei.features.SparseVector;
import org.fenlei.features.TextPipeline;
import org.fenlei.segment.Segmenter;
import org.fenlei.segment.SegmenterConfig;
import org.fenlei.segment.Segmenters;
import scala.Tuple2;

/**
 * Multi-class Naive Bayes trained on a cluster, by aggregation: the executors segment the documents and count each
 * term's documents (a reduce by term); the driver fits the vocabulary and its idf from those counts; the executors
 * vectorise the documents and sum their TF-IDF values per label and term (a reduce by label and term, in double,
 * which is exact for these sums whatever the order); the driver rounds them once into the model. The result is
 * the model {@code fenlei train --model nb} makes on one machine with the same settings and
 * {@code --set calibration=none}, byte for byte.
 *
 * <p>What stays on one machine: the automatic choice of variant and alpha (cross-validation) and the calibration,
 * so {@code variant} and {@code alpha} must be given; multi-label data, hashed features, chi-square selection and
 * fused feature blocks. Driver memory: the vocabulary with its document frequencies and the label-by-term sums.
 */
public final class SparkNaiveBayes {
  private SparkNaiveBayes() {}

  /**
   * Trains a model.
   *
   * @param docs the training documents
   * @param textCol their text column, strings, none null
   * @param labelCol their label column, strings, none null; at least two labels
   * @param settings {@code fenlei train --model nb} settings ({@code --set key=value}): {@code variant} and
   *     {@code alpha} required, the feature and segmenter settings optional
   * @return the model
   * @throws org.fenlei.core.SettingsException for an unknown setting or a bad value
   * @throws IllegalArgumentException when variant or alpha is missing or automatic, for settings only one machine
   *     can train with, a bad column, a null text or label, or fewer than two labels
   */
  public static NaiveBayes train(Dataset<Row> docs, String textCol, String labelCol, Map<String, String> settings) {
    Settings s = Settings.of(settings).validate("nb", ModelKinds.trainer("nb").settings());
    NaiveBayes.Options options = options(settings);
    FeatureSettings features = new FeatureSettings(ClassicTrainers.NaiveBayesTrainer.FEATURES, "ngrams");
    if (!features.fusion(s).equals(Fusion.ngramsOnly()) || !settings.getOrDefault("resample", "none").equals("none")) {
      throw new IllegalArgumentException("fused feature blocks and resampling train on one machine only");
    }
    SegmenterConfig segmenter = FeatureSettings.segmenter(s);
    FeatureConfig config = features.features(s);
    Dataset<Row> rows = checked(docs, textCol, labelCol);
    java.util.TreeSet<String> sorted = new java.util.TreeSet<>(); // as one machine sorts them: by String order
    for (Row r : rows.select(labelCol).distinct().collectAsList()) {
      sorted.add(r.getString(0));
    }
    List<String> labels = List.copyOf(sorted);
    if (labels.size() < 2) {
      throw new IllegalArgumentException("training data needs at least two labels, found " + labels);
    }
    JavaRDD<Tuple2<Integer, List<String>>> terms = terms(rows, labels, bytes(out -> {
      segmenter.write(out);
      config.write(out);
    }))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      long n = terms.count();
      TextPipeline pipeline = TextPipeline.fit(segmenter, config, documentFrequencies(terms), n);
      JavaSparkContext sc = JavaSparkContext.fromSparkContext(docs.sparkSession().sparkContext());
      Broadcast<byte[]> shipped = sc.broadcast(bytes(pipeline::write));
      boolean presence = options.variant() == NaiveBayes.Variant.BERNOULLI;
      int vocab = pipeline.dimension();
      double[][] termMass = new double[labels.size()][vocab];
      double[] totalMass = new double[vocab];
      for (Tuple2<Long, Double> cell : termMasses(terms, shipped, presence, vocab).collect()) {
        termMass[(int) (cell._1() / vocab)][(int) (cell._1() % vocab)] = cell._2();
      }
      for (double[] row : termMass) {
        for (int t = 0; t < vocab; t++) {
          totalMass[t] += row[t]; // one label a document: the totals are the label sums' sums
        }
      }
      double[] docCounts = new double[labels.size()];
      for (Map.Entry<Integer, Long> e : terms.map(Tuple2::_1).countByValue().entrySet()) {
        docCounts[e.getKey()] = e.getValue();
      }
      shipped.destroy();
      return NaiveBayes.ofCounts(pipeline, labels, false, options, n, docCounts, termMass, totalMass);
    } finally {
      terms.unpersist();
    }
  }

  private static NaiveBayes.Options options(Map<String, String> settings) {
    String variant = settings.getOrDefault("variant", "auto");
    String alpha = settings.getOrDefault("alpha", "auto");
    if (variant.equals("auto") || alpha.equals("auto")) {
      throw new IllegalArgumentException("give variant and alpha (e.g. variant=multinomial, alpha=0.1): their "
          + "automatic choice by cross-validation runs on one machine");
    }
    return new NaiveBayes.Options(NaiveBayes.Variant.parse(variant), Double.parseDouble(alpha));
  }

  private static Dataset<Row> checked(Dataset<Row> docs, String textCol, String labelCol) {
    for (String c : List.of(textCol, labelCol)) {
      if (!List.of(docs.columns()).contains(c)) {
        throw new IllegalArgumentException("no column '" + c + "' (columns: " + String.join(", ", docs.columns())
            + ")");
      }
      if (!docs.schema().apply(c).dataType().equals(DataTypes.StringType)) {
        throw new IllegalArgumentException("column '" + c + "' is " + docs.schema().apply(c).dataType().simpleString()
            + ", not a string (multi-label data trains on one machine)");
      }
    }
    Dataset<Row> rows = docs.select(textCol, labelCol);
    long bad = rows.filter(functions.col(textCol).isNull().or(functions.col(labelCol).isNull())
        .or(functions.trim(functions.col(labelCol)).equalTo(""))).count();
    if (bad > 0) {
      throw new IllegalArgumentException(bad + " training documents have no text or no label");
    }
    return rows;
  }

  /**
   * Each document's label id and n-gram terms, segmented on the executors with the segmenter and n-gram settings
   * of {@code analysis} (their bytes: the configurations are not {@code Serializable}).
   */
  private static JavaRDD<Tuple2<Integer, List<String>>> terms(Dataset<Row> rows, List<String> labels,
      byte[] analysis) {
    return rows.toJavaRDD().mapPartitions((Iterator<Row> it) -> {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(analysis));
      Segmenter segmenter = Segmenters.create(SegmenterConfig.read(in));
      FeatureConfig config = FeatureConfig.read(in);
      Map<String, Integer> ids = new HashMap<>();
      labels.forEach(l -> ids.put(l, ids.size()));
      List<Tuple2<Integer, List<String>>> out = new ArrayList<>();
      while (it.hasNext()) {
        Row r = it.next();
        out.add(new Tuple2<>(ids.get(r.getString(1)), new ArrayList<>(TextPipeline.terms(segmenter, config,
            r.getString(0)))));
      }
      return out.iterator();
    });
  }

  /** Each term's number of documents: a reduce by term. */
  private static Map<String, Integer> documentFrequencies(JavaRDD<Tuple2<Integer, List<String>>> terms) {
    JavaPairRDD<String, Integer> df = terms.flatMapToPair(doc -> {
      Set<String> seen = new HashSet<>(doc._2());
      List<Tuple2<String, Integer>> out = new ArrayList<>(seen.size());
      for (String t : seen) {
        out.add(new Tuple2<>(t, 1));
      }
      return out.iterator();
    }).reduceByKey(Integer::sum);
    return new HashMap<>(df.collectAsMap());
  }

  /** The summed feature values per (label, term), keyed {@code label * vocab + term}: a reduce by key. */
  private static JavaPairRDD<Long, Double> termMasses(JavaRDD<Tuple2<Integer, List<String>>> terms,
      Broadcast<byte[]> shipped, boolean presence, int vocab) {
    return terms.mapPartitionsToPair(it -> {
      TextPipeline pipeline = read(shipped.value());
      Map<Long, Double> sums = new HashMap<>();
      while (it.hasNext()) {
        Tuple2<Integer, List<String>> doc = it.next();
        SparseVector x = pipeline.vectorize(doc._2());
        for (int k = 0; k < x.size(); k++) {
          sums.merge((long) doc._1() * vocab + x.index(k), presence ? 1.0 : x.value(k), Double::sum);
        }
      }
      List<Tuple2<Long, Double>> out = new ArrayList<>(sums.size());
      sums.forEach((key, v) -> out.add(new Tuple2<>(key, v)));
      return out.iterator();
    }).reduceByKey(Double::sum);
  }

  /** Something written to a data stream. */
  private interface Written {
    void to(DataOutputStream out) throws IOException;
  }

  private static byte[] bytes(Written w) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(b)) {
      w.to(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toByteArray();
  }

  private static TextPipeline read(byte[] bytes) {
    try {
      return TextPipeline.read(new DataInputStream(new ByteArrayInputStream(bytes)));
    } catch (IOException e) {
      throw new UncheckedIOException("the pipeline shipped to this executor does not read back", e);
    }
  }
}
