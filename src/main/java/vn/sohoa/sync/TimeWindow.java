package vn.sohoa.sync;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import vn.sohoa.i18n.SohoaException;

/** The hours in which uploads may run, such as {@code 18:00-07:00} (after office hours, across midnight). */
public record TimeWindow(LocalTime from, LocalTime to) {

    public static TimeWindow parse(String text) {
        String[] ends = text.strip().split("-");
        if (ends.length != 2) {
            throw SohoaException.badInput("sync.badWindow", text);
        }
        try {
            return new TimeWindow(LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip()));
        } catch (DateTimeParseException e) {
            throw SohoaException.badInput("sync.badWindow", text);
        }
    }

    public boolean contains(LocalTime time) {
        if (from.equals(to)) {
            return true;
        }
        return from.isBefore(to) ? !time.isBefore(from) && time.isBefore(to) : !time.isBefore(from) || time.isBefore(to);
    }

    @Override
    public String toString() {
        return from + "-" + to;
    }
}
