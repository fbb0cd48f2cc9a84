package vn.sohoa.anonymize.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.sohoa.anonymize.finding.Finding;
import vn.sohoa.anonymize.finding.PiiType;
import vn.sohoa.anonymize.finding.Rule;
import vn.sohoa.anonymize.lexicon.Places;
import vn.sohoa.anonymize.lexicon.Roles;
import vn.sohoa.anonymize.lexicon.Surnames;
import vn.sohoa.anonymize.text.Chars;

/**
 * Names of private persons (Nghị định 356/2025/NĐ-CP Điều 3 k1) in three passes over the document.
 * <ol>
 *   <li>Full names: a capitalised run after a participant's role ("Bị cáo:", "nguyên đơn", "con
 *       ông"), an honorific ("ông", "bà", "anh", "chị", "cháu"), "họ và tên", or with no cue a run
 *       of two to five words that starts with a known family name. A name in an official's role
 *       (thẩm phán, hội thẩm nhân dân, thư ký, kiểm sát viên, điều tra viên, or their signature
 *       blocks) is kept, as NQ 03/2017/NQ-HĐTP Điều 7 and CV 144/TANDTC-PC publish them.</li>
 *   <li>Consistency: every other occurrence of a name found in pass 1, also in capitals, is the
 *       same person; an official's name stays kept wherever it appears in that role.</li>
 *   <li>Short references: a given name, or the last words of a full name ("bị cáo An", "anh Thắng",
 *       "nhà ông Minh Hiếu", "Mai điều khiển xe"), refer to the participant who has that name;
 *       references to officials are left alone.</li>
 * </ol>
 */
final class PersonDetector implements Detector {

    /** "Cù Lao Dung, ngày 7 tháng 5 năm 2020": the place a document was written at, not a person. */
    private static final java.util.regex.Pattern PLACE_AND_DATE = java.util.regex.Pattern.compile(",\\s*(?:ngày|Ngày)\\s+\\d");

    @Override
    public List<Finding> find(Scan scan) {
        String text = scan.text();
        String lower = scan.lower();
        List<NameRun> runs = NameRun.all(text);
        Map<String, Double> persons = new LinkedHashMap<>();
        Set<String> officials = new LinkedHashSet<>();
        List<Finding> out = new ArrayList<>();
        List<NameRun> shortCandidates = new ArrayList<>();

        for (NameRun raw : runs) {
            Cue cue = Cue.before(lower, raw.start());
            NameRun run = raw;
            if (run.size() >= 2 && Roles.HONORIFIC.contains(Chars.lower(run.words().getFirst()))) {
                run = run.tail(1);
                if (cue == Cue.NONE) {
                    cue = Cue.HONORIFIC;
                }
            }
            run = dropLeadingNonNames(run, cue);
            if (run == null || scan.taken(run.start(), run.end())) {
                continue;
            }
            String key = run.key();
            if (run.size() == 1 || run.size() <= 3 && endsSomeName(persons.keySet(), key)) {
                shortCandidates.add(run);
                continue;
            }
            if (Places.isProvince(key) || run.size() > 6) {
                continue;
            }
            Decision d = decide(scan, run, cue);
            if (d == null) {
                if (run.size() <= 3) {
                    shortCandidates.add(run);
                }
                continue;
            }
            if (d.official()) {
                officials.add(key);
            } else if (d.rule() == Rule.PERSON_SURNAME && officials.contains(key)) {
                continue; // an official named again without a role word, as in a row of signatures
            } else {
                persons.merge(key, d.confidence(), Math::max);
                out.add(new Finding(run.start(), run.end(), PiiType.PERSON, d.confidence(), d.rule(),
                        text.substring(run.start(), run.end()), key));
            }
        }
        // a name seen first without a role and then in an official's role is the official's
        out.removeIf(f -> f.rule() == Rule.PERSON_SURNAME && officials.contains(f.entity()));
        persons.keySet().removeIf(p -> officials.contains(p) && out.stream().noneMatch(f -> f.entity().equals(p)));
        repeat(scan, runs, persons, out);
        shortReferences(scan, shortCandidates, persons, officials, out);
        out.sort(java.util.Comparator.comparingInt(Finding::start));
        return out;
    }

    private record Decision(boolean official, double confidence, Rule rule) {
    }

    private static Decision decide(Scan scan, NameRun run, Cue cue) {
        String lower = scan.lower();
        if (cue == Cue.PLACE) {
            return null;
        }
        if (cue == Cue.OFFICIAL || Cue.officialAfter(lower, run.end())) {
            return new Decision(true, 1, Rule.PERSON_ROLE);
        }
        if (cue == Cue.PARTY) {
            return Cue.nameLabelBefore(lower, run.start()) ? new Decision(false, 0.97, Rule.PERSON_NAME_LABEL)
                    : new Decision(false, 0.95, Rule.PERSON_ROLE);
        }
        Cue clause = Cue.clause(lower, run.start());
        if (cue == Cue.HONORIFIC) {
            return clause == Cue.OFFICIAL ? new Decision(true, 1, Rule.PERSON_ROLE)
                    : new Decision(false, 0.93, Rule.PERSON_HONORIFIC);
        }
        Signature signature = Signature.above(scan.text(), run);
        if (signature == Signature.OFFICIAL) {
            return new Decision(true, 1, Rule.PERSON_SIGNATURE);
        }
        if (!Surnames.contains(run.word(0)) || run.size() > 5 || PLACE_AND_DATE.matcher(scan.text()).region(run.end(),
                scan.text().length()).lookingAt()) {
            return null;
        }
        if (clause == Cue.OFFICIAL) {
            return new Decision(true, 1, Rule.PERSON_ROLE);
        }
        if (signature == Signature.PARTY) {
            return new Decision(false, 0.9, Rule.PERSON_SIGNATURE);
        }
        double share = Surnames.share(run.word(0));
        double confidence = (run.size() == 2 ? 0.6 : 0.75) + Math.min(0.15, share / 100);
        return new Decision(false, confidence, Rule.PERSON_SURNAME);
    }

