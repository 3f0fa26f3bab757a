package org.fenlei.corpora;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link Format#FASTTEXT}: leading {@code <prefix><label>} tokens, then the text, stripped of surrounding white
 * space but otherwise as written. A line without a label token is a document without a label (which multi-label
 * tasks take as a negative for every label). Blank lines are skipped.
 */
final class FastTextLine implements RowParser<String> {
  private final Origin origin;
  private final String prefix;

  FastTextLine(Origin origin, String prefix) {
    this.origin = origin;
    this.prefix = prefix;
  }

  @Override
  public Document parse(String line, long number) throws BadRow {
    if (line.isBlank()) {
      return null;
    }
    List<String> labels = new ArrayList<>();
    int i = skipSpace(line, 0);
    while (line.startsWith(prefix, i)) {
      int end = i + prefix.length();
      while (end < line.length() && !isSpace(line.charAt(end))) {
        end++;
      }
      String label = line.substring(i + prefix.length(), end);
      if (label.isEmpty()) {
        throw BadRow.malformed("empty label: '" + prefix + "' must be followed by a label name");
      }
      if (!labels.contains(label)) {
        labels.add(label);
      }
      i = skipSpace(line, end);
    }
    String text = line.substring(i).strip();
    if (text.isEmpty()) {
      throw BadRow.empty("labels but no text");
    }
    return origin.document(text, labels, number);
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** fastText splits tokens at ASCII white space. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u000B' || c == '\f';
  }
}
