package org.fenlei.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.fenlei.core.Progress;

/** Training progress on standard error: one line each time the stage changes, with the seconds since the start. */
final class StageLog implements Progress {
  private final PrintWriter err;
  private final long start = System.nanoTime();
  private String last;

  StageLog(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void update(String stage, long done, long total) {
    if (stage.equals(last)) {
      return;
    }
    last = stage;
    String size = total > 1 && done == 0 ? String.format(Locale.ROOT, " (%,d)", total) : "";
    err.printf(Locale.ROOT, "fenlei: %.1f s: %s%s%n", (System.nanoTime() - start) / 1e9, stage, size);
    err.flush();
  }
}
