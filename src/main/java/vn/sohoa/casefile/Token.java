package vn.sohoa.casefile;

import java.util.Arrays;
import java.util.Optional;

/** A word of a case number ("HS", "ST", "QĐST"), matched however it was typed: any case, with or without Đ and marks. */
interface Token {

    String token();

    static <T extends Token> Optional<T> find(T[] values, String typed) {
        String wanted = CaseNumber.asciiUpper(typed);
        return Arrays.stream(values).filter(v -> CaseNumber.asciiUpper(v.token()).equals(wanted)).findFirst();
    }
}
