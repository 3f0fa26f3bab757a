package org.fenlei.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.fenlei.corpora.Document;

/** The small labelled sets bundled with the examples (written for fenlei): SMS spam and review sentiment. */
public final class Samples {
  private Samples() {}

  /**
   * Forty short messages, half spam.
   *
   * @return documents labelled spam or ham
   */
  public static List<Document> sms() {
    return read("sms.tsv");
  }

  /**
   * Forty short reviews, half positive.
   *
   * @return documents labelled positive or negative
   */
  public static List<Document> reviews() {
    return read("reviews.tsv");
  }

  private static List<Document> read(String name) {
    List<Document> docs = new ArrayList<>();
    try (InputStream in = Samples.class.getResourceAsStream(name);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        int tab = line.indexOf('\t');
        docs.add(Document.of(line.substring(tab + 1), line.substring(0, tab)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }
}
