package fr.inclusion.orientation.deployment;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's root: the first directory above the working directory that holds docker-compose.yml. */
final class Repository {

    private Repository() {
    }

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("docker-compose.yml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no docker-compose.yml above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
