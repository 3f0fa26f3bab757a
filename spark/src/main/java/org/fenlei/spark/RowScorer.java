package org.fenlei.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.fenlei.core.BatchClassifier;
import org.fenlei.core.Prediction;
import org.fenlei.core.ScoredLabel;
import org.fenlei.core.TextClassifier;

/**
 * What a task carries to score text: the model's location and the decision rule. The model itself is taken from
 * the executor's {@link ExecutorModel} on first use, and the rule is core's {@link BatchClassifier}, the one
 * {@code fenlei classify} applies.
 */
final class RowScorer implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The decided labels of a document, best first, each with its score: what the job writes. */
  static final DataType LABELS = DataTypes.createArrayType(new StructType()
      .add("label", DataTypes.StringType, false).add("score", DataTypes.DoubleType, false), false);
  /** Every label's score. */
  static final DataType SCORES = DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false);

  private final ExecutorModel model;
  private final int topK;
  private final double threshold;
  private transient BatchClassifier rule;

  RowScorer(ExecutorModel model, int topK, double threshold) {
    this.model = model;
    this.topK = topK;
    this.threshold = threshold;
    new BatchClassifier(model.get(), topK, threshold, false, 1); // checks the rule where it is built, not in a task
  }

  TextClassifier model() {
    return model.get();
  }

  Prediction predict(String text) {
    BatchClassifier r = rule;
    if (r == null) {
      r = new BatchClassifier(model.get(), topK, threshold, false, 1);
      rule = r;
    }
    return r.predict(text);
  }

  /** The decided labels as rows of {@link #LABELS}. */
  static List<Row> labelRows(List<ScoredLabel> labels) {
    List<Row> out = new ArrayList<>(labels.size());
    for (ScoredLabel s : labels) {
      out.add(RowFactory.create(s.label(), s.score()));
    }
    return out;
  }

  /** The names of the decided labels, best first. */
  static List<String> names(List<ScoredLabel> labels) {
    List<String> out = new ArrayList<>(labels.size());
    for (ScoredLabel s : labels) {
      out.add(s.label());
    }
    return out;
  }
}
