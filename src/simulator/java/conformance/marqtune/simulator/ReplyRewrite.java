package conformance.marqtune.simulator;

/** The one seam between the service and its bugs, in the spirit of WireMock's {@code FaultInjector}. */
@FunctionalInterface
interface ReplyRewrite {

    SimulatorReply apply(SimulatorRequest request, SimulatorReply correct, Accounts accounts);
}
