package id.spbe.analytics.pipeline.ingest;

import org.apache.hadoop.fs.Path;

/**
 * One input file: where it is (any Hadoop file system URI), the name it goes by in messages, reports and the
 * published {@code source_file} column, what it holds and how it is encoded.
 *
 * @param sourceName the file name, or when another input of the same run has the same file name, the shortest
 *     tail of its path that tells them apart ({@code opd-a/penilaian-mandiri-2023.xlsx}); see {@link SourceNames}
 */
public record InputFile(Path path, String sourceName, InputKind kind, InputFormat format, String sheet) {

  /** The name shown to planners in messages and reports; unique within a run. */
  public String displayName() {
    return sourceName;
  }
}
