package vn.sohoa.pipeline;

/** A stage found something wrong with its input; the reason is recorded in the stage's state. */
public class StageFailure extends Exception {
    public StageFailure(String reason) {
        super(reason);
    }
}
