package conformance.marqtune.configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The names of the classes and resources of one class-path entry, a folder or a jar, as slash-separated paths. */
final class ClassPathNames {

    private ClassPathNames() {
    }

    static void of(Path entry, Consumer<String> each) {
        try {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> files = Files.walk(entry)) {
                    files.filter(Files::isRegularFile).forEach(file -> each.accept(entry.relativize(file).toString().replace('\\', '/')));
                }
            } else if (Files.isRegularFile(entry)) {
                try (JarFile jar = new JarFile(entry.toFile())) {
                    jar.stream().forEach(jarEntry -> each.accept(jarEntry.getName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the leak scan could not read the names on the class path in " + entry, e);
        }
    }
}
