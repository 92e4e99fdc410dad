package conformance.marqtune.verdict;

/**
 * What a person needs to see and repeat a broken rule: the request in words, what came back, and the
 * curl line that sends it again (the key as {@code $MARQTUNE_API_KEY}). Every part is already masked.
 */
public record Evidence(String request, String response, String reproduce) {
}
