/**
 * Evaluation of text classifiers: metrics, confidence intervals, significance tests and reports.
 *
 * <p>{@link org.fenlei.eval.Evaluator#evaluate Evaluator.evaluate} scores a
 * {@link org.fenlei.core.TextClassifier} on labelled documents with the same decisions {@code classify} makes and
 * returns an {@link org.fenlei.eval.Evaluation}. An evaluation can also be filled by hand, with decisions only
 * ({@link org.fenlei.eval.Evaluation#Evaluation(java.util.Collection, java.util.Collection, boolean) new
 * Evaluation}) or with scores ({@link org.fenlei.eval.Evaluation#withScores Evaluation.withScores}). It keeps a
 * compact digest of each document and computes from it accuracy, micro, macro, weighted and per-sample averages
 * ({@link org.fenlei.eval.LabelStats} per label), ranking metrics, Cohen's kappa, calibration
 * ({@link org.fenlei.eval.Reliability}), ROC and precision-recall analysis of a two-label task
 * ({@link org.fenlei.eval.BinaryMetrics}, {@link org.fenlei.eval.OperatingPoint}), multi-label threshold curves
 * ({@link org.fenlei.eval.ThresholdCurve}) and percentile-bootstrap intervals ({@link org.fenlei.eval.Interval}).
 * Averages follow scikit-learn with {@code zero_division=0}.
 *
 * <p>{@link org.fenlei.eval.Report} turns one evaluation, with {@link org.fenlei.eval.ReportOptions}, into
 * {@code report.json}, {@code report.md} and a self-contained {@code report.html} carrying the same numbers.
 * {@link org.fenlei.eval.Comparison} puts several models scored on the same documents side by side, with the
 * paired tests of {@link org.fenlei.eval.Significance} (McNemar, approximate randomisation, paired bootstrap);
 * {@link org.fenlei.eval.Report#compare Report.compare} writes it out.
 *
 * <p>Resampling is seeded, so the same inputs and seed give the same intervals and p-values. An
 * {@code Evaluation} is not thread-safe: add documents from one thread, and compute reports after the last one.
 */
package org.fenlei.eval;
