package org.fenlei.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.fenlei.core.Prediction;
import org.fenlei.core.ScoredLabel;
import org.fenlei.core.TextClassifier;
import org.junit.jupiter.api.Test;

class FenleiSqlTest {
  @Test
  void theFunctionsGiveTheModelsDecisionsInSql() {
    SparkSession spark = LocalSpark.session();
    FenleiSql.register(spark, LocalSpark.multiClassModel().toString());
    TextClassifier model = LocalSpark.load(LocalSpark.multiClassModel());
    List<String> texts = new ArrayList<>(LocalSpark.texts());
    texts.add(null);
    spark.createDataset(texts, Encoders.STRING()).toDF("text").repartition(3).createOrReplaceTempView("news");
    List<Row> rows = spark.sql("SELECT text, fenlei_classify(text), fenlei_labels(text), fenlei_scores(text)['体育'] "
        + "FROM news").collectAsList();
    assertEquals(texts.size(), rows.size());
    for (Row r : rows) {
      if (r.isNullAt(0)) {
        assertTrue(r.isNullAt(1) && r.isNullAt(2) && r.isNullAt(3));
        continue;
      }
      Prediction p = model.predict(r.getString(0));
      assertEquals(p.label(), r.getString(1));
      List<Row> labels = r.getList(2);
      assertEquals(p.labels().size(), labels.size());
      for (int i = 0; i < labels.size(); i++) {
        ScoredLabel s = p.labels().get(i);
        assertEquals(s.label(), labels.get(i).getString(0));
        assertEquals(s.score(), labels.get(i).getDouble(1));
      }
      assertEquals(p.probability("体育"), r.getDouble(3));
    }
  }
}