    /** "Buộc Nguyễn Văn An" → "Nguyễn Văn An": words before the family name that start a sentence. */
    private static NameRun dropLeadingNonNames(NameRun run, Cue cue) {
        if (run.size() < 2 || Surnames.contains(run.word(0)) || cue != Cue.NONE && cue != Cue.HONORIFIC) {
            return run;
        }
        for (int i = 1; i < run.size() - 1; i++) {
            if (Surnames.contains(run.word(i))) {
                return run.tail(i);
            }
        }
        return run;
    }

    /** Pass 2: the other occurrences of each full name, in title case or in capitals, found inside the runs. */
    private static void repeat(Scan scan, List<NameRun> runs, Map<String, Double> persons, List<Finding> out) {
        String text = scan.text();
        String lower = scan.lower();
        java.util.BitSet claimed = new java.util.BitSet();
        out.forEach(f -> claimed.set(f.start(), f.end()));
        List<Finding> found = new ArrayList<>();
        for (NameRun run : runs) {
            int i = 0;
            while (i < run.size()) {
                int matched = 0;
                for (int n = Math.min(6, run.size() - i); n >= 2 && matched == 0; n--) {
                    StringBuilder key = new StringBuilder();
                    for (int k = i; k < i + n; k++) {
                        key.append(k == i ? "" : " ").append(run.word(k));
                    }
                    Double confidence = persons.get(key.toString());
                    if (confidence == null) {
                        continue;
                    }
                    int at = run.starts()[i];
                    int end = run.ends()[i + n - 1];
                    int next = claimed.nextSetBit(at);
                    Cue cue = Cue.before(lower, at);
                    if (next >= 0 && next < end || scan.taken(at, end) || cue == Cue.OFFICIAL || cue == Cue.PLACE
                            || Cue.officialAfter(lower, end)) {
                        matched = n;
                        continue;
                    }
                    found.add(new Finding(at, end, PiiType.PERSON, Math.min(0.95, confidence), Rule.PERSON_REPEATED,
                            text.substring(at, end), key.toString()));
                    claimed.set(at, end);
                    matched = n;
                }
                i += Math.max(1, matched);
            }
        }
        out.addAll(found);
    }

    /** Pass 3: given names and name endings that point at a participant. */
    private static void shortReferences(Scan scan, List<NameRun> candidates, Map<String, Double> persons,
            Set<String> officials, List<Finding> out) {
        String lower = scan.lower();
        java.util.BitSet claimed = new java.util.BitSet();
        Map<String, java.util.TreeSet<Integer>> mentions = new java.util.HashMap<>();
        for (Finding f : out) {
            claimed.set(f.start(), f.end());
            mentions.computeIfAbsent(f.entity(), k -> new java.util.TreeSet<>()).add(f.start());
        }
        Map<String, List<String>> byLastWord = new java.util.HashMap<>();
        for (String p : persons.keySet()) {
            byLastWord.computeIfAbsent(p.substring(p.lastIndexOf(' ') + 1), k -> new ArrayList<>()).add(p);
        }
        for (NameRun run : candidates) {
            int next = claimed.nextSetBit(run.start());
            if (next >= 0 && next < run.end() || scan.taken(run.start(), run.end())) {
                continue;
            }
            String key = run.key();
            String person = latestEndingWith(byLastWord.getOrDefault(run.word(run.size() - 1), List.of()), key, mentions,
                    run.start());
            Cue cue = Cue.before(lower, run.start());
            if (cue == Cue.PLACE) {
                continue;
            }
            Finding found = null;
            if (person != null) {
                double confidence = cue == Cue.NONE ? 0.8 : 0.92;
                found = new Finding(run.start(), run.end(), PiiType.PERSON, confidence, Rule.PERSON_SHORT_REFERENCE,
                        scan.text().substring(run.start(), run.end()), person);
            } else {
                boolean official = officials.stream().anyMatch(o -> o.endsWith(" " + key));
                if (official || run.caps() || cue == Cue.NONE || cue == Cue.OFFICIAL
                        || Cue.clause(lower, run.start()) == Cue.OFFICIAL) {
                    continue;
                }
                found = new Finding(run.start(), run.end(), PiiType.PERSON, 0.75, Rule.PERSON_SHORT_REFERENCE,
                        scan.text().substring(run.start(), run.end()), key);
            }
            out.add(found);
            claimed.set(found.start(), found.end());
            mentions.computeIfAbsent(found.entity(), k -> new java.util.TreeSet<>()).add(found.start());
        }
    }

    /** The participant whose name ends with {@code tail}, the one mentioned last before {@code before} first. */
    private static String latestEndingWith(List<String> persons, String tail, Map<String, java.util.TreeSet<Integer>> mentions,
            int before) {
        String best = null;
        int bestAt = -1;
        for (String p : persons) {
            if (!p.endsWith(" " + tail)) {
                continue;
            }
            java.util.TreeSet<Integer> starts = mentions.get(p);
            Integer last = starts == null ? null : starts.lower(before);
            int at = last == null ? 0 : last + 1;
            if (best == null || at > bestAt) {
                best = p;
                bestAt = at;
            }
        }
        return best;
    }

    private static boolean endsSomeName(Set<String> names, String tail) {
        for (String n : names) {
            if (n.endsWith(" " + tail)) {
                return true;
            }
        }
        return false;
    }
}
