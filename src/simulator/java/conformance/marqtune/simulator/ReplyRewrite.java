package conformance.marqtune.simulator;

/**
 * How a deviation bends the contract's reply into its own: the one seam between the service and its
 * bugs (in the spirit of WireMock's {@code FaultInjector}).
 */
@FunctionalInterface
interface ReplyRewrite {

    SimulatorReply apply(SimulatorRequest request, SimulatorReply correct, Accounts accounts);
}
