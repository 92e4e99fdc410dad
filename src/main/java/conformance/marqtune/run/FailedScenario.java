package conformance.marqtune.run;

/** A scenario of the run that did not pass: its name, where it is (feature and line), and what ended it, the secrets masked. */
public record FailedScenario(String name, String feature, int line, String message) {

    @Override
    public String toString() {
        return name + " (" + feature + ":" + line + ")\n    " + message.strip().replace("\n", "\n    ");
    }
}
