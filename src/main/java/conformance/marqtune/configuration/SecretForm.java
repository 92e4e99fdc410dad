package conformance.marqtune.configuration;

/**
 * One form of one secret: a text holds it where a run of {@code run} or more of its characters equals a run of the form's.
 * A plain form is the secret's own characters (as written, URL- or JSON-escaped): only a run of one of those can be
 * a common sequence that a text holds by chance.
 */
record SecretForm(String name, String text, int run, boolean ignoreCase, String marker, boolean plain) {
}
