package org.fenlei.features;

import cc.mallet.topics.ParallelTopicModel;
import cc.mallet.types.Alphabet;
import cc.mallet.types.FeatureSequence;
import cc.mallet.types.Instance;
import cc.mallet.types.InstanceList;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;

/** LDA topics learnt with MALLET: the only class of fenlei that touches MALLET, loaded only to train them. */
final class LdaTraining {
  static {
    ParallelTopicModel.logger.setLevel(Level.WARNING); // MALLET logs every iteration to stderr otherwise
  }

  private LdaTraining() {}

  static Lda fit(List<List<String>> docs, int topics, int iterations, int threads, long seed) {
    Alphabet alphabet = new Alphabet();
    InstanceList instances = new InstanceList(alphabet, null);
    int i = 0;
    for (List<String> doc : docs) {
      FeatureSequence fs = new FeatureSequence(alphabet, doc.size());
      for (String w : doc) {
        fs.add(w);
      }
      instances.add(new Instance(fs, null, "d" + i++, null));
    }
    // alpha = min(50 / K, 1) per topic (Griffiths and Steyvers' 50 / K, capped for few topics), beta 0.01;
    // MALLET then re-estimates alpha every 20 sweeps after burn-in
    ParallelTopicModel model = new ParallelTopicModel(topics, Math.min(50.0, topics), 0.01);
    model.printLogLikelihood = false;
    model.setTopicDisplay(0, 0);
    model.setRandomSeed((int) seed);
    model.setNumThreads(Math.max(1, threads));
    model.setNumIterations(iterations);
    model.setOptimizeInterval(20);
    model.setBurninPeriod(Math.min(50, iterations / 2));
    model.addInstances(instances);
    try {
      model.estimate();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    double[][] counts = model.getTopicWords(false, false); // [topic][word] token counts
    int v = alphabet.size();
    String[] wordList = new String[v];
    for (int w = 0; w < v; w++) {
      wordList[w] = (String) alphabet.lookupObject(w);
    }
    float[][] phi = new float[v][topics];
    for (int k = 0; k < topics; k++) {
      double total = 0;
      for (int w = 0; w < v; w++) {
        total += counts[k][w];
      }
      for (int w = 0; w < v; w++) {
        phi[w][k] = (float) ((counts[k][w] + model.beta) / (total + v * model.beta));
      }
    }
    return new Lda(wordList, model.alpha.clone(), phi);
  }
}
