package conformance.marqtune.client;

import io.qameta.allure.Allure;
import io.qameta.allure.restassured.AllureRestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Attaches every exchange to the running Allure test: request and response (Allure's own filter, with
 * the {@code x-api-key} value hidden through REST Assured's blacklist) and a curl line to reproduce it.
 * Outside an Allure test, as in the self-check, it attaches nothing.
 */
final class AllureExchangeFilter implements OrderedFilter {

    private final AllureRestAssured allure = new AllureRestAssured()
            .setRequestAttachmentName("Request")
            .setResponseAttachmentName("Response");
    private final Exchange exchange;

    AllureExchangeFilter(Exchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext context) {
        if (Allure.getLifecycle().getCurrentTestCaseOrStep().isEmpty()) {
            return context.next(request, response);
        }
        Allure.addAttachment("Reproduce with curl", "text/plain", exchange.curl(), ".sh");
        return allure.filter(request, response, context);
    }

    @Override
    public int getOrder() {
        return Integer.MAX_VALUE;
    }
}
