package conformance.marqtune.client;

import io.qameta.allure.Allure;

/** Attaches text to the running Allure test, if any: Allure would log an error for each outside one. */
public final class Attachments {

    private Attachments() {
    }

    /** The most of one attachment the report keeps, so that the results of a run stay small whatever a target sends. */
    public static final int MAX_CHARACTERS = 64 * 1024;

    public static void text(String name, String type, String content, String extension) {
        if (inTest()) {
            Allure.addAttachment(name, type, capped(content), extension);
        }
    }

    public static String capped(String content) {
        return content.length() <= MAX_CHARACTERS ? content
                : content.substring(0, MAX_CHARACTERS) + "… " + (content.length() - MAX_CHARACTERS) + " characters more";
    }

    public static boolean inTest() {
        return Allure.getLifecycle().getCurrentTestCase().isPresent();
    }
}
