package conformance.marqtune.report;

import conformance.marqtune.configuration.SecretMask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads every file the run wrote and reports each one that holds the API key in any form the
 * {@link SecretMask} knows (as written in any case, URL-encoded, base64). A finding names the file and
 * the form, never the key.
 */
public final class LeakScan {

    private final SecretMask mask;

    public LeakScan(SecretMask mask) {
        this.mask = mask;
    }

    /** The files under {@code roots} (folders are walked; missing paths are passed over) that hold the key. */
    public List<Finding> scan(List<Path> roots) {
        List<Finding> findings = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            List<Path> written;
            try (Stream<Path> files = Files.walk(root)) {
                written = files.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("the leak scan could not read " + root, e);
            }
            // the files read on every core: a run writes hundreds, and the verdict waits for the scan
            written.parallelStream().map(this::scanned).flatMap(Optional::stream).forEachOrdered(findings::add);
        }
        return findings;
    }

    private Optional<Finding> scanned(Path file) {
        try {
            List<String> forms = mask.formsFoundIn(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            return forms.isEmpty() ? Optional.empty() : Optional.of(new Finding(file, forms));
        } catch (IOException e) {
            throw new UncheckedIOException("the leak scan could not read " + file, e);
        }
    }

    /** One file that holds the key, and in which forms. */
    public record Finding(Path file, List<String> forms) {
        @Override
        public String toString() {
            return file + " (" + String.join(", ", forms) + ")";
        }
    }

    /** The message that fails the run: which files, never the key. */
    public static String describe(List<Finding> findings, Path quarantine) {
        return "the API key was found in " + findings.size() + (findings.size() == 1 ? " file" : " files")
                + " the run wrote; they were moved to " + quarantine + " so that no report or artifact publishes them:"
                + System.lineSeparator()
                + findings.stream().map(f -> "  - " + f).collect(Collectors.joining(System.lineSeparator()));
    }

    /** Moves each file that holds the key under {@code quarantine}, keeping its path. */
    public static void quarantine(List<Finding> findings, Path quarantine) {
        for (Finding finding : findings) {
            Path relative = finding.file().isAbsolute() ? finding.file().getRoot().relativize(finding.file()) : finding.file();
            Path target = quarantine.resolve(relative.toString());
            try {
                Files.createDirectories(target.getParent());
                Files.move(finding.file(), target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("could not move " + finding.file() + " out of reach: delete it before publishing", e);
            }
        }
    }

    /** Deletes what an earlier run moved to {@code quarantine}: the files hold a secret, and were never to be published. */
    public static void emptyQuarantine(Path quarantine) {
        if (!Files.isDirectory(quarantine)) {
            return;
        }
        try (Stream<Path> files = Files.walk(quarantine)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not empty " + quarantine + ": delete it by hand, it holds a secret", e);
        }
    }
}
