package conformance.marqtune.client;

import conformance.marqtune.request.ApiRequest;
import java.net.URI;
import java.util.function.Supplier;
import org.apache.http.HttpRequest;
import org.apache.http.HttpRequestInterceptor;
import org.apache.http.impl.client.RequestWrapper;
import org.apache.http.protocol.HttpContext;

/**
 * The request line a request is sent with, exactly: REST Assured writes every method in upper case and its client
 * merges repeated slashes, so a request's own method token and request-target are put back, on the wire, by this
 * interceptor of Apache's client, the last before the line is written. The sending thread names the line for the
 * length of its call; a request sent without one is left as the client made it.
 *
 * @param target the request-target: the route and query in origin form, or the whole URL in absolute form (always
 *               through a proxy, which needs it so)
 */
@SuppressWarnings("deprecation") // Apache's 4.x client, which REST Assured's client factory is typed with
record ExactRequestLine(String method, URI target) {

    static ExactRequestLine of(ApiRequest request, URI url, boolean throughAProxy) {
        String path = url.getRawPath() + (request.hasQuery() ? "?" + request.rawQuery() : "");
        return new ExactRequestLine(request.method(), request.absoluteForm() || throughAProxy ? url : URI.create(path));
    }

    /** The interceptor that puts back the line {@code current} names for the calling thread's request. */
    static HttpRequestInterceptor interceptor(Supplier<ExactRequestLine> current) {
        return new HttpRequestInterceptor() {
            @Override
            public void process(HttpRequest request, HttpContext context) {
                ExactRequestLine line = current.get();
                if (line != null && request instanceof RequestWrapper wrapper) {
                    wrapper.setMethod(line.method());
                    wrapper.setURI(line.target());
                }
            }
        };
    }
}
