package vn.sohoa.app.desktop.model;

import java.util.Optional;

/**
 * A document of the case on the scanning station: its pages now against the count declared for it
 * (by its separator sheet's {@code pages=N} or by {@code sohoa pages declare}); signing refuses a
 * document whose counts differ.
 */
public record DocumentCount(int ordinal, String title, int pages, Optional<Integer> declared) {

    /** True when a count was declared and the pages differ from it. */
    public boolean differs() {
        return declared.isPresent() && declared.get() != pages;
    }

    /** "1. Đơn khởi kiện — 12/12 trang", or "… — 12 trang" when no count was declared. */
    public String text(Texts texts) {
        return declared.map(d -> texts.get("scan.count.declared", ordinal, title, pages, d))
                .orElseGet(() -> texts.get("scan.count.pages", ordinal, title, pages));
    }
}
