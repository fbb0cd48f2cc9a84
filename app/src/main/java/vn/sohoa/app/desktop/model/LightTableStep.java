package vn.sohoa.app.desktop.model;

import java.util.List;
import java.util.Optional;

/**
 * One step on the light table that Undo takes back: a pending decision (order, removal, split, turn),
 * taken back by putting the table as it was; or pages inserted into the case, taken back by removing
 * them from the case again (their masters stay, a custody event says so).
 */
sealed interface LightTableStep {

    /** How a page stood before a pending decision. */
    record Snapshot(PageItem item, boolean removed, Optional<PageItem.DocumentStart> start, int turn) {

        static Snapshot of(PageItem p) {
            return new Snapshot(p, p.removedProperty().get(), p.startsDocumentProperty().get(), p.turnProperty().get());
        }

        void restore() {
            item.removedProperty().set(removed);
            item.startsDocumentProperty().set(start);
            item.turnProperty().set(turn);
        }
    }

    /** The whole table before a pending decision. */
    record Decided(List<Snapshot> before) implements LightTableStep {

        public Decided {
            before = List.copyOf(before);
        }
    }

    /** Pages an insertion (from files or the scanner) put into the case. */
    record Inserted(vn.sohoa.casefile.CaseNumber caseNumber, List<PageItem> pages) implements LightTableStep {

        public Inserted {
            pages = List.copyOf(pages);
        }
    }
}
