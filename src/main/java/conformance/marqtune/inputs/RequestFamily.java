package conformance.marqtune.inputs;

import java.util.List;
import java.util.function.Function;

/**
 * A family of requests near the documented one, each varying one part of it (the method, the path, where the key
 * travels, the id, the key itself) as some well-known component reads that part leniently by default: one row of a
 * feature's Examples. What each request must get is not the family's to say: the contract's precedence decides it,
 * for every request alike.
 *
 * @param title     how the feature files name the family: {@code that frameworks answer by themselves for a GET route}
 * @param standsFor the components, parsers or bugs the family stands for
 * @param requests  the requests of the family, derived from the seeds
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
