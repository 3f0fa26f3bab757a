/**
 * fenlei on Apache Spark: the same models, decisions and records as on one machine, on a cluster.
 *
 * <ul>
 *   <li>{@link org.fenlei.spark.ClassifyJob}: {@code fenlei classify} as a {@code spark-submit} job;</li>
 *   <li>{@link org.fenlei.spark.FenleiClassifier}: a Spark ML {@code Transformer}, a {@code Pipeline} stage;</li>
 *   <li>{@link org.fenlei.spark.FenleiSql}: {@code fenlei_classify(text)} and its siblings for Spark SQL and
 *       PySpark;</li>
 *   <li>{@link org.fenlei.spark.SparkEvaluation} and {@link org.fenlei.spark.EvalJob}: {@code fenlei eval} over a
 *       labelled DataFrame;</li>
 *   <li>{@link org.fenlei.spark.SparkNaiveBayes} and {@link org.fenlei.spark.TrainJob}: Naive Bayes trained by
 *       aggregation, the same model file as one machine;</li>
 *   <li>{@link org.fenlei.spark.ExecutorModel}: how all of them reach a model file, loaded once per executor
 *       JVM.</li>
 * </ul>
 */
package org.fenlei.spark;
