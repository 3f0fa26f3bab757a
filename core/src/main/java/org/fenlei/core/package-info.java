/**
 * The contract of every fenlei model and the library API a service uses; no algorithm lives here.
 *
 * <p>Start from {@link org.fenlei.core.Classifiers} (train any kind by name: {@code nb}, {@code svm}, {@code lr},
 * {@code fasttext}, {@code gbdt}) and {@link org.fenlei.core.ModelFile} (save and load one checksummed file, from a
 * path, a stream or a class-path resource). Both give a {@link org.fenlei.core.TextClassifier}: immutable,
 * thread-safe, with one decision rule for every kind ({@code classify}, {@code predict} to a
 * {@link org.fenlei.core.Prediction}, {@code scoreMap}, {@code probability}). {@link org.fenlei.core.SpamFilter} and
 * {@link org.fenlei.core.SentimentFilter} wrap any two-label model for services.
 *
 * <p>Model kinds plug in as services: a {@link org.fenlei.core.ModelTrainer} (with typed
 * {@link org.fenlei.core.Setting}s, checked before any work by {@link org.fenlei.core.Settings#validate}) and a
 * {@link org.fenlei.core.ModelCodec}, found by {@link org.fenlei.core.ModelKinds}. Optional capabilities
 * ({@link org.fenlei.core.PretokenizedInput}, {@link org.fenlei.core.Quantizable}) are asked for with
 * {@link org.fenlei.core.TextClassifier#capability}. Binary and multi-class models are calibrated on held-out
 * scores ({@link org.fenlei.core.CalibratedClassifier}). {@link org.fenlei.core.BatchClassifier} and
 * {@link org.fenlei.core.RecordWriter} are the batch scoring and output records the command, a server and a Spark
 * job share; {@link org.fenlei.core.Parallel} spreads work over threads.
 */
package org.fenlei.core;
