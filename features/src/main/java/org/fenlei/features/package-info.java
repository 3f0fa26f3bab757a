/**
 * Feature extraction for the sparse models: text to a {@link org.fenlei.features.SparseVector}, the same at
 * training and serving time. The API is {@link org.fenlei.features.TrainingData} (training documents fitted and
 * vectorised in one call), {@link org.fenlei.features.TextPipeline} (the fitted, immutable text-to-vector chain
 * that a model file stores), {@link org.fenlei.features.FeatureConfig} with {@link
 * org.fenlei.features.Weighting} (the n-gram settings, also stored), {@link org.fenlei.features.Fusion} (which
 * dense blocks are appended), {@link org.fenlei.features.FeatureSettings} (the typed settings a model kind turns
 * into those two) and {@link org.fenlei.features.SparseVector}. Everything else is package-private.
 *
 * <p>Training: {@code TrainingData.prepare} sorts the labels, segments and extracts terms from every document
 * ({@code Ngrams}: word n-grams over normalised segmenter tokens, character n-grams over code points) and calls
 * {@code TextPipeline.fit}, which builds the term index (a {@code Vocabulary} with smooth idf, or {@code
 * HashedTerms} when {@code buckets > 0}, hashed by {@code TermHash}, whose name model files record), keeps the
 * {@code selectK} best features by {@code ChiSquare}, and fits the dense blocks the fusion names: {@code Lsi}
 * (randomized SVD of the weighted n-gram matrix, {@code RandomizedSvd} and {@code SymmetricEigen}), {@code Lda}
 * (topics learnt by MALLET in {@code LdaTraining}, an optional dependency needed only to train), {@code
 * Embeddings} (pooled word vectors from a fastText {@code .vec} file) and {@code Lexicon} (category counts).
 *
 * <p>Serving: {@code TextPipeline.vectorize} weights the terms ({@code Weighting}, optionally sublinear),
 * L2-normalises them when {@code l2} is set, keeps and renumbers the selected features, then appends each {@code
 * DenseBlock}'s values after them.
 * {@code TextPipeline.write} and {@code read} save and restore the whole chain, segmenter configuration
 * included, so a loaded model featurises exactly as it was trained; {@code DenseBlocks} names each block in the
 * file. The models of {@code fenlei-classic} and {@code fenlei-gbdt} are fitted on {@code TrainingData} and keep
 * its pipeline in front.
 */
package org.fenlei.features;
