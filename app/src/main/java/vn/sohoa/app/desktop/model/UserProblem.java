package vn.sohoa.app.desktop.model;

/** A problem the user can act on, already said in one sentence of the user's language. */
public final class UserProblem extends RuntimeException {

    public UserProblem(String sentence) {
        super(sentence);
    }
}
