package conformance.marqtune.verdict;

/** What a person needs to see and repeat a broken rule, curl line included; every part already masked. */
public record Evidence(String request, String response, String reproduce) {
}
