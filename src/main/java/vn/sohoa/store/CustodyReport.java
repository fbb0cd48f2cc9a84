package vn.sohoa.store;

import java.util.Optional;

import vn.sohoa.i18n.Message;

/** The outcome of walking the custody chain: intact, or the first event at which it breaks and why. */
public record CustodyReport(boolean intact, long events, long firstBrokenSequence, Optional<Message> problem) {

    static CustodyReport intact(long events) {
        return new CustodyReport(true, events, 0, Optional.empty());
    }

    static CustodyReport broken(long at, Message why) {
        return new CustodyReport(false, 0, at, Optional.of(why));
    }
}
