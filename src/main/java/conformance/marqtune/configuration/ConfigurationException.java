package conformance.marqtune.configuration;

/** Names the setting, the value given (masked if secret) and the form accepted: one clear line before any request. */
public final class ConfigurationException extends RuntimeException {

    public ConfigurationException(String setting, String given, String accepted) {
        super("configuration error: " + setting + " is " + given + "; expected " + accepted);
    }
}
