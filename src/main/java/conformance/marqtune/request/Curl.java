package conformance.marqtune.request;

import java.util.stream.Collectors;

/**
 * A curl line for a bash shell where {@code MARQTUNE_API_KEY} is set, the key only as an expression of it, every part
 * sent as it is: the method token, the path untidied ({@code --path-as-is}), an absolute-form target, a query holding
 * the key ({@code -G --data-urlencode}), each field line, an empty value as {@code -H 'name;'}.
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

    /** {@code ShellKey} writes its expressions to stand inside double quotes as they are: nothing is escaped. */
    static String doubleQuoted(String expression) {
        return "\"" + expression + "\"";
    }
}
