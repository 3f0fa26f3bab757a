package org.fenlei.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the fenlei command in this JVM and keeps what it wrote: what the command tests share. */
final class CliRun {
  private CliRun() {}

  /** The exit code and everything written to standard output and error. */
  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }
}
