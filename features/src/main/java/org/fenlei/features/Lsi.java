package org.fenlei.features;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Latent semantic indexing: the projection of a document's weighted n-gram vector on the top {@code k} right
 * singular vectors of the training matrix, {@code z = x V_k}, as scikit-learn's TruncatedSVD. The SVD is the
 * randomized one of Halko, Martinsson and Tropp (2011): a Gaussian sketch, two power iterations with
 * re-orthonormalisation, then the exact SVD of the small projected matrix. Only the {@code maxTerms} features
 * in most training documents take part, which bounds the stored matrix.
 */
final class Lsi implements DenseBlock {
  static final String NAME = "lsi";
  private final int[] terms; // bag index -> row of components, -1 when not used
  private final float[][] components; // [row][k]

  private Lsi(int[] terms, float[][] components) {
    this.terms = terms;
    this.components = components;
  }

  static Lsi fit(List<SparseVector> bags, int bagDimension, int k, int maxTerms, long seed) {
    int[] df = new int[bagDimension];
    for (SparseVector v : bags) {
      for (int i = 0; i < v.size(); i++) {
        df[v.index(i)]++;
      }
    }
    Integer[] order = new Integer[bagDimension];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> df[b] != df[a] ? Integer.compare(df[b], df[a]) : Integer.compare(a, b));
    int m = Math.min(maxTerms, bagDimension);
    int[] terms = new int[bagDimension];
    Arrays.fill(terms, -1);
    for (int r = 0; r < m; r++) {
      terms[order[r]] = r;
    }
    double[][] v = RandomizedSvd.rightSingularVectors(bags, terms, m, k, 2, new Random(seed));
    float[][] comp = new float[m][v.length];
    for (int j = 0; j < v.length; j++) {
      for (int r = 0; r < m; r++) {
        comp[r][j] = (float) v[j][r];
      }
    }
    return new Lsi(terms, comp);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int dimension() {
    return components.length == 0 ? 0 : components[0].length;
  }

  @Override
  public void compute(List<String> words, SparseVector bag, float[] out, int offset) {
    int k = dimension();
    for (int i = 0; i < bag.size(); i++) {
      int r = bag.index(i) < terms.length ? terms[bag.index(i)] : -1;
      if (r >= 0) {
        float x = bag.value(i);
        float[] c = components[r];
        for (int j = 0; j < k; j++) {
          out[offset + j] += x * c[j];
        }
      }
    }
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeInt(terms.length);
    out.writeInt(components.length);
    out.writeInt(dimension());
    for (int i = 0; i < terms.length; i++) {
      out.writeInt(terms[i]);
    }
    for (float[] row : components) {
      for (float c : row) {
        out.writeFloat(c);
      }
    }
  }

  static Lsi read(DataInput in) throws IOException {
    int n = in.readInt();
    int m = in.readInt();
    int k = in.readInt();
    if (n < 0 || m < 0 || m > n || k < 0) {
      throw new IOException("invalid LSI shape " + n + ", " + m + ", " + k);
    }
    int[] terms = new int[n];
    for (int i = 0; i < n; i++) {
      terms[i] = in.readInt();
      if (terms[i] < -1 || terms[i] >= m) {
        throw new IOException("invalid LSI row " + terms[i]);
      }
    }
    float[][] comp = new float[m][k];
    for (float[] row : comp) {
      for (int j = 0; j < k; j++) {
        row[j] = in.readFloat();
      }
    }
    return new Lsi(terms, comp);
  }
}
