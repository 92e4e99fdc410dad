package conformance.marqtune.sweep;

import conformance.marqtune.verdict.BrokenRule;

/** One rule one model broke: a row of the sweep's table. */
public record Nonconformity(String modelId, String status, String rule, String expected, String actual, String curl) {

    static Nonconformity of(String modelId, String status, BrokenRule broken, String curl) {
        return new Nonconformity(modelId, status, broken.rule(), shorten(broken.expected()), shorten(broken.actual()), curl);
    }

    public static final String CSV_HEADER = "model id,status,rule,expected,actual,curl";

    public String csv() {
        return String.join(",", quoted(modelId), quoted(status), quoted(rule), quoted(expected), quoted(actual), quoted(curl));
    }

    @Override
    public String toString() {
        return modelId + " (status " + status + "): " + rule + "; expected " + expected + ", actual " + actual
                + System.lineSeparator() + "        reproduce: " + curl;
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static String shorten(String text) {
        String oneLine = text.strip().replaceAll("\\s*\\R\\s*", " ");
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
    }
}
