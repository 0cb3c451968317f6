package id.spbe.analytics.benchmark.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A folder written by {@code spbe-pipeline generate}, read through its manifest. */
public record GeneratedSet(Path dir, List<ManifestFile> files, long rows, long expectedRejectedRows, int instansi,
    long bytes) {
  public static final String MANIFEST = "_manifest.json";

  public static GeneratedSet read(Path dir) throws IOException {
    Path manifest = dir.resolve(MANIFEST);
    if (!Files.exists(manifest)) {
      throw new IllegalArgumentException(dir + " has no " + MANIFEST + ": not a folder written by spbe-pipeline generate");
    }
    JsonNode root = new ObjectMapper().readTree(manifest.toFile());
    List<ManifestFile> files = new ArrayList<>();
    for (JsonNode f : root.path("files")) {
      List<String> fields = new ArrayList<>();
      f.path("fields").forEach(n -> fields.add(n.asText()));
      files.add(new ManifestFile(f.path("path").asText(), f.path("kind").asText(), f.path("dialect").asText(),
          f.path("header_row").asInt(), List.copyOf(fields)));
    }
    int instansi = 0;
    for (JsonNode n : root.path("instansi")) {
      instansi += n.asInt();
    }
    return new GeneratedSet(dir, List.copyOf(files), root.path("rows").asLong(),
        root.path("expected_rejected_rows").asLong(), instansi, root.path("bytes").asLong());
  }
}
