package conformance.marqtune.selfcheck;

import conformance.marqtune.contract.ResponseRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The suite's verdicts behind a real proxy, against the same simulator directly: each scenario must end as it ended
 * without the proxy, except where the proxy answered a request itself, and such a failure must say so and name the
 * proxy. Reads the two runs' failsafe reports: {@code BehindProxies DIRECT_REPORTS PROXIED_REPORTS PROXY_NAME};
 * prints each scenario that ended otherwise, and exits 1 when one did without the proxy named as its answerer.
 */
public final class BehindProxies {

    private BehindProxies() {
    }

    /** How one scenario ended: passed, failed, error or skipped, and its failure's message. */
    record Ending(String status, String message) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Ending> direct = endings(Path.of(args[0]));
        Map<String, Ending> proxied = endings(Path.of(args[1]));
        String proxy = args[2].toLowerCase(Locale.ROOT);
        List<String> unexplained = new ArrayList<>();
        int answeredByTheProxy = 0;
        for (Map.Entry<String, Ending> scenario : proxied.entrySet()) {
            Ending alone = direct.get(scenario.getKey());
            Ending behind = scenario.getValue();
            if (alone != null && alone.status().equals(behind.status())) {
                continue;
            }
            boolean namedTheProxy = behind.status().equals("failed") && behind.message().contains(ResponseRules.ANSWERED_IN_FRONT)
                    && behind.message().toLowerCase(Locale.ROOT).contains(proxy);
            System.out.println((namedTheProxy ? "  answered by " + proxy + ": " : "  ENDED OTHERWISE: ") + scenario.getKey() + " ("
                    + (alone == null ? "not run directly" : alone.status()) + " directly, " + behind.status() + " behind " + proxy + ")"
                    + (namedTheProxy ? "" : ": " + behind.message().lines().findFirst().orElse("")));
            if (namedTheProxy) {
                answeredByTheProxy++;
            } else {
                unexplained.add(scenario.getKey());
            }
        }
        System.out.println("Behind " + proxy + ": " + proxied.size() + " scenarios, " + (proxied.size() - answeredByTheProxy - unexplained.size())
                + " ended as they did directly, " + answeredByTheProxy + " failed where " + proxy + " answered itself (each naming it), "
                + unexplained.size() + " ended otherwise");
        if (!unexplained.isEmpty() || proxied.size() != direct.size()) {
            System.exit(1);
        }
    }

    private static Map<String, Ending> endings(Path reports) throws Exception {
        Map<String, Ending> endings = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(reports)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList()) {
                NodeList cases = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getElementsByTagName("testcase");
                for (int i = 0; i < cases.getLength(); i++) {
                    Element testcase = (Element) cases.item(i);
                    endings.put(testcase.getAttribute("name"), ending(testcase));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("no failsafe reports in " + reports, e);
        }
        return endings;
    }

    private static Ending ending(Element testcase) {
        for (String status : new String[] {"failure", "error", "skipped"}) {
            NodeList found = testcase.getElementsByTagName(status);
            if (found.getLength() > 0) {
                Element element = (Element) found.item(0);
                String message = element.getAttribute("message") + "\n" + element.getTextContent();
                return new Ending(status.equals("failure") ? "failed" : status, message);
            }
        }
        return new Ending("passed", "");
    }
}
