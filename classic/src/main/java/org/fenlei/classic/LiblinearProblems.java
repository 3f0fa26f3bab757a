package org.fenlei.classic;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.List;
import java.util.Random;
import org.fenlei.features.SparseVector;

/**
 * The training vectors in LIBLINEAR's form, shared read-only by the one-vs-rest problems built on them. LIBLINEAR
 * features are 1-based; a constant bias feature (value 1, regularised like the others, as scikit-learn's
 * LinearSVC with intercept_scaling 1) follows the last one.
 */
final class LiblinearProblems {
  static {
    Linear.disableDebugOutput(); // LIBLINEAR prints its iterations to stdout unless told not to
  }

  private final Feature[][] x;
  private final int dim;

  LiblinearProblems(List<SparseVector> vectors, int dim) {
    this.dim = dim;
    x = new Feature[vectors.size()][];
    for (int i = 0; i < x.length; i++) {
      SparseVector v = vectors.get(i);
      Feature[] row = new Feature[v.size() + 1];
      for (int k = 0; k < v.size(); k++) {
        row[k] = new FeatureNode(v.index(k) + 1, v.value(k));
      }
      // LIBLINEAR's Problem.bias only sizes the weight vector: the bias feature itself must be in every row (its
      // own train tool appends it when reading a file); without it the bias weight stays 0
      row[v.size()] = new FeatureNode(dim + 1, 1.0);
      x[i] = row;
    }
  }

  /** Trains "label {@code c}" against the rest; returns the weights with the bias appended. */
  float[] train(int[][] labelIds, int c, LinearModel.Options options) {
    Problem p = new Problem();
    p.l = x.length;
    p.n = dim + 1;
    p.x = x;
    p.bias = 1.0;
    p.y = new double[x.length];
    int positives = 0;
    for (int i = 0; i < x.length; i++) {
      boolean pos = false;
      for (int l : labelIds[i]) {
        pos |= l == c;
      }
      p.y[i] = pos ? 1 : -1;
      positives += pos ? 1 : 0;
    }
    float[] wb = new float[dim + 1];
    if (positives == 0 || positives == x.length) {
      wb[dim] = positives == 0 ? -10f : 10f; // a label always or never present: a constant decision
      return wb;
    }
    SolverType solver = options.loss() == LinearModel.Loss.SVM ? SolverType.L2R_L2LOSS_SVC_DUAL : SolverType.L2R_LR_DUAL;
    Parameter param = new Parameter(solver, options.c(), options.eps());
    param.setRandom(new Random(options.seed() * 1_000_003L + c));
    if (options.balanced()) {
      double n = x.length;
      param.setWeights(new double[] {n / (2.0 * positives), n / (2.0 * (n - positives))}, new int[] {1, -1});
    }
    Model m = Linear.train(p, param);
    double[] w = m.getFeatureWeights();
    // the first label LIBLINEAR saw is its positive class
    double sign = m.getLabels()[0] == 1 ? 1 : -1;
    for (int j = 0; j <= dim; j++) {
      wb[j] = (float) (sign * w[j]);
    }
    return wb;
  }
}
