/**
 * Small runnable programs that show how an application uses fenlei as a library; their tests keep them working.
 *
 * <p>{@link org.fenlei.examples.Minimal} is the shortest program: {@link org.fenlei.core.Classifiers#train
 * Classifiers.train} fits Naive Bayes on six labelled sentences and {@code classify} labels a seventh.
 * {@link org.fenlei.examples.SpamService} shows a service's life: {@link org.fenlei.examples.SpamService#train
 * train} builds two models with {@link org.fenlei.core.Classifiers#builder Classifiers.builder} and saves them with
 * {@link org.fenlei.core.ModelFile#save ModelFile.save}; the constructor loads them with
 * {@link org.fenlei.core.ModelFile#load ModelFile.load} and wraps them in a {@link org.fenlei.core.SpamFilter} and a
 * {@link org.fenlei.core.SentimentFilter}, and {@link org.fenlei.examples.SpamService#check check} answers
 * messages, from any number of threads, since models are immutable. {@link org.fenlei.examples.Samples} supplies
 * the small labelled sets both use: forty SMS messages (spam or ham) and forty reviews (positive or negative).
 */
package org.fenlei.examples;
