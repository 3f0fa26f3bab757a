package org.fenlei.corpora;

import java.util.List;

/**
 * The line layouts of the preset corpora, parsed exactly as the peer baselines ({@code peers.py load()}) parse
 * them, so figures are comparable: text is kept as written; rows the peers drop are excluded (counted as
 * skipped, never an error); rows the peers would fail on are malformed.
 */
final class PresetRows {
  private PresetRows() {
  }

  /** {@code text<TAB>label}, split at the last tab; empty lines are not rows. */
  static RowParser<String> textTabLabel(Origin origin) {
    return (line, n) -> {
      if (line.isEmpty()) {
        return null;
      }
      int tab = requireTab(line, line.lastIndexOf('\t'));
      return origin.document(line.substring(0, tab), Labels.split(line.substring(tab + 1), null), n);
    };
  }

  /** {@code text<TAB>class_idx} with the label names {@code names} (line n of class.txt is index n). */
  static RowParser<String> textTabIndex(Origin origin, List<String> names) {
    return (line, n) -> {
      if (line.isEmpty()) {
        return null;
      }
      int tab = requireTab(line, line.lastIndexOf('\t'));
      String index = line.substring(tab + 1).strip();
      int i;
      try {
        i = Integer.parseInt(index);
      } catch (NumberFormatException e) {
        i = -1;
      }
      if (i < 0 || i >= names.size()) {
        throw BadRow.malformed("class index '" + index + "' is not in 0.." + (names.size() - 1));
      }
      return origin.document(line.substring(0, tab), List.of(names.get(i)), n);
    };
  }

  /** {@code text<TAB>label} split at the last tab, keeping labels positive/negative/0/1 only. */
  static RowParser<String> sentiment(Origin origin) {
    return (line, n) -> {
      int tab = line.lastIndexOf('\t');
      if (tab < 0) {
        throw BadRow.excluded("no tab");
      }
      String label = line.substring(tab + 1);
      if (!List.of("positive", "negative", "0", "1").contains(label)) {
        throw BadRow.excluded("label '" + label + "' is not positive, negative, 0 or 1");
      }
      return origin.document(line.substring(0, tab), List.of(label), n);
    };
  }

  /** {@code label<TAB>text[<TAB>...]}, split at the first tab; the whole rest of the line is the text. */
  static RowParser<String> labelTabText(Origin origin) {
    return (line, n) -> {
      if (line.isEmpty()) {
        return null;
      }
      int tab = requireTab(line, line.indexOf('\t'));
      return origin.document(line.substring(tab + 1), Labels.split(line.substring(0, tab), null), n);
    };
  }

  /** mudou_spam: {@code label<TAB>text<TAB>segmented}; rows without text in column 2 are excluded. */
  static RowParser<String> labelTextSegmented(Origin origin) {
    return (line, n) -> {
      String[] parts = line.split("\t", -1);
      if (parts.length < 2 || parts[1].isBlank()) {
        throw BadRow.excluded("no text in column 2");
      }
      return origin.document(parts[1], Labels.split(parts[0], null), n);
    };
  }

  /** duee: {@code lab1|lab2<SPACE>sentence}, split at the first space; lines without a space excluded. */
  static RowParser<String> labelsSpaceText(Origin origin) {
    return (line, n) -> {
      int space = line.indexOf(' ');
      if (space < 0) {
        throw BadRow.excluded("no space between labels and text");
      }
      return origin.document(line.substring(space + 1), Labels.split(line.substring(0, space), "|"), n);
    };
  }

  private static int requireTab(String line, int tab) throws BadRow {
    if (tab < 0) {
      throw BadRow.malformed("expected a tab between text and label, found none");
    }
    return tab;
  }
}
