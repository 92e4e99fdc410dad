package conformance.marqtune.configuration;

/** One form of one secret: a text holds it where a run of {@code run} or more of its characters equals a run of the form's. */
record SecretForm(String name, String text, int run, boolean ignoreCase, String marker) {
}
