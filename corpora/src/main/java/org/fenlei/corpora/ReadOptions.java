package org.fenlei.corpora;

import java.util.Objects;

/**
 * How {@link Corpora#open} reads a corpus. Which fields matter depends on the {@link Format}:
 * <ul>
 *   <li>{@code charset}: every format.</li>
 *   <li>{@code textCol}, {@code labelCol} (1-based): TSV, and CSV when the corresponding column name is
 *       {@code null}. {@code labelCol} 0 means the corpus has no labels (TSV and CSV).</li>
 *   <li>{@code labelSep}: splits one label value into several (multi-label) in TSV, CSV and JSONL string values;
 *       {@code null} means one label per value.</li>
 *   <li>{@code header}: TSV skips its first line. CSV always has a header.</li>
 *   <li>{@code textColumnName}, {@code labelColumnName}: CSV header names; {@code null} selects by index.</li>
 *   <li>{@code textField}, {@code labelField}: JSONL object keys.</li>
 *   <li>{@code labelPrefix}: FASTTEXT label token prefix.</li>
 *   <li>{@code skipBad}: skip and count malformed rows instead of throwing {@link CorpusException}.</li>
 * </ul>
 * Instances are immutable; each {@code with...} method returns a validated copy with one field changed.
 *
 * @param charset the character set of the corpus; {@link CharsetChoice#AUTO} detects it
 * @param textCol the 1-based text column (TSV; CSV when {@code textColumnName} is {@code null})
 * @param labelCol the 1-based label column, or 0 for no labels (TSV; CSV when {@code labelColumnName} is
 *     {@code null})
 * @param labelSep the separator that splits one label value into several, or {@code null} for one label a value
 * @param header whether a TSV corpus starts with a header line to skip
 * @param textColumnName the CSV header name of the text column, or {@code null} to use {@code textCol}
 * @param labelColumnName the CSV header name of the label column, or {@code null} to use {@code labelCol}
 * @param textField the JSONL key of the text
 * @param labelField the JSONL key of the labels
 * @param labelPrefix the prefix of a FASTTEXT label token, e.g. {@code __label__}
 * @param skipBad whether malformed rows are skipped and counted instead of throwing {@link CorpusException}
 */
