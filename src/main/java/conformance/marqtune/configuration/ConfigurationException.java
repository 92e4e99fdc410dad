package conformance.marqtune.configuration;

/**
 * A setting the suite cannot run with. Its message names the setting, what was given (masked when
 * secret) and the form that is accepted, so that the run ends before any request with one clear line.
 */
public final class ConfigurationException extends RuntimeException {

    public ConfigurationException(String setting, String given, String accepted) {
        super("configuration error: " + setting + " is " + given + "; expected " + accepted);
    }
}
