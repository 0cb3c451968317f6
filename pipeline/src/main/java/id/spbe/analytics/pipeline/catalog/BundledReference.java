package id.spbe.analytics.pipeline.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The framework catalogs shipped inside the pipeline jar ({@code data/reference} at build time), the default of
 * {@code --reference}: with a default relative to the working folder, the jar failed from any other folder with
 * "Reference catalog folder not found". Read through the JDK's zip file system, so {@link CatalogLoader} reads
 * them as it reads a folder.
 */
public final class BundledReference {
  static final String RESOURCE_DIR = "/spbe-reference";

  private BundledReference() {}

  /** The catalog folder inside the jar (or inside target/classes when run from the build). */
  public static Path folder() {
    URL marker = BundledReference.class.getResource(RESOURCE_DIR + "/frameworks.csv");
    if (marker == null) {
      throw new CatalogException("The pipeline jar carries no reference catalogs (" + RESOURCE_DIR
          + "); pass --reference DIR");
    }
    try {
      URI uri = marker.toURI();
      if (!"jar".equals(uri.getScheme())) {
        return Path.of(uri).getParent();
      }
      return jarFileSystem(uri).getPath(RESOURCE_DIR);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Unexpected resource URL " + marker, e);
    }
  }

  /** The path of a folder to show in messages and run records. */
  public static String describe(Path folder) {
    return folder.getFileSystem() == FileSystems.getDefault() ? folder.toString() : "(jar)" + folder;
  }

  private static FileSystem jarFileSystem(URI uri) {
    try {
      return FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      return FileSystems.getFileSystem(uri);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the reference catalogs inside the jar", e);
    }
  }
}
