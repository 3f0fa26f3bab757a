package org.fenlei.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.spark.SparkEnv;
import org.apache.spark.SparkFiles;
import org.fenlei.core.TextClassifier;

/**
 * A fenlei model file as the executors see it, and the handle tasks carry instead of the model: only the location
 * travels with a task; each executor JVM loads the file once ({@link ModelCache}) and every task and thread of
 * that JVM shares the loaded, immutable model.
 *
 * <p>The location is one of:
 * <ul>
 *   <li>the name of a file shipped with {@code spark-submit --files model.fenlei} (or
 *       {@code SparkContext.addFile}): {@code model.fenlei}, found with {@link SparkFiles#get};</li>
 *   <li>a path every executor can read, on a shared file system: {@code /nfs/models/model.fenlei} or
 *       {@code file:/nfs/models/model.fenlei};</li>
 *   <li>a Hadoop file system URI, {@code hdfs://nn/models/model.fenlei} or {@code s3a://...}: copied once to the
 *       executor's local temporary folder, then loaded.</li>
 * </ul>
 * A replaced file (another size or modification time) is loaded again; the old model is dropped.
 */
public final class ExecutorModel implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The location as given. */
  private final String location;
  /** The model, once this copy of the handle has asked the JVM's cache. */
  private transient volatile TextClassifier model;

  private ExecutorModel(String location) {
    this.location = location;
  }

  /**
   * A model at a location.
   *
   * @param location a {@code --files} name, a local or shared path, or a Hadoop file system URI
   * @return the handle; nothing is read until {@link #get()}
   * @throws IllegalArgumentException when the location is blank
   */
  public static ExecutorModel of(String location) {
    if (Objects.requireNonNull(location, "model location").isBlank()) {
      throw new IllegalArgumentException("the model location is empty");
    }
    return new ExecutorModel(location);
  }

  /**
   * The location as given.
   *
   * @return the location
   */
  public String location() {
    return location;
  }

  /**
   * The model, loaded by the first caller in this JVM and shared with every later one. A task's copy of this
   * handle checks the file once (its size and modification time) and keeps the model for the rest of the task.
   *
   * @return the model
   * @throws UncheckedIOException when the file cannot be found or read, or is not an undamaged fenlei model (a
   *     {@link org.fenlei.core.ModelFormatException} cause), naming the file
   */
  public TextClassifier get() {
    TextClassifier m = model;
    if (m == null) {
      try {
        m = ModelCache.load(localFile());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the fenlei model " + location + ": " + e.getMessage(), e);
      }
      model = m;
    }
    return m;
  }

  /** The local file of the model: a shipped file, a path, or a copy of a Hadoop file. */
  Path localFile() throws IOException {
    URI uri = uriOf(location);
    if (uri != null && uri.getScheme() != null && !"file".equals(uri.getScheme())) {
      return HadoopCopy.local(location);
    }
    Path path = uri != null && "file".equals(uri.getScheme()) ? Path.of(uri) : Path.of(location);
    if (SparkEnv.get() != null && path.getParent() == null) {
      Path shipped = Path.of(SparkFiles.get(location));
      if (Files.isRegularFile(shipped)) {
        return shipped;
      }
    }
    if (!Files.exists(path)) {
      throw new java.nio.file.NoSuchFileException(path.toAbsolutePath().toString(), null, "model file not found "
          + "(neither shipped with --files nor on a file system this JVM sees)");
    }
    return path;
  }

  private static URI uriOf(String location) {
    if (!location.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*")) {
      return null; // a plain path (a Windows drive letter has one letter before its colon)
    }
    return URI.create(location);
  }

  @Override
  public String toString() {
    return "ExecutorModel[" + location + "]";
  }
}
