package org.fenlei.features;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Feature hashing: a term's index is its {@link TermHash#bucket bucket}, so no vocabulary is stored; only the
 * per-bucket idf learnt from the training documents is. Colliding terms share a feature.
 */
final class HashedTerms implements TermIndex {
  private final float[] idf;

  private HashedTerms(float[] idf) {
    this.idf = idf;
  }

  static HashedTerms build(List<List<String>> docs, int buckets) {
    int[] df = new int[buckets];
    int[] seen = new int[buckets];
    int doc = 0;
    for (List<String> terms : docs) {
      doc++;
      for (String t : terms) {
        int b = TermHash.bucket(t, buckets);
        if (seen[b] != doc) {
          seen[b] = doc;
          df[b]++;
        }
      }
    }
    float[] idf = new float[buckets];
    for (int b = 0; b < buckets; b++) {
      idf[b] = (float) (Math.log((1.0 + docs.size()) / (1.0 + df[b])) + 1.0);
    }
    return new HashedTerms(idf);
  }

  @Override
  public int size() {
    return idf.length;
  }

  @Override
  public int indexOf(String term) {
    return TermHash.bucket(term, idf.length);
  }

  @Override
  public float idf(int index) {
    return idf[index];
  }

  @Override
  public String describe(int index) {
    return "#" + index;
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeInt(idf.length);
    for (float v : idf) {
      out.writeFloat(v);
    }
  }

  static HashedTerms read(DataInput in) throws IOException {
    int n = in.readInt();
    if (n <= 0) {
      throw new IOException("invalid bucket count " + n);
    }
    float[] idf = new float[n];
    for (int i = 0; i < n; i++) {
      idf[i] = in.readFloat();
    }
    return new HashedTerms(idf);
  }
}
