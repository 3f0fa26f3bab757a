/**
 * fastText in Java: supervised text classification (Joulin et al. 2017) and unsupervised word vectors
 * (Bojanowski et al. 2017), with the C++ tool's options, defaults and training loop, and readers for its files.
 *
 * <p>{@link org.fenlei.neural.FastText#train FastText.train} trains a classifier on labelled documents with
 * {@link org.fenlei.neural.FastTextOptions} (the tool's option names; {@link org.fenlei.neural.Loss} picks the
 * output layer) and the segmenter that splits its text into words; the model keeps that segmenter and applies it
 * when it predicts. A trained {@code FastText} is an immutable {@link org.fenlei.core.TextClassifier}, safe to
 * share between threads. {@link org.fenlei.neural.Autotune} searches hyper-parameters on held-out documents within
 * a time budget, and {@link org.fenlei.neural.Quantizer} shrinks a trained model to its largest input rows stored
 * as int8. {@link org.fenlei.neural.WordVectors} trains skipgram or cbow vectors on token lines, and
 * {@link org.fenlei.neural.VecFile} reads and writes their {@code .vec} text format, which also serves as
 * {@code pretrainedVectors} for supervised training.
 *
 * <p>Three classes plug the model into fenlei through {@link java.util.ServiceLoader}:
 * {@link org.fenlei.neural.FastTextTrainer} is {@code fenlei train --model fasttext} (settings in, model out),
 * {@link org.fenlei.neural.FastTextCodec} reads the {@code fasttext} kind of fenlei's model file, and
 * {@link org.fenlei.neural.FastTextBinReader} lets {@code ModelFile.load} open the tool's own supervised
 * {@code .bin} and {@code .ftz} files, whose input is split on spaces rather than segmented.
 *
 * <p>Training runs on {@link org.fenlei.neural.FastTextOptions#thread()} threads that update shared tables without
 * locks, as the tool does, so only single-threaded training is reproducible from the seed. The float kernels use
 * the Vector API when the {@code quant} module's {@link org.fenlei.quant.VectorizationProvider} chooses it, and a
 * scalar twin otherwise.
 */
package org.fenlei.neural;
