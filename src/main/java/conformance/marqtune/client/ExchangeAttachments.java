package conformance.marqtune.client;

import conformance.marqtune.configuration.SecretMask;
import io.qameta.allure.Allure;
import io.qameta.allure.attachment.DefaultAttachmentProcessor;
import io.qameta.allure.attachment.FreemarkerAttachmentRenderer;
import io.qameta.allure.attachment.http.HttpRequestAttachment;
import io.qameta.allure.model.Label;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Attaches each exchange to the running Allure test, masked first, bodies too: a server may echo the key. */
final class ExchangeAttachments {

    /** Allure's renderers, one per template: each parses its template once, on first use, and is safe to share. */
    private static final tools.jackson.databind.ObjectWriter PRETTY = tools.jackson.databind.json.JsonMapper.builder().build()
            .writerWithDefaultPrettyPrinter();
    private static final FreemarkerAttachmentRenderer REQUEST_TEMPLATE = new FreemarkerAttachmentRenderer("marqtune-request.ftl");

    private final SecretMask mask;

    ExchangeAttachments(SecretMask mask) {
        this.mask = mask;
    }

    void response(ApiResponse response, int attempt) {
        if (!inTest()) {
            return;
        }
        Exchange exchange = response.exchange();
        request(exchange, attempt);
        // plain text, the headers first and the JSON pretty-printed: readable in the report without scrolling sideways
        StringBuilder shown = new StringBuilder("HTTP ").append(response.status()).append("   ").append(exchange.method())
                .append(' ').append(exchange.url()).append('\n');
        // names too: a target may put anything in them; each bounded, whatever the target sent
        response.headers().forEach((name, value) -> shown.append(shortened(name, 256)).append(": ").append(shortened(value, 1024)).append('\n'));
        shown.append('\n');
        Optional<String> pretty = response.json().map(PRETTY::writeValueAsString);
        shown.append(pretty.orElse(response.body().isEmpty() ? "(no body)" : response.body()));
        Allure.addAttachment(name("Response", attempt), "text/plain", Attachments.capped(mask.mask(shown.toString())), ".txt");
        if (pretty.isPresent() && !pretty.get().equals(response.body())) {
            // pretty-printing writes the values anew (4e2 as 400.0, say): the bytes as they came are kept beside
            Allure.addAttachment(name("Response body as sent", attempt), "application/json",
                    Attachments.capped(mask.mask(response.body())), ".json");
        }
    }

    void transportFailure(Exchange exchange, int attempt, String failure) {
        if (!inTest()) {
            return;
        }
        request(exchange, attempt);
        Allure.addAttachment(name("Transport failure", attempt), "text/plain",
                mask.mask(exchange + System.lineSeparator() + "no complete HTTP response: " + failure), ".txt");
    }

    void retried() {
        if (inTest()) {
            Allure.getLifecycle().updateTestCase(result -> result.getLabels().add(
                    new Label().setName(ModelsApi.RETRIED_LABEL).setValue("true")));
        }
    }

    private void request(Exchange exchange, int attempt) {
        Map<String, String> headers = new LinkedHashMap<>();
        // every field line as shown, a repeated name numbered: the report shows each line the request sent
        exchange.request().fields().forEach(field -> {
            String name = field.name();
            for (int repeat = 2; headers.containsKey(name); repeat++) {
                name = field.name() + " (" + repeat + ")";
            }
            headers.put(name, field.shown());
        });
        String query = exchange.request().hasQuery() ? "?" + exchange.request().query().stream()
                .map(parameter -> parameter.name() + "=" + parameter.shown()).collect(java.util.stream.Collectors.joining("&")) : "";
        HttpRequestAttachment attachment = HttpRequestAttachment.Builder.create(name("Request", attempt),
                        mask.mask(exchange.url() + query))
                .setMethod(exchange.method())
                .setHeaders(headers)
                .build();
        new DefaultAttachmentProcessor().addAttachment(attachment, REQUEST_TEMPLATE);
        Allure.addAttachment(name("Reproduce with curl", attempt), "text/plain", mask.mask(exchange.curl()), ".sh");
    }

    private static String shortened(String text, int most) {
        return text.length() <= most ? text : text.substring(0, most) + "… " + (text.length() - most) + " characters more";
    }

    private static String name(String what, int attempt) {
        return attempt == 1 ? what : what + " (attempt " + attempt + ")";
    }

    private static boolean inTest() {
        return Allure.getLifecycle().getCurrentTestCase().isPresent();
    }
}
