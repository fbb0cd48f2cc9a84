package vn.sohoa.evidence.report;

import java.util.Optional;

import vn.sohoa.i18n.Message;

/** One entry of a container checked against its manifest: its name, size, SHA-256 and what went wrong, if anything. */
public record EntryReport(String name, long size, Optional<String> sha256, Optional<Message> problem) {

    public boolean ok() {
        return problem.isEmpty();
    }
}
