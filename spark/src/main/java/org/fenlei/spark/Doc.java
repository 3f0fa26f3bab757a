package org.fenlei.spark;

import java.io.Serializable;

/**
 * One input unit of the job, before decoding: where it is (the path as the user named it, the 1-based line or 0
 * for a whole file or a row without lines) and either its raw bytes, its text, or why it cannot be read.
 */
record Doc(String path, long line, byte[] bytes, String text, String problem) implements Serializable {
  static Doc bytes(String path, long line, byte[] bytes) {
    return new Doc(path, line, bytes, null, null);
  }

  static Doc text(String path, long line, String text) {
    return new Doc(path, line, null, text, null);
  }

  static Doc problem(String path, long line, String problem) {
    return new Doc(path, line, null, null, problem);
  }
}
