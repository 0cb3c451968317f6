package id.spbe.analytics.pipeline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.analytics.pipeline.SharedSpark;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PosixLocalFileSystemTest {

  /** What Hadoop's own local file system leaves on disk, this one leaves too: folders, files, checksums, chmod. */
  @Test
  void foldersAndFilesGetTheModesHadoopsOwnFileSystemGives(@TempDir java.nio.file.Path dir) throws Exception {
    Configuration conf = new Configuration();
    FileSystem ours = new PosixLocalFileSystem();
    ours.initialize(URI.create("file:///"), conf);
    FileSystem hadoops = new LocalFileSystem();
    hadoops.initialize(URI.create("file:///"), conf);

    for (FileSystem fs : new FileSystem[] {ours, hadoops}) {
      Path root = new Path(dir.resolve(fs == ours ? "ours" : "hadoops").toUri());
      fs.mkdirs(new Path(root, "table/_temporary/0"));
      try (FSDataOutputStream out = fs.create(new Path(root, "table/part-00000.parquet"))) {
        out.writeBytes("rows");
      }
      fs.create(new Path(root, "table/private"), new FsPermission((short) 0640), true, 4096, (short) 1, 1 << 20, null)
          .close();
      fs.setPermission(new Path(root, "table/_temporary"), new FsPermission((short) 0700));
    }
    for (String path : new String[] {"table", "table/_temporary", "table/_temporary/0", "table/part-00000.parquet",
        "table/.part-00000.parquet.crc", "table/private"}) {
      assertThat(mode(dir.resolve("ours").resolve(path))).as(path).isEqualTo(mode(dir.resolve("hadoops").resolve(path)));
    }
    assertThat(mode(dir.resolve("ours/table/private"))).isEqualTo("rw-r-----");
    assertThat(mode(dir.resolve("ours/table/_temporary"))).isEqualTo("rwx------");
    assertThat(mode(dir.resolve("ours/table"))).isEqualTo("rwxr-xr-x"); // Hadoop's default umask, 022
    assertThat(Files.readString(dir.resolve("ours/table/part-00000.parquet"))).isEqualTo("rows");
  }

  @Test
  void theStickyBitJavaCannotSetIsStillSet(@TempDir java.nio.file.Path dir) throws Exception {
    FileSystem ours = new PosixLocalFileSystem();
    ours.initialize(URI.create("file:///"), new Configuration());
    Path shared = new Path(dir.resolve("shared").toUri());
    ours.mkdirs(shared);
    ours.setPermission(shared, new FsPermission((short) 01777));
    assertThat((int) Files.getAttribute(dir.resolve("shared"), "unix:mode") & 07777).isEqualTo(01777);
  }

  /** The session and the file work done before it (the unchanged-input check) use this file system. */
  @Test
  void theSessionAndTheCommandsBeforeItUseIt() throws Exception {
    assertThat(SharedSpark.get().sparkContext().hadoopConfiguration().get("fs.file.impl"))
        .isEqualTo(PosixLocalFileSystem.class.getName());
    Configuration beforeSpark = SparkSessions.hadoopConfiguration();
    assertThat(beforeSpark.get("fs.file.impl")).isEqualTo(PosixLocalFileSystem.class.getName());
    assertThat(FileSystem.newInstance(URI.create("file:///"), beforeSpark)).isInstanceOf(PosixLocalFileSystem.class);
  }

  private static String mode(java.nio.file.Path path) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
