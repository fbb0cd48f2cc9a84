package vn.sohoa.pipeline;

/**
 * A named step of the flow of a page. Each stage is idempotent: running it again on something it
 * has done gives the same result, so a crash at any moment is repaired by running it again.
 */
public sealed interface Stage permits PageStage, DocumentStage {

    /** The stable name under which the stage's state is persisted, e.g. {@code "fixity"}. */
    String name();
}
