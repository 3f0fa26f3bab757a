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
 */
public record ReadOptions(CharsetChoice charset, int textCol, int labelCol, String labelSep, boolean header,
                          String textColumnName, String labelColumnName, String textField, String labelField,
                          String labelPrefix, boolean skipBad) {
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

  public ReadOptions withCharset(CharsetChoice v) {
    return new ReadOptions(v, textCol, labelCol, labelSep, header, textColumnName, labelColumnName, textField,
        labelField, labelPrefix, skipBad);
  }

  public ReadOptions withTextCol(int v) {
    return new ReadOptions(charset, v, labelCol, labelSep, header, textColumnName, labelColumnName, textField,
        labelField, labelPrefix, skipBad);
  }

  public ReadOptions withLabelCol(int v) {
    return new ReadOptions(charset, textCol, v, labelSep, header, textColumnName, labelColumnName, textField,
        labelField, labelPrefix, skipBad);
  }

  public ReadOptions withLabelSep(String v) {
    return new ReadOptions(charset, textCol, labelCol, v, header, textColumnName, labelColumnName, textField,
        labelField, labelPrefix, skipBad);
  }

  public ReadOptions withHeader(boolean v) {
    return new ReadOptions(charset, textCol, labelCol, labelSep, v, textColumnName, labelColumnName, textField,
        labelField, labelPrefix, skipBad);
  }

  public ReadOptions withTextColumnName(String v) {
    return new ReadOptions(charset, textCol, labelCol, labelSep, header, v, labelColumnName, textField,
        labelField, labelPrefix, skipBad);
  }

  public ReadOptions withLabelColumnName(String v) {
    return new ReadOptions(charset, textCol, labelCol, labelSep, header, textColumnName, v, textField,
        labelField, labelPrefix, skipBad);
  }

  public ReadOptions withTextField(String v) {
    return new ReadOptions(charset, textCol, labelCol, labelSep, header, textColumnName, labelColumnName, v,
        labelField, labelPrefix, skipBad);
  }

  public ReadOptions withLabelField(String v) {
    return new ReadOptions(charset, textCol, labelCol, labelSep, header, textColumnName, labelColumnName,
        textField, v, labelPrefix, skipBad);
  }

  public ReadOptions withLabelPrefix(String v) {
    return new ReadOptions(charset, textCol, labelCol, labelSep, header, textColumnName, labelColumnName,
        textField, labelField, v, skipBad);
  }

  public ReadOptions withSkipBad(boolean v) {
    return new ReadOptions(charset, textCol, labelCol, labelSep, header, textColumnName, labelColumnName,
        textField, labelField, labelPrefix, v);
  }
}
