package conformance.marqtune.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Where the own tests' {@code @TempDir} folders go: the machine's memory-backed {@code /dev/shm} when it has
 * one with room to spare, else the JVM's temporary folder. The leak scan's full runs write and delete
 * thousands of small files; on a disk that churn costs a fifth of that test's time (measured on ext4).
 * Chosen for every test in {@code junit-platform.properties}.
 */
public final class MemoryBackedTempDirs implements TempDirFactory {

    private static final Path SHARED_MEMORY = Path.of("/dev/shm");
    /** A container's /dev/shm may hold 64 MiB in all: it is used only with this much free. */
    private static final long ROOM = 1L << 30;

    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension) throws IOException {
        return Files.createTempDirectory(parent(), "own-test");
    }

    private static Path parent() {
        try {
            if (Files.isDirectory(SHARED_MEMORY) && Files.isWritable(SHARED_MEMORY)
                    && Files.getFileStore(SHARED_MEMORY).getUsableSpace() > ROOM) {
                return SHARED_MEMORY;
            }
        } catch (IOException unreadable) {
            // the JVM's own temporary folder, then
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }
}
