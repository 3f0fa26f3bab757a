package org.fenlei.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;

/**
 * Progress on stderr: on a terminal, one line redrawn four times a second (documents, documents/s, percent and ETA
 * when the total is known); otherwise nothing until {@link #finish}, which prints one summary line either way.
 * Whether stderr is a terminal is told by the launcher ({@code -Dfenlei.tty=true}, from {@code [ -t 2 ]}), as
 * Java 17 cannot ask about stderr alone; {@code --no-progress} or {@code FENLEI_PROGRESS=0} turn the bar off.
 */
final class ProgressBar implements AutoCloseable {
  private static final long REDRAW_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final String what;
  private final boolean live;
  private final long start = System.nanoTime();
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private volatile DoubleSupplier fraction = () -> Double.NaN;
  private volatile long total = -1;
  private Thread painter;
  private int lastWidth;

  /** A bar that is redrawn ({@code live}, for a terminal: see {@link #isTerminal()}) or only prints its summary. */
  ProgressBar(PrintWriter err, String what, boolean live) {
    this.err = err;
    this.what = what;
    this.live = live;
  }

  /** Draws the line now (the painter thread does this four times a second). */
  void drawNow() {
    draw();
  }

  /** Whether the launcher said stderr is a terminal and progress is not switched off. */
  static boolean isTerminal() {
    return Boolean.getBoolean("fenlei.tty") && !"0".equals(System.getenv("FENLEI_PROGRESS"));
  }

  boolean live() {
    return live;
  }

  void start() {
    if (!live) {
      return;
    }
    painter = new Thread(() -> {
      try {
        while (!Thread.currentThread().isInterrupted()) {
          Thread.sleep(REDRAW_NANOS / 1_000_000);
          draw();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "fenlei-progress");
    painter.setDaemon(true);
    painter.start();
  }

  void add(long documents, long failures) {
    done.addAndGet(documents);
    failed.addAndGet(failures);
  }

  /** The number of documents expected in all, once known (e.g. by a counting walk); -1 while unknown. */
  void total(long documents) {
    total = documents;
  }

  /** How far the input is read, in [0, 1], when documents cannot be counted ahead (bytes of line files). */
  void fraction(DoubleSupplier f) {
    fraction = f;
  }

  long done() {
    return done.get();
  }

  long failed() {
    return failed.get();
  }

  double seconds() {
    return (System.nanoTime() - start) / 1e9;
  }

  private synchronized void draw() {
    long d = done.get();
    double s = seconds();
    double rate = s > 0 ? d / s : 0;
    double f = total > 0 ? Math.min(1, (double) d / total) : fraction.getAsDouble();
    StringBuilder sb = new StringBuilder(96);
    sb.append(what).append(' ');
    if (!Double.isNaN(f)) {
      int filled = (int) Math.round(f * 20);
      sb.append('[').append("#".repeat(filled)).append(".".repeat(20 - filled)).append("] ")
          .append(String.format(Locale.ROOT, "%3.0f%% ", 100 * f));
    }
    sb.append(String.format(Locale.ROOT, "%,d", d));
    if (total > 0) {
      sb.append(String.format(Locale.ROOT, "/%,d", total));
    }
    sb.append(" docs");
    long bad = failed.get();
    if (bad > 0) {
      sb.append(String.format(Locale.ROOT, " (%,d failed)", bad));
    }
    sb.append(String.format(Locale.ROOT, "  %,.0f docs/s", rate));
    if (!Double.isNaN(f) && f > 0.01 && f < 1) {
      sb.append("  ETA ").append(clock(s / f - s));
    }
    String line = sb.toString();
    int pad = Math.max(0, lastWidth - line.length());
    lastWidth = line.length();
    err.print("\r" + line + " ".repeat(pad));
    err.flush();
  }

  static String clock(double seconds) {
    long t = Math.max(0, Math.round(seconds));
    return t >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60)
        : String.format(Locale.ROOT, "%d:%02d", t / 60, t % 60);
  }

  /** Stops redrawing and prints the summary line. */
  void finish(String summary) {
    close();
    err.println(summary);
  }

  @Override
  public void close() {
    Thread p;
    synchronized (this) {
      p = painter;
      painter = null;
    }
    if (p == null) {
      return;
    }
    p.interrupt();
    try {
      p.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      err.print("\r" + " ".repeat(lastWidth) + "\r");
      err.flush();
    }
  }
}
