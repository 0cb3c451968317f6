package id.spbe.analytics.pipeline.job;

import id.spbe.analytics.pipeline.ingest.InputDiscovery;
import id.spbe.analytics.pipeline.ingest.InputFile;
import id.spbe.analytics.pipeline.ingest.SourceOpener;
import id.spbe.analytics.pipeline.run.FileSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;

/**
 * What a run's result depends on besides the published state it starts from: every input file (name, kind,
 * content hash), the flags that change how they are read, the framework catalogs and the pipeline build. A run
 * whose fingerprint equals the one the current version was published with would publish the same tables again.
 */
public final class InputFingerprint {
  /** The manifest field holding the fingerprint of the run that published the version. */
  public static final String MANIFEST_KEY = "input_fingerprint";

  private InputFingerprint() {}

  /** From the files a run ingested (their summaries carry the hashes). */
  public static String of(RunConfig config, List<FileSummary> files) {
    List<String> lines = new ArrayList<>();
    files.forEach(f -> lines.add(f.kind() + "\t" + f.file() + "\t" + f.sha256()));
    return combine(config, lines);
  }

  /**
   * Before any Spark: finds and hashes the inputs as the run would. Empty when discovery already finds a problem
   * (the full run must report it).
   */
  public static Optional<String> ofInputs(RunConfig config, Configuration conf) throws IOException {
    InputDiscovery.Discovery found = new InputDiscovery(conf).scan(config.inputs(), config.kind(), config.sheet(),
        Optional.of(config.warehouse()));
    if (!found.problems().isEmpty()) {
      return Optional.empty();
    }
    SourceOpener opener = new SourceOpener(conf);
    List<String> lines = new ArrayList<>();
    for (InputFile file : found.files()) {
      lines.add(file.kind().id() + "\t" + file.displayName() + "\t" + opener.sha256(file));
    }
    return Optional.of(combine(config, lines));
  }

  private static String combine(RunConfig config, List<String> fileLines) {
    MessageDigest digest = sha256();
    fileLines.stream().sorted().forEach(line -> update(digest, "file " + line));
    update(digest, "kind " + config.kind().map(Enum::name).orElse("") + " sheet " + config.sheet() + " year "
        + config.year() + " instansi " + config.instansi() + " publishValidRows " + config.publishValidRows());
    update(digest, "catalogs " + folderHash(config.referenceDir()));
    update(digest, "build " + build());
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String folderHash(Path folder) {
    MessageDigest digest = sha256();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        update(digest, folder.relativize(file).toString());
        digest.update(Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the framework catalogs in " + folder, e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The pipeline jar by size and time (hashing 300 MB would cost more than the check saves); classes: "dev". */
  private static String build() {
    try {
      Path code = Path.of(InputFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(code) ? Files.size(code) + "@" + Files.getLastModifiedTime(code) : "dev";
    } catch (IOException | URISyntaxException | SecurityException e) {
      return "unknown " + java.util.UUID.randomUUID(); // an unknown build never matches a recorded one
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }

  private static void update(MessageDigest digest, String text) {
    digest.update((text + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
