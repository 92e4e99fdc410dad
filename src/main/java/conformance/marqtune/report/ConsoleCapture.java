package conformance.marqtune.report;

import conformance.marqtune.configuration.SecretMask;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;

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

    /**
     * Copies the console to {@code file} from now on, every line masked on its way to both: a library's own
     * log line (a cookie it could not parse, say) may quote what a target sent, the key included.
     */
    public static ConsoleCapture start(Path file, SecretMask mask) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            OutputStream log = Files.newOutputStream(file);
            ConsoleCapture capture = new ConsoleCapture(System.out, System.err, log);
            System.setOut(new PrintStream(new Tee(capture.originalOut, log, mask), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new Tee(capture.originalErr, log, mask), true, StandardCharsets.UTF_8));
            rebindJavaLogging();
            return capture;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    /**
     * java.util.logging's console handler holds the standard error it found when it was made: made again
     * now, it writes through the mask too (REST Assured's cookie parser logs what a target sent there).
     */
    private static void rebindJavaLogging() {
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof ConsoleHandler old) {
                root.removeHandler(old);
                ConsoleHandler current = new ConsoleHandler();
                current.setLevel(old.getLevel());
                current.setFormatter(old.getFormatter());
                root.addHandler(current);
            }
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

    /** Writes whole lines, masked, to the console and the log; a line not yet ended is written, masked, when flushed. */
    private static final class Tee extends OutputStream {
        private final OutputStream console;
        private final OutputStream log;
        private final SecretMask mask;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        Tee(OutputStream console, OutputStream log, SecretMask mask) {
            this.console = console;
            this.log = log;
            this.mask = mask;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            line.write(b);
            if (b == '\n') {
                emit();
            }
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(bytes[i]);
            }
        }

        @Override
        public synchronized void flush() throws IOException {
            emit();
            console.flush();
            synchronized (log) {
                log.flush();
            }
        }

        private void emit() throws IOException {
            if (line.size() == 0) {
                return;
            }
            byte[] masked = mask.mask(line.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            line.reset();
            console.write(masked);
            synchronized (log) {
                log.write(masked);
            }
        }
    }
}
