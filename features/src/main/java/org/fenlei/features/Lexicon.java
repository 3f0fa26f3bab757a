package org.fenlei.features;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Task features from a lexicon: for each category (e.g. {@code neg}, {@code pos}), {@code ln(1 + count)} of
 * the document's words listed under it. The lexicon file has lines {@code word<TAB or space>category}; a word
 * may be under several categories; {@code #} starts a comment. Its contents are stored in the model.
 */
final class Lexicon implements DenseBlock {
  static final String NAME = "lexicon";
  private final List<String> categories;
  private final Map<String, int[]> words; // word -> category ids

  private Lexicon(List<String> categories, Map<String, int[]> words) {
    this.categories = categories;
    this.words = words;
  }

  /** Reads a lexicon file; a malformed line is an error naming the file and line. */
  static Lexicon read(Path file, boolean lowercase) throws IOException {
    List<String[]> entries = new ArrayList<>();
    long n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      String[] f = t.split("[\\t ]+");
      if (f.length != 2) {
        throw new IOException(file + ":" + n + ": expected 'word category', got '" + line + "'");
      }
      entries.add(new String[] {lowercase ? f[0].toLowerCase(java.util.Locale.ROOT) : f[0], f[1]});
    }
    if (entries.isEmpty()) {
      throw new IOException(file + ": the lexicon has no entries");
    }
    return of(entries);
  }

  static Lexicon of(List<String[]> entries) {
    TreeSet<String> cats = new TreeSet<>();
    for (String[] e : entries) {
      cats.add(e[1]);
    }
    List<String> categories = List.copyOf(cats);
    Map<String, TreeSet<Integer>> byWord = new HashMap<>();
    for (String[] e : entries) {
      byWord.computeIfAbsent(e[0], k -> new TreeSet<>()).add(categories.indexOf(e[1]));
    }
    Map<String, int[]> words = new HashMap<>();
    byWord.forEach((w, ids) -> words.put(w, ids.stream().mapToInt(Integer::intValue).toArray()));
    return new Lexicon(categories, words);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int dimension() {
    return categories.size();
  }

  @Override
  public void compute(List<String> docWords, SparseVector bag, float[] out, int offset) {
    for (String w : docWords) {
      int[] ids = words.get(w);
      if (ids != null) {
        for (int id : ids) {
          out[offset + id] += 1;
        }
      }
    }
    for (int i = 0; i < categories.size(); i++) {
      out[offset + i] = (float) Math.log1p(out[offset + i]);
    }
  }

  @Override
  public String describe(int i) {
    return "lexicon:" + categories.get(i);
  }

  @Override
  public void write(DataOutput out) throws IOException {
    List<String> sorted = new ArrayList<>(new TreeSet<>(words.keySet()));
    int entries = 0;
    for (String w : sorted) {
      entries += words.get(w).length;
    }
    out.writeInt(entries);
    for (String w : sorted) {
      for (int id : words.get(w)) {
        out.writeUTF(w);
        out.writeUTF(categories.get(id));
      }
    }
  }

  static Lexicon readBlock(DataInput in) throws IOException {
    int n = in.readInt();
    if (n <= 0) {
      throw new IOException("invalid lexicon size " + n);
    }
    List<String[]> entries = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      entries.add(new String[] {in.readUTF(), in.readUTF()});
    }
    return of(entries);
  }
}
