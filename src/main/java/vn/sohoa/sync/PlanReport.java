package vn.sohoa.sync;

import java.util.List;

import vn.sohoa.i18n.Message;

/** What planning found: the batches it queued (their key prefixes, with how many documents it augmented) and those still waiting, with why. */
public record PlanReport(List<String> planned, int augmented, List<Waiting> waiting) {

    public record Waiting(String batch, Message reason) {
    }
}
