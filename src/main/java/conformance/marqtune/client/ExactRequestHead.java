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
 * The head a request goes out with, exactly: REST Assured upper-cases every method, merges repeated slashes and orders
 * fields its own way, so this interceptor, the last before the head is written, puts back the request's own method,
 * request-target and field lines.
 *
 * @param target origin form, or absolute form (always so through a proxy, which needs it)
 * @param fields the request's own lines, in order; the client's own (Host, Connection, User-Agent) stay
 */
@SuppressWarnings("deprecation") // Apache's 4.x client, which REST Assured's client factory is typed with
record ExactRequestHead(String method, URI target, List<HeaderField> fields) {

    static ExactRequestHead of(ApiRequest request, URI url, boolean throughAProxy) {
        String path = url.getRawPath() + (request.hasQuery() ? "?" + request.rawQuery() : "");
        return new ExactRequestHead(request.method(), request.absoluteForm() || throughAProxy ? url : URI.create(path), request.fields());
    }

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
