package conformance.marqtune.inputs;

import java.util.List;
import java.util.function.Function;

/**
 * A family of requests, each varying one part of the documented one as a well-known component reads it leniently: one
 * row of a feature's Examples. What each must get is the precedence's to say, not the family's.
 *
 * @param title how the feature files name the family: {@code that frameworks answer by themselves for a GET route}
 */
public record RequestFamily(String title, String standsFor, Function<Seeds, List<FamilyInput>> requests) {

    public List<FamilyInput> inputs(Seeds seeds) {
        return requests.apply(seeds);
    }

    /** The family of {@code families} the feature names {@code title}. */
    public static RequestFamily byTitle(List<RequestFamily> families, String title) {
        return families.stream().filter(family -> family.title().equals(title)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no family of requests is called '" + title + "'"));
    }

    @Override
    public String toString() {
        return title;
    }
}
