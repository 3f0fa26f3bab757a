package org.fenlei.core;

import java.util.List;
import org.fenlei.corpora.Document;

/**
 * The one rule for documents' label sets, which every trainer and the evaluator apply. A multi-class task needs
 * exactly one label a document. A multi-label task takes any number, none included: a document without a label is
 * a negative for every label, as a row of zeros in scikit-learn's {@code MultiLabelBinarizer}. A task is
 * multi-label when asked for ({@code --multi-label}) or when any training document has two or more labels.
 */
public final class LabelSets {
  private LabelSets() {}

  /**
   * Whether a task is multi-label.
   *
   * @param docs the training documents
   * @param force whether multi-label was asked for even if no document has two labels
   * @return {@code force}, or true when any document has two or more labels
   */
  public static boolean multiLabel(List<Document> docs, boolean force) {
    if (force) {
      return true;
    }
    for (Document d : docs) {
      if (d.labels().size() > 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether any document has no label.
   *
   * @param docs the documents
   * @return true when at least one document's label set is empty
   */
  public static boolean anyUnlabelled(List<Document> docs) {
    for (Document d : docs) {
      if (d.labels().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks that {@code docs} are usable for a task: in a multi-class one every document has a label, in a
   * multi-label one at least one document has.
   *
   * @param docs the documents
   * @param multiLabel whether the task is multi-label
   * @param role what the documents are for, as messages name them: {@code "training"}, {@code "test"}, ...
   * @throws IllegalArgumentException naming the first document without a label (its file and line, or its id for
   *     an in-memory document) in a multi-class task, or saying that no document has a label in a multi-label one
   */
  public static void check(List<Document> docs, boolean multiLabel, String role) {
    if (!multiLabel) {
      for (Document d : docs) {
        if (d.labels().isEmpty()) {
          throw new IllegalArgumentException(where(d) + ": " + role + " document has no label; a multi-class task "
              + "needs one label a document (for multi-label data, where a document may have none and counts as a "
              + "negative for every label, train with --multi-label)");
        }
      }
      return;
    }
    if (!docs.isEmpty() && docs.stream().allMatch(d -> d.labels().isEmpty())) {
      throw new IllegalArgumentException("none of the " + docs.size() + " " + role + " documents has a label: "
          + "documents without labels are negatives, and a multi-label task needs at least one labelled document "
          + "(check the format and the label column or field)");
    }
  }

  /** Where a document is, as corpus errors name it: {@code path:line}, the path of a whole file, or the id. */
  private static String where(Document d) {
    if (d.path() == null) {
      return d.id();
    }
    return d.line() > 0 ? d.path() + ":" + d.line() : d.path().toString();
  }
}
