package org.fenlei.spark;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.fenlei.core.ModelFile;
import org.fenlei.core.TextClassifier;

/**
 * The models of this JVM, one per file identity (absolute path, size, modification time). This is the module's
 * one piece of JVM-wide state, on purpose: an executor runs many tasks, each of which would otherwise read and
 * parse the model again. A file that changes is loaded again and its old model dropped, so the cache holds at
 * most one model per path.
 */
final class ModelCache {
  private static final System.Logger LOG = System.getLogger(ModelCache.class.getName());
  private static final ConcurrentHashMap<Path, Entry> MODELS = new ConcurrentHashMap<>();
  private static final AtomicLong LOADS = new AtomicLong();

  /** A loaded model and the identity of the file it came from. */
  private record Entry(long size, long modified, TextClassifier model) {
  }

  private ModelCache() {}

  /** The model of {@code file}, read now only when this JVM has not read this version of the file. */
  static TextClassifier load(Path file) throws IOException {
    Path key = file.toAbsolutePath().normalize();
    long size = Files.size(key);
    long modified = Files.getLastModifiedTime(key).toMillis();
    Entry e = MODELS.get(key);
    if (e != null && e.size == size && e.modified == modified) {
      return e.model;
    }
    synchronized (ModelCache.class) { // one load at a time: two tasks starting together read the file once
      e = MODELS.get(key);
      if (e == null || e.size != size || e.modified != modified) {
        long start = System.nanoTime();
        TextClassifier m = ModelFile.load(key);
        LOADS.incrementAndGet();
        LOG.log(Level.INFO, () -> String.format("fenlei: loaded %s (%s, %d labels) in %.0f ms", key, m.kind(),
            m.labels().size(), (System.nanoTime() - start) / 1e6));
        e = new Entry(size, modified, m);
        MODELS.put(key, e);
      }
      return e.model;
    }
  }

  /** Model files read by this JVM so far. */
  static long loads() {
    return LOADS.get();
  }
}
