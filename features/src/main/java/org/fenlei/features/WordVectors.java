package org.fenlei.features;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Word vectors read from a fastText {@code .vec} text file: a header {@code count dim}, then a word a line. */
final class WordVectors {
  private final Map<String, float[]> vectors;
  private final int dim;

  WordVectors(Map<String, float[]> vectors, int dim) {
    this.vectors = vectors;
    this.dim = dim;
  }

  /**
   * Reads the vectors of the words in {@code keep} (all when null) from a {@code .vec} file; a malformed line is
   * an error naming the file and line.
   */
  static WordVectors readVec(Path file, Set<String> keep) throws IOException {
    Map<String, float[]> out = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      String[] h = header == null ? new String[0] : header.trim().split(" ");
      int dim;
      try {
        dim = h.length == 2 ? Integer.parseInt(h[1]) : -1;
      } catch (NumberFormatException e) {
        dim = -1;
      }
      if (dim <= 0) {
        throw new IOException(file + ":1: expected a .vec header 'count dim', got '" + header + "'");
      }
      String line;
      long lineNo = 1;
      while ((line = r.readLine()) != null) {
        lineNo++;
        String[] f = line.trim().split(" ");
        if (f.length == 1 && f[0].isEmpty()) {
          continue;
        }
        if (f.length != dim + 1) {
          throw new IOException(file + ":" + lineNo + ": expected a word and " + dim + " numbers, found "
              + (f.length - 1) + " numbers");
        }
        if (keep != null && !keep.contains(f[0])) {
          continue;
        }
        float[] v = new float[dim];
        try {
          for (int i = 0; i < dim; i++) {
            v[i] = Float.parseFloat(f[i + 1]);
          }
        } catch (NumberFormatException e) {
          throw new IOException(file + ":" + lineNo + ": not a number: " + e.getMessage());
        }
        out.putIfAbsent(f[0], v);
      }
      return new WordVectors(out, dim);
    }
  }

  int dimension() {
    return dim;
  }

  int size() {
    return vectors.size();
  }

  /** The vector of {@code word}, or null. The array must not be changed. */
  float[] get(String word) {
    return vectors.get(word);
  }

  Map<String, float[]> all() {
    return vectors;
  }
}
