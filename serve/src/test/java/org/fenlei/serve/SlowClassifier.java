package org.fenlei.serve;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import org.fenlei.core.ModelCodec;
import org.fenlei.core.TextClassifier;

/**
 * A test model kind: fixed scores after sleeping a set time per text, and a failure for the text "explode". A
 * request to it is as slow as the test needs, without timing guesses. Registered as a service in the test
 * resources.
 */
final class SlowClassifier extends TextClassifier {
  /** A permit for every text that starts being scored: how a test knows a request is in flight. */
  static final java.util.concurrent.Semaphore STARTED = new java.util.concurrent.Semaphore(0);

  private final long sleepMillis;

  SlowClassifier(long sleepMillis) {
    this.sleepMillis = sleepMillis;
  }

  @Override
  public String kind() {
    return "slow-test";
  }

  @Override
  public List<String> labels() {
    return List.of("a", "b");
  }

  @Override
  public boolean multiLabel() {
    return false;
  }

  @Override
  public double[] scores(String text) {
    if (text.equals("explode")) {
      throw new IllegalStateException("a failure of the model's own, at " + getClass().getName());
    }
    STARTED.release();
    try {
      Thread.sleep(sleepMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return new double[] {0.25, 0.75};
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeLong(sleepMillis);
  }

  /** Reads the model back. */
  public static final class Codec implements ModelCodec {
    @Override
    public String kind() {
      return "slow-test";
    }

    @Override
    public TextClassifier read(DataInput in) throws IOException {
      return new SlowClassifier(in.readLong());
    }
  }
}
