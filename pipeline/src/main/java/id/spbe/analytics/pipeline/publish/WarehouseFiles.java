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
  private static final String TMP_MARK = ".tmp-";

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
    Path tmp = new Path(target.getParent(), "." + target.getName() + TMP_MARK + ProcessHandle.current().pid());
    if (isLocal()) {
      java.nio.file.Path local = localPath(tmp);
      Files.createDirectories(local.getParent());
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

  /** Local files are read directly: a Hadoop checksum file left beside them by an older writer must not matter. */
  public Optional<String> readText(Path file) throws IOException {
    if (isLocal()) {
      try {
        return Optional.of(Files.readString(localPath(file), StandardCharsets.UTF_8));
      } catch (java.nio.file.NoSuchFileException e) {
        return Optional.empty();
      }
    }
    if (!fs.exists(file)) {
      return Optional.empty();
    }
    try (InputStream in = fs.open(file)) {
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /**
   * Writes a small file (run record, manifest) all at once: a process killed mid-write leaves the old content
   * or none, never a torn file that would make every later run fail to read the history.
   */
  public void writeText(Path file, String content) throws IOException {
    replaceAtomically(file, content);
  }

  /** Temporary files a killed {@link #replaceAtomically} left in {@code dir}. */
  public void deleteTemporaryFiles(Path dir) throws IOException {
    if (!fs.exists(dir)) {
      return;
    }
    for (org.apache.hadoop.fs.FileStatus s : fs.listStatus(dir)) {
      if (s.isFile() && s.getPath().getName().startsWith(".") && s.getPath().getName().contains(TMP_MARK)) {
        fs.delete(s.getPath(), false);
      }
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
