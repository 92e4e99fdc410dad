package conformance.marqtune.simulator;

import java.util.List;
import java.util.Optional;

/** What a rewrite may read of the service's state, and nothing it could change. */
interface Accounts {

    SimulatorReply correctReply(SimulatorRequest request);

    String validKey();

    /** The models of the account that owns this key, in listing order; empty for an unknown key. */
    List<SimulatedModel> modelsOf(String apiKey);

    /** The model with this id (compared without case) in any account: what a service without account scoping finds. */
    Optional<SimulatedModel> findInAnyAccount(String modelId);
}
