package fr.inclusion.orientation.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared reference files that tests may read but the project must not commit (commune contours, the public IFN
 * file): {@code shared/data} beside the project. Looked up from the system property {@code orientation.shared-data},
 * the environment variable {@code ORIENTATION_SHARED_DATA}, then {@code shared/data} beside any parent of the
 * working directory, then {@code /work/shared/data}.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path dir() {
        String configured = System.getProperty("orientation.shared-data", System.getenv("ORIENTATION_SHARED_DATA"));
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        Path fallback = Path.of("/work/shared/data");
        if (Files.isDirectory(fallback)) {
            return fallback;
        }
        throw new IllegalStateException("shared/data not found: set -Dorientation.shared-data or ORIENTATION_SHARED_DATA");
    }

    public static Path file(String name) {
        Path file = dir().resolve(name);
        if (!Files.isReadable(file)) {
            throw new IllegalStateException(file + " is not readable");
        }
        return file;
    }
}
