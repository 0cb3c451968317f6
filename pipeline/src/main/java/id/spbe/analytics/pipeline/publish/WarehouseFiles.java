package id.spbe.analytics.pipeline.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

/**
 * The two file operations publishing relies on, done atomically for each kind of store: on a local disk with
 * POSIX rename and O_EXCL create; on HDFS with FileContext rename-overwrite; on object stores (s3a, gs, abfs)
 * by writing the small file in one PUT, which those stores make visible all at once.
 */
public final class WarehouseFiles {
  private final FileSystem fs;
  private final Configuration conf;

  public WarehouseFiles(FileSystem fs, Configuration conf) {
    this.fs = fs;
    this.conf = conf;
  }

  public FileSystem fs() {
    return fs;
  }

  public boolean isLocal() {
    return "file".equals(fs.getScheme());
  }

  /** Replaces {@code target}'s content so that readers see the old or the new text, never a torn file. */
  public void replaceAtomically(Path target, String content) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    Path tmp = new Path(target.getParent(), "." + target.getName() + ".tmp-" + ProcessHandle.current().pid());
    if (isLocal()) {
      java.nio.file.Path local = localPath(tmp);
      Files.write(local, bytes);
      try (var channel = java.nio.channels.FileChannel.open(local, java.nio.file.StandardOpenOption.WRITE)) {
        channel.force(true); // the pointer must not point at nothing after a power cut
      }
      Files.move(local, localPath(target), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } else if ("hdfs".equals(fs.getScheme()) || "viewfs".equals(fs.getScheme())) {
      try (OutputStream out = fs.create(tmp, true)) {
        out.write(bytes);
      }
      FileContext.getFileContext(target.toUri(), conf).rename(tmp, target, Options.Rename.OVERWRITE);
    } else {
      try (OutputStream out = fs.create(target, true)) {
        out.write(bytes);
      }
    }
  }

  /** Creates {@code target} only if it does not exist yet; false when another process got there first. */
  public boolean createExclusive(Path target, String content) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    if (isLocal()) {
      try {
        Files.createDirectories(localPath(target.getParent()));
        Files.write(localPath(target), bytes, java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE);
        return true;
      } catch (java.nio.file.FileAlreadyExistsException e) {
        return false;
      }
    }
    try (OutputStream out = fs.create(target, false)) {
      out.write(bytes);
      return true;
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
      return false;
    }
  }

  public Optional<String> readText(Path file) throws IOException {
    if (!fs.exists(file)) {
      return Optional.empty();
    }
    try (InputStream in = fs.open(file)) {
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  public void writeText(Path file, String content) throws IOException {
    try (OutputStream out = fs.create(file, true)) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }

  public void deleteRecursively(Path path) {
    try {
      fs.delete(path, true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + path, e);
    }
  }

  private static java.nio.file.Path localPath(Path path) {
    return java.nio.file.Path.of(path.toUri().getPath());
  }
}
