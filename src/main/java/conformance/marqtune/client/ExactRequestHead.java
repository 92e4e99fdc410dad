package conformance.marqtune.client;

import conformance.marqtune.request.ApiRequest;
import conformance.marqtune.request.HeaderField;
import java.util.List;
import java.net.URI;
import java.util.function.Supplier;
import org.apache.http.HttpRequest;
import org.apache.http.HttpRequestInterceptor;
import org.apache.http.impl.client.RequestWrapper;
import org.apache.http.protocol.HttpContext;

/**
 * The head a request is sent with, exactly: REST Assured writes every method in upper case, its client merges
 * repeated slashes, and the order of its fields is its own, so a request's own method token, request-target and
 * field lines are put back, on the wire, by this interceptor of Apache's client, the last before the head is
 * written. The sending thread names the head for the length of its call; a request sent without one is left as the
 * client made it.
 *
 * @param target the request-target: the route and query in origin form, or the whole URL in absolute form (always
 *               through a proxy, which needs it so)
 * @param fields the request's own field lines, in order; the client's own (Host, Connection, User-Agent) stay
 */
@SuppressWarnings("deprecation") // Apache's 4.x client, which REST Assured's client factory is typed with
record ExactRequestHead(String method, URI target, List<HeaderField> fields) {

    static ExactRequestHead of(ApiRequest request, URI url, boolean throughAProxy) {
        String path = url.getRawPath() + (request.hasQuery() ? "?" + request.rawQuery() : "");
        return new ExactRequestHead(request.method(), request.absoluteForm() || throughAProxy ? url : URI.create(path), request.fields());
    }

    /** The interceptor that puts back the line {@code current} names for the calling thread's request. */
    static HttpRequestInterceptor interceptor(Supplier<ExactRequestHead> current) {
        return new HttpRequestInterceptor() {
            @Override
            public void process(HttpRequest request, HttpContext context) {
                ExactRequestHead line = current.get();
                if (line != null && request instanceof RequestWrapper wrapper) {
                    wrapper.setMethod(line.method());
                    wrapper.setURI(line.target());
                    line.fields().forEach(field -> wrapper.removeHeaders(field.name()));
                    line.fields().forEach(field -> wrapper.addHeader(field.name(), field.value()));
                }
            }
        };
    }
}
