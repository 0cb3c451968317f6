package id.spbe.analytics.pipeline.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system ({@code file://}, with its checksums), setting permissions through {@code java.nio}.
 * Without Hadoop's native library, which a planner's machine does not have, Hadoop sets the permission of every file
 * and folder it creates by starting a {@code chmod} process: the Blitar sample's run started 490 of them (one per
 * Parquet file, checksum file and committer folder), on two cores about a quarter of the run's CPU. The permissions
 * set are the same.
 */
public final class PosixLocalFileSystem extends LocalFileSystem {

  public PosixLocalFileSystem() {
    super(new Raw());
  }

  /** The raw local file system; only {@link #setPermission} differs. */
  static final class Raw extends RawLocalFileSystem {
    private static final PosixFilePermission[] BY_BIT = {
        PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
        PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
    private static final int STICKY = 01000;

    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      short mode = permission.toShort();
      if ((mode & STICKY) != 0) {
        super.setPermission(p, permission); // java.nio cannot set the sticky bit
        return;
      }
      try {
        Files.setPosixFilePermissions(pathToFile(p).toPath(), posix(mode));
      } catch (UnsupportedOperationException notPosix) {
        super.setPermission(p, permission); // a file system without POSIX permissions (Windows): Hadoop's own way
      }
    }

    static Set<PosixFilePermission> posix(short mode) {
      Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
      for (int bit = 0; bit < BY_BIT.length; bit++) {
        if ((mode & (1 << bit)) != 0) {
          set.add(BY_BIT[bit]);
        }
      }
      return set;
    }
  }
}
