package org.fenlei.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.fenlei.core.Progress;

/**
 * Training progress on standard error: one line each time the stage changes, with the seconds since the start;
 * on a terminal ({@link ProgressBar#isTerminal()}) the current stage's line is redrawn with its percentage and
 * ETA as the trainer reports units done, at most four times a second.
 */
final class StageLog implements Progress {
  private static final long REDRAW_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final boolean live;
  private final long start = System.nanoTime();
  private String last;
  private long stageStart;
  private long lastDraw;
  private boolean drawn;

  StageLog(PrintWriter err) {
    this(err, ProgressBar.isTerminal());
  }

  StageLog(PrintWriter err, boolean live) {
    this.err = err;
    this.live = live;
  }

  @Override
  public synchronized void update(String stage, long done, long total) {
    long now = System.nanoTime();
    if (!stage.equals(last)) {
      if (drawn) {
        err.println();
        drawn = false;
      }
      last = stage;
      stageStart = now;
      String size = total > 1 && done == 0 ? String.format(Locale.ROOT, " (%,d)", total) : "";
      err.printf(Locale.ROOT, "fenlei: %.1f s: %s%s", (now - start) / 1e9, stage, size);
      if (live && total > 1 && done < total) {
        drawn = true;
        lastDraw = now;
      } else {
        err.println();
      }
      err.flush();
      return;
    }
    if (!live || total <= 1 || now - lastDraw < REDRAW_NANOS && done < total) {
      return;
    }
    lastDraw = now;
    double f = Math.min(1, (double) done / total);
    double spent = (now - stageStart) / 1e9;
    String eta = f > 0.01 && f < 1 ? "  ETA " + ProgressBar.clock(spent / f - spent) : "";
    err.printf(Locale.ROOT, "\rfenlei: %.1f s: %s %3.0f%%%s   ", (now - start) / 1e9, stage, 100 * f, eta);
    if (done >= total) {
      err.println();
      drawn = false;
    } else {
      drawn = true;
    }
    err.flush();
  }

  /** Ends the last live line, if one is open. */
  synchronized void close() {
    if (drawn) {
      err.println();
      drawn = false;
    }
  }
}
