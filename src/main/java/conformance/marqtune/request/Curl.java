package conformance.marqtune.request;

import java.util.stream.Collectors;

/**
 * The curl line that sends a request again, for a bash shell where {@code MARQTUNE_API_KEY} is set: the key
 * appears only as that variable, or an expression of it. Every part the request sets is written so that curl
 * sends it as it is: the method token ({@code -X get}), the path without curl's own tidying ({@code --path-as-is}),
 * an absolute-form target ({@code --request-target}), a query that holds the key URL-encoded by curl
 * ({@code -G --data-urlencode}), each header field line, repeats included, an empty value as {@code -H 'name;'}.
 */
public final class Curl {

    private Curl() {
    }

    public static String of(ApiRequest request, String baseUrl) {
        StringBuilder curl = new StringBuilder("curl -sS -i");
        if (request.method().equals("HEAD")) {
            curl.append(" --head");
        } else if (!request.method().equals("GET")) {
            curl.append(" -X ").append(singleQuoted(request.method()));
        }
        if (!request.route().startsWith("/") || request.route().matches(".*(^|/)\\.{1,2}(/.*|$)") || request.route().contains("//")) {
            curl.append(" --path-as-is");
        }
        boolean secretQuery = request.query().stream().anyMatch(QueryParameter::holdsASecret);
        String url = baseUrl + request.route() + (request.hasQuery() && !secretQuery ? "?" + request.rawQuery() : "");
        if (request.absoluteForm()) {
            curl.append(" --request-target ").append(singleQuoted(url));
        }
        curl.append(' ').append(singleQuoted(url));
        if (secretQuery) {
            curl.append(" -G").append(request.query().stream()
                    .map(parameter -> " --data-urlencode " + doubleQuoted(parameter.shownForShell()))
                    .collect(Collectors.joining()));
        }
        for (HeaderField field : request.fields()) {
            String line = field.shown().isEmpty() ? field.name() + ";" : field.name() + ": " + field.shown();
            curl.append(" -H ").append(field.holdsASecret() ? doubleQuoted(line) : singleQuoted(line));
        }
        return curl.toString();
    }

    /** Literal text for bash: nothing in it is expanded. */
    static String singleQuoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /**
     * A shell expression of the key, for bash to expand: written by {@code ShellKey} to stand inside double quotes as it
     * is (a command substitution in it quotes for itself), so nothing is escaped.
     */
    static String doubleQuoted(String expression) {
        return "\"" + expression + "\"";
    }
}
