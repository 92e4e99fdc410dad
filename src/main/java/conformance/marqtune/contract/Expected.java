package conformance.marqtune.contract;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One answer, or any of a few where the contract leaves a choice (a UUID that may name a model, a percent-encoded
 * character decoded once or not). {@code because} says why, in the contract's words.
 */
public record Expected(List<Answer> answers, String because) {

    public Expected {
        answers = List.copyOf(answers);
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("the contract allows at least one answer");
        }
    }

    public static Expected only(Answer answer, String because) {
        return new Expected(List.of(answer), because);
    }

    public static Expected only(DocumentedResponse response, String because) {
        return only(Answer.of(response), because);
    }

    /** This, or any answer {@code other} allows: the two readings of a request the contract allows both of. */
    public Expected or(Expected other) {
        List<Answer> both = new java.util.ArrayList<>(answers);
        other.answers.stream().filter(answer -> !both.contains(answer)).forEach(both::add);
        return new Expected(both, because.equals(other.because) ? because : because + "; or, " + other.because);
    }

    /** Whether {@code response} is one of the answers, by name: what a feature's step names must be allowed here. */
    public boolean allows(DocumentedResponse response) {
        return answers.stream().anyMatch(answer -> answer.response() == response);
    }

    public String label() {
        return answers.stream().map(Answer::label).collect(Collectors.joining(", or "));
    }

    @Override
    public String toString() {
        return label() + " (" + because + ")";
    }
}
