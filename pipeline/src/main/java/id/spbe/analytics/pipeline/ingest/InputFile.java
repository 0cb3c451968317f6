package id.spbe.analytics.pipeline.ingest;

import org.apache.hadoop.fs.Path;

/** One input file: where it is (any Hadoop file system URI), what it holds and how it is encoded. */
public record InputFile(Path path, InputKind kind, InputFormat format, String sheet) {

  /** The name shown to planners in messages and reports: the file name, not the full URI. */
  public String displayName() {
    return path.getName();
  }
}
