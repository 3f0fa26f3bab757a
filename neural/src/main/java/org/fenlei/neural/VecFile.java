package org.fenlei.neural;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text format of word vectors ({@code .vec}): a header line {@code count dim}, then one line per word,
 * {@code word v1 ... vdim}, separated by spaces. What the tool writes and reads for {@code -pretrainedVectors}.
 */
public final class VecFile {
  private VecFile() {}

  /**
   * The dimension a {@code .vec} file's header announces.
   *
   * @param file the file, UTF-8
   * @return the vectors' number of components
   * @throws UncheckedIOException naming the file on a read error or a malformed header
   */
  public static int dimension(Path file) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      String[] hd = header == null ? new String[0] : header.trim().split("\\s+");
      if (hd.length == 2) {
        try {
          int d = Integer.parseInt(hd[1]);
          if (d > 0) {
            return d;
          }
        } catch (NumberFormatException e) {
          // reported below
        }
      }
      throw malformed(file, 1, "the header must be 'count dim'");
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a {@code .vec} file whose vectors have {@code dim} components (any dim when {@code dim <= 0}).
   *
   * @param file the file, UTF-8
   * @param dim the required number of components, or 0 or less to accept the file's
   * @return a new map from word to vector, in file order; a word listed twice keeps its last vector
   * @throws UncheckedIOException naming the file and line on a read error or a malformed line
   */
  public static Map<String, float[]> read(Path file, int dim) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      String[] hd = header == null ? new String[0] : header.trim().split("\\s+");
      if (hd.length != 2) {
        throw malformed(file, 1, "the header must be 'count dim'");
      }
      int n;
      int d;
      try {
        n = Integer.parseInt(hd[0]);
        d = Integer.parseInt(hd[1]);
      } catch (NumberFormatException e) {
        throw malformed(file, 1, "the header must be 'count dim'");
      }
      if (dim > 0 && d != dim) {
        throw malformed(file, 1, "vectors have dimension " + d + ", the model " + dim);
      }
      Map<String, float[]> out = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        String line = r.readLine();
        if (line == null) {
          throw malformed(file, i + 2, "the header announces " + n + " vectors, the file has " + i);
        }
        List<String> parts = Tokens.split(line);
        if (parts.size() != d + 1) {
          throw malformed(file, i + 2, "expected a word and " + d + " numbers, got " + parts.size() + " fields");
        }
        float[] v = new float[d];
        try {
          for (int j = 0; j < d; j++) {
            v[j] = Float.parseFloat(parts.get(j + 1));
          }
        } catch (NumberFormatException e) {
          throw malformed(file, i + 2, "not a number: " + e.getMessage());
        }
        out.put(parts.get(0), v);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read word vectors: " + e.getMessage(), e);
    }
  }

  private static UncheckedIOException malformed(Path file, int line, String what) {
    return new UncheckedIOException(new IOException(file + ":" + line + ": not a .vec file: " + what));
  }

  /**
   * Writes {@code words} with their vectors ({@code vectors[i]} for {@code words.get(i)}) in UTF-8, each
   * component with up to 5 significant digits as the tool prints them; an existing file is replaced. The header's
   * dimension is that of {@code vectors[0]} (0 when there are none).
   *
   * @param file the file to write
   * @param words the words, one per vector; none containing white space
   * @param vectors the vectors, all of one length and at least as many as {@code words}
   * @throws IOException when the file cannot be written
   */
  public static void write(Path file, List<String> words, float[][] vectors) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      int dim = vectors.length == 0 ? 0 : vectors[0].length;
      w.write(words.size() + " " + dim + "\n");
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < words.size(); i++) {
        sb.setLength(0);
        sb.append(words.get(i));
        for (float x : vectors[i]) {
          sb.append(' ').append(format(x));
        }
        sb.append(" \n");
        w.write(sb.toString());
      }
    }
  }

  /** Up to 5 significant digits, as the tool's default stream precision prints them. */
  static String format(float x) {
    String s = String.format(java.util.Locale.ROOT, "%.5g", x);
    if (s.contains("e")) {
      return s;
    }
    if (s.contains(".")) {
      s = s.replaceAll("0+$", "");
      if (s.endsWith(".")) {
        s = s.substring(0, s.length() - 1);
      }
    }
    return s;
  }
}
