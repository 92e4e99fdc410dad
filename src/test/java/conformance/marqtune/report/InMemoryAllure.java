package conformance.marqtune.report;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * For the suite's own tests: runs some code inside one Allure test whose results stay in memory, with
 * the JVM's Allure lifecycle swapped for the time and restored after (tests that use it hold the
 * {@code io.qameta.allure.Allure} resource lock), and returns what Allure would have written.
 */
public record InMemoryAllure(List<TestResult> results, Map<String, String> attachments) {

    public static InMemoryAllure run(Runnable insideTheTest) {
        InMemoryAllure written = new InMemoryAllure(new CopyOnWriteArrayList<>(), new ConcurrentHashMap<>());
        AllureLifecycle previous = Allure.getLifecycle();
        AllureLifecycle lifecycle = new AllureLifecycle(written.writer());
        Allure.setLifecycle(lifecycle);
        try {
            String uuid = UUID.randomUUID().toString();
            lifecycle.scheduleTestCase(new TestResult().setUuid(uuid).setName("in memory"));
            lifecycle.startTestCase(uuid);
            try {
                insideTheTest.run();
            } finally {
                lifecycle.stopTestCase(uuid);
                lifecycle.writeTestCase(uuid);
            }
        } finally {
            Allure.setLifecycle(previous);
        }
        return written;
    }

    private AllureResultsWriter writer() {
        return new AllureResultsWriter() {
            @Override
            public void write(TestResult testResult) {
                results.add(testResult);
            }

            @Override
            public void write(TestResultContainer container) {
                // containers hold nothing these tests look at
            }

            @Override
            public void write(String source, InputStream attachment) {
                try (attachment) {
                    attachments.put(source, new String(attachment.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
