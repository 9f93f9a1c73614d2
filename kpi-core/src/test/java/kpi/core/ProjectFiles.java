package kpi.core;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where tests find their files without any system property, so that they run the same from Maven
 * and from an IDE: fixtures from the test class path, the project folder (for docs and sources)
 * found upwards from the compiled test classes, and the real DfE files in {@code shared/realdata}
 * beside the project folder. A missing folder fails, never skips.
 */
public final class ProjectFiles {
  private ProjectFiles() {}

  /** A file or folder under {@code src/test/resources} (or a main resource), by class path name. */
  public static Path resource(String name) {
    URL url = ProjectFiles.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new AssertionError("no resource " + name + " on the test class path");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError("resource " + name + " is not a file: " + url, e);
    }
  }

  /** The project folder: the nearest folder above the test classes holding {@code mvnw}. */
  public static Path root() {
    Path here;
    try {
      here =
          Path.of(ProjectFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError("test classes are not in a folder", e);
    }
    for (Path p = here.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve("kpi-core"))) {
        return p;
      }
    }
    throw new AssertionError("no project folder (with mvnw) above " + here);
  }

  /** The real published DfE files: {@code ../shared/realdata} beside the project folder. */
  public static Path realData() {
    Path dir = root().resolve("../shared/realdata").normalize();
    if (!Files.isDirectory(dir)) {
      throw new AssertionError(
          "real DfE data folder missing: "
              + dir
              + " (the shared folder"
              + " sits beside the project folder; these tests need it and do not skip)");
    }
    return dir;
  }
}
