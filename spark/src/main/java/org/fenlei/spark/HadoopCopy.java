package org.fenlei.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;

/**
 * A model file on a Hadoop file system (HDFS, S3A, ...) copied to this JVM's temporary folder, once per version of
 * the file: the copy's name holds the source's length and modification time, so a replaced source is copied again.
 */
final class HadoopCopy {
  private HadoopCopy() {}

  static synchronized Path local(String location) throws IOException {
    org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(location);
    FileSystem fs = source.getFileSystem(new Configuration());
    FileStatus status = fs.getFileStatus(source);
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "fenlei-models");
    Files.createDirectories(dir);
    Path copy = dir.resolve(Integer.toHexString(location.hashCode()) + "-" + status.getLen() + "-"
        + status.getModificationTime() + "-" + source.getName());
    if (!Files.isRegularFile(copy) || Files.size(copy) != status.getLen()) {
      Path tmp = Files.createTempFile(dir, source.getName(), ".part");
      try (var in = fs.open(source)) {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      }
      Files.move(tmp, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    return copy;
  }
}
