package conformance.marqtune.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies everything the run prints (its own lines, REST Assured, AssertJ, loggers) to
 * {@code target/conformance-console.log} while still printing it, so that the leak scan reads exactly
 * what reached the console.
 */
public final class ConsoleCapture implements AutoCloseable {

    public static final Path LOG = Path.of("target", "conformance-console.log");

    private final PrintStream originalOut;
    private final PrintStream originalErr;
    private final OutputStream log;

    private ConsoleCapture(PrintStream originalOut, PrintStream originalErr, OutputStream log) {
        this.originalOut = originalOut;
        this.originalErr = originalErr;
        this.log = log;
    }

    public static ConsoleCapture start(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            OutputStream log = Files.newOutputStream(file);
            ConsoleCapture capture = new ConsoleCapture(System.out, System.err, log);
            System.setOut(new PrintStream(new Tee(capture.originalOut, log), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new Tee(capture.originalErr, log), true, StandardCharsets.UTF_8));
            return capture;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    @Override
    public void close() {
        System.out.flush();
        System.err.flush();
        System.setOut(originalOut);
        System.setErr(originalErr);
        try {
            log.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not close the console log", e);
        }
    }

    private static final class Tee extends OutputStream {
        private final OutputStream console;
        private final OutputStream log;

        Tee(OutputStream console, OutputStream log) {
            this.console = console;
            this.log = log;
        }

        @Override
        public void write(int b) throws IOException {
            console.write(b);
            synchronized (log) {
                log.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            console.write(bytes, offset, length);
            synchronized (log) {
                log.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            console.flush();
            synchronized (log) {
                log.flush();
            }
        }
    }
}
