package conformance.marqtune.report;

import conformance.marqtune.configuration.LeakEvidence;
import conformance.marqtune.configuration.SecretMask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads every file the run wrote and reports each one that holds the API key in any form the
 * {@link SecretMask} knows (as written in any case, URL-encoded, base64), as {@link LeakEvidence} weighs a
 * part of it; then masks the key in those files, in place, so that the JUnit XML and the report stay whole.
 * A finding names the file and the form, never the key.
 */
public final class LeakScan {

    private final SecretMask mask;
    private final LeakEvidence evidence;

    public LeakScan(SecretMask mask, LeakEvidence evidence) {
        this.mask = mask;
        this.evidence = evidence;
    }

    /**
     * A scan weighing parts of the key against the suite's own text: its features, schemas and contract, the names it
     * gives its files and results, and (in LeakEvidence) the names on its class path.
     */
    public static LeakScan ofTheSuite(SecretMask mask) {
        return new LeakScan(mask, SuiteText.EVIDENCE);
    }

    /**
     * The suite's own text, which no run changes, read at most once a JVM: the self-check and the own tests scan many
     * times, and the class path's names alone are megabytes.
     */
    private static final class SuiteText {
        private static final RunFiles NAMES = new RunFiles(Path.of(""));
        static final LeakEvidence EVIDENCE = LeakEvidence.against(List.of(RunManifest.FEATURES, RunManifest.SCHEMAS, RunManifest.CONTRACT),
                List.of("Get Model conformance", "get-model-conformance", GateResult.FILE, GateResult.SUITE, NAMES.summary().toString(),
                        NAMES.verdict().toString(), NAMES.consoleLog().toString(), NAMES.timeline().toString(),
                        resource("/categories.json"), resource("/allure.properties"),
                        resource("/tpl/marqtune-request.ftl")));
    }

    /** One of the suite's own resources, as text: what the run copies into its results; empty when it has none. */
    private static String resource(String name) {
        try (var in = LeakScan.class.getResourceAsStream(name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the leak scan could not read the suite's " + name, e);
        }
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
            List<String> forms = mask.formsFoundIn(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), evidence);
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

    /** What the verdict says of the findings: which files, never the key. */
    public static String describe(List<Finding> findings) {
        return "the API key was found in " + findings.size() + (findings.size() == 1 ? " file" : " files")
                + " the run wrote, and masked there: " + findings.stream().map(Finding::toString).collect(Collectors.joining("; "));
    }

    /**
     * Masks the key in each file that holds it, in place: every run of it that is evidence becomes {@value SecretMask#MASK}.
     * A file still holding it afterwards (its bytes are not text the mask can read) is deleted instead.
     */
    public void redact(List<Finding> findings) {
        for (Finding finding : findings) {
            Path file = finding.file();
            try {
                Files.writeString(file, mask.mask(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), evidence),
                        StandardCharsets.UTF_8);
                if (!mask.formsFoundIn(Files.readString(file, StandardCharsets.UTF_8), evidence).isEmpty()) {
                    Files.delete(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not mask the key in " + file + ": delete it before publishing", e);
            }
        }
    }
}
