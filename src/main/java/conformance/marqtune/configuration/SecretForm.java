package conformance.marqtune.configuration;

/**
 * One form of one secret: a text holds it where {@code run} or more of the form's characters appear in a row. A plain
 * form is the secret's own characters: only those can be a common sequence held by chance.
 */
record SecretForm(String name, String text, int run, boolean ignoreCase, String marker, boolean plain) {
}
