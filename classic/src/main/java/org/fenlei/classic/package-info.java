/**
 * The classic model kinds over sparse bag-of-n-gram features: {@code nb} (Naive Bayes: multinomial, complement or
 * Bernoulli) and {@code svm} and {@code lr} (one-vs-rest linear models trained by LIBLINEAR). Applications reach
 * them by kind through {@code org.fenlei.core.Classifiers} and {@code ModelFile}; the services registered in
 * {@code META-INF/services} are the trainers nested in {@link org.fenlei.classic.ClassicTrainers} ({@code
 * ModelTrainer}s) and the codecs {@link org.fenlei.classic.NaiveBayes.Codec}, {@link
 * org.fenlei.classic.LinearModel.SvmCodec} and {@link org.fenlei.classic.LinearModel.LrCodec} ({@code
 * ModelCodec}s).
 *
 * <p>A trainer gets validated settings; {@link org.fenlei.classic.ClassicSettings} turns the shared ones into
 * {@code TrainingData} (segmentation and features fitted by {@code fenlei-features}, then resampled). The model is
 * then fitted by a static factory, {@link org.fenlei.classic.NaiveBayes#fit(org.fenlei.features.TrainingData,
 * org.fenlei.classic.NaiveBayes.Options, java.util.List, double, long) NaiveBayes.fit} (after {@link
 * org.fenlei.classic.NaiveBayes#select NaiveBayes.select} has picked the variant and smoothing on held-out
 * documents) or {@link org.fenlei.classic.LinearModel#fit(org.fenlei.features.TrainingData,
 * org.fenlei.classic.LinearModel.Options, java.util.List, double, int) LinearModel.fit}, each with its validated
 * {@code Options} record, and is immutable once returned.
 *
 * <p>Both models extend {@link org.fenlei.classic.PipelineClassifier}, which holds the fitted {@code
 * TextPipeline}, the sorted labels and the decision rule, {@link org.fenlei.classic.Thresholds}; a subclass only
 * scores a feature vector and writes its tables after the pipeline. For multi-label data the per-label thresholds
 * are tuned on {@code --dev} documents or on a held-out fraction of the training documents before the final model
 * trains on all of them. {@code fenlei-gbdt} builds its gradient-boosted trees on the same base class and settings.
 */
package org.fenlei.classic;
