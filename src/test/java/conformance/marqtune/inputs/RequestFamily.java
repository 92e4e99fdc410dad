package conformance.marqtune.inputs;

import java.util.List;

/**
 * A family of requests near the documented one, each varying one part of it (the method, the path, where the key
 * travels, the id, the key itself) as some well-known component reads that part leniently by default. What each
 * request must get is not the family's to say: the contract's precedence decides it, for every request alike.
 */
public interface RequestFamily {

    /** How the feature files name the family: {@code that frameworks answer by themselves for a GET route}. */
    String title();

    /** The components, parsers or bugs the family stands for. */
    String standsFor();

    /** The requests of this family, derived from {@code seeds}. */
    List<FamilyInput> inputs(Seeds seeds);
}
