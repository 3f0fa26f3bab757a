/**
 * The {@code gbdt} model kind: gradient-boosted trees (Smile's {@code GradientTreeBoost}) over fused dense
 * features of the {@code features} pipeline.
 *
 * <p>{@link org.fenlei.gbdt.GbdtTrainer} is the {@link org.fenlei.core.ModelTrainer} service behind
 * {@code fenlei train --model gbdt}: it turns settings into a feature pipeline (by default a 300-feature
 * chi-square slice of word and character n-grams fused with LSI and LDA blocks) and
 * {@link org.fenlei.gbdt.GradientBoosting.Options}, then calls
 * {@link org.fenlei.gbdt.GradientBoosting#fit GradientBoosting.fit}. The resulting
 * {@link org.fenlei.gbdt.GradientBoosting} is a {@link org.fenlei.classic.PipelineClassifier}: one softmax model
 * for a multi-class task, one binary model per label with tuned thresholds for a multi-label one.
 * {@link org.fenlei.gbdt.GradientBoosting.Codec} is the {@link org.fenlei.core.ModelCodec} service that reads the
 * kind back from a fenlei model file; the trees are stored as Smile's serialised objects and read through a
 * class filter that admits only Smile's and basic JDK types.
 *
 * <p>Adding this module to the class path is all it takes for the kind to appear; both services are registered
 * under {@code META-INF/services}. Smile is GPL-3.0 licensed.
 */
package org.fenlei.gbdt;
