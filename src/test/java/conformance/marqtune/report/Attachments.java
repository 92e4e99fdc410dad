package conformance.marqtune.report;

import io.qameta.allure.Allure;

/**
 * Attaches text to the running Allure test, and does nothing where none runs (the self-check runs the
 * features without the Allure plugin): Allure itself would log an error for every such attachment.
 */
public final class Attachments {

    private Attachments() {
    }

    public static void text(String name, String type, String content, String extension) {
        if (inTest()) {
            Allure.addAttachment(name, type, content, extension);
        }
    }

    public static boolean inTest() {
        return Allure.getLifecycle().getCurrentTestCase().isPresent();
    }
}