public record ReadOptions(CharsetChoice charset, int textCol, int labelCol, String labelSep, boolean header,
                          String textColumnName, String labelColumnName, String textField, String labelField,
                          String labelPrefix, boolean skipBad) {
  /**
   * Checks every field.
   *
   * @param charset the character set of the corpus; not {@code null}
   * @param textCol the 1-based text column; at least 1
   * @param labelCol the 1-based label column, or 0 for no labels; not negative
   * @param labelSep the label separator, or {@code null}; not empty
   * @param header whether a TSV corpus starts with a header line to skip
   * @param textColumnName the CSV header name of the text column, or {@code null}; not blank
   * @param labelColumnName the CSV header name of the label column, or {@code null}; not blank
   * @param textField the JSONL key of the text; not {@code null} or empty
   * @param labelField the JSONL key of the labels; not {@code null} or empty
   * @param labelPrefix the FASTTEXT label prefix; not {@code null} or empty
   * @param skipBad whether malformed rows are skipped and counted
   * @throws NullPointerException when {@code charset} is {@code null}
   * @throws IllegalArgumentException when another field breaks its rule above (the message names the field)
   */
  public ReadOptions {
    Objects.requireNonNull(charset, "charset");
    if (textCol < 1) {
      throw new IllegalArgumentException("textCol must be >= 1 (columns are 1-based): " + textCol);
    }
    if (labelCol < 0) {
      throw new IllegalArgumentException("labelCol must be >= 0 (0 = no labels): " + labelCol);
    }
    if (labelSep != null && labelSep.isEmpty()) {
      throw new IllegalArgumentException("labelSep must be null (one label) or non-empty");
    }
    requireName(textField, "textField");
    requireName(labelField, "labelField");
    requireName(labelPrefix, "labelPrefix");
    if (textColumnName != null && textColumnName.isBlank()) {
      throw new IllegalArgumentException("textColumnName must be null (use textCol) or non-blank");
    }
    if (labelColumnName != null && labelColumnName.isBlank()) {
      throw new IllegalArgumentException("labelColumnName must be null (use labelCol) or non-blank");
    }
  }

  /**
   * UTF-8, text in column 1 and one label in column 2, no header, CSV columns {@code text} and {@code label},
   * JSON fields {@code text} and {@code label}, label prefix {@code __label__}, malformed rows are errors.
   */
  public ReadOptions() {
    this(CharsetChoice.UTF_8, 1, 2, null, false, "text", "label", "text", "label", "__label__", false);
  }

  private static void requireName(String value, String what) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(what + " must be non-empty");
    }
  }

  /**
   * A copy with another character set.
   *
   * @param v the character set; not {@code null}
   * @return the copy
   * @throws NullPointerException when {@code v} is {@code null}
   */
  public ReadOptions withCharset(CharsetChoice v) {
    return new ReadOptions(v, textCol, labelCol, labelSep, header, textColumnName, labelColumnName, textField,
        labelField, labelPrefix, skipBad);
  }

  /**
   * A copy with another text column.
   *
   * @param v the 1-based text column
   * @return the copy
   * @throws IllegalArgumentException when {@code v < 1}
   */
  public ReadOptions withTextCol(int v) {
    return new ReadOptions(charset, v, labelCol, labelSep, header, textColumnName, labelColumnName, textField,
        labelField, labelPrefix, skipBad);
  }

  /**
   * A copy with another label column.
   *
   * @param v the 1-based label column, or 0 for no labels
   * @return the copy
   * @throws IllegalArgumentException when {@code v < 0}
   */
  public ReadOptions withLabelCol(int v) {
    return new ReadOptions(charset, textCol, v, labelSep, header, textColumnName, labelColumnName, textField,
        labelField, labelPrefix, skipBad);
  }

  /**
   * A copy with another label separator.
   *
   * @param v the literal separator between labels in one value, or {@code null} for one label a value
   * @return the copy
   * @throws IllegalArgumentException when {@code v} is empty
   */
  public ReadOptions withLabelSep(String v) {
    return new ReadOptions(charset, textCol, labelCol, v, header, textColumnName, labelColumnName, textField,
        labelField, labelPrefix, skipBad);
  }

  /**
   * A copy that does or does not skip a TSV header line.
   *
   * @param v whether the first line of a TSV corpus is a header to skip
   * @return the copy
   */
  public ReadOptions withHeader(boolean v) {
    return new ReadOptions(charset, textCol, labelCol, labelSep, v, textColumnName, labelColumnName, textField,
        labelField, labelPrefix, skipBad);
  }

  /**
   * A copy with another CSV text column name.
   *
   * @param v the header name of the text column, or {@code null} to select it by {@link #textCol()}
   * @return the copy
   * @throws IllegalArgumentException when {@code v} is blank
   */
  public ReadOptions withTextColumnName(String v) {
    return new ReadOptions(charset, textCol, labelCol, labelSep, header, v, labelColumnName, textField,
        labelField, labelPrefix, skipBad);
  }

  /**
   * A copy with another CSV label column name.
   *
   * @param v the header name of the label column, or {@code null} to select it by {@link #labelCol()}
   * @return the copy
   * @throws IllegalArgumentException when {@code v} is blank
   */
  public ReadOptions withLabelColumnName(String v) {
    return new ReadOptions(charset, textCol, labelCol, labelSep, header, textColumnName, v, textField,
        labelField, labelPrefix, skipBad);
  }

  /**
   * A copy with another JSONL text key.
   *
   * @param v the key of the text field
   * @return the copy
   * @throws IllegalArgumentException when {@code v} is {@code null} or empty
   */
  public ReadOptions withTextField(String v) {
    return new ReadOptions(charset, textCol, labelCol, labelSep, header, textColumnName, labelColumnName, v,
        labelField, labelPrefix, skipBad);
  }

  /**
   * A copy with another JSONL label key.
   *
   * @param v the key of the label field
   * @return the copy
   * @throws IllegalArgumentException when {@code v} is {@code null} or empty
   */
  public ReadOptions withLabelField(String v) {
    return new ReadOptions(charset, textCol, labelCol, labelSep, header, textColumnName, labelColumnName,
        textField, v, labelPrefix, skipBad);
  }

  /**
   * A copy with another FASTTEXT label prefix.
   *
   * @param v the prefix that marks a label token
   * @return the copy
   * @throws IllegalArgumentException when {@code v} is {@code null} or empty
   */
  public ReadOptions withLabelPrefix(String v) {
    return new ReadOptions(charset, textCol, labelCol, labelSep, header, textColumnName, labelColumnName,
        textField, labelField, v, skipBad);
  }

  /**
   * A copy that does or does not skip malformed rows.
   *
   * @param v whether malformed rows are skipped and counted instead of throwing {@link CorpusException}
   * @return the copy
   */
  public ReadOptions withSkipBad(boolean v) {
    return new ReadOptions(charset, textCol, labelCol, labelSep, header, textColumnName, labelColumnName,
        textField, labelField, labelPrefix, v);
  }
}
