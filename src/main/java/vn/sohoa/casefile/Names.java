package vn.sohoa.casefile;

import java.util.Locale;

/** What a thing is called, in Vietnamese first and in English. */
public record Names(String vietnamese, String english) {

    public String in(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? vietnamese : english;
    }
}
