/**
 * Personal data in Vietnamese court documents: finding it, encoding it for publication, refusing
 * publication where the law forbids it.
 *
 * <p>The rules implemented here:
 * <ul>
 *   <li><b>Nghị quyết 03/2017/NQ-HĐTP, Điều 7</b> (publication of judgments on the court portal):
 *       names, addresses and other information on personal or family secrets of individuals,
 *       agencies and organisations are encoded; the encoding must be accurate, must not collide and
 *       must not change the meaning. <b>Điều 4</b>: judgments with a participant under 18 are not
 *       published at all.</li>
 *   <li><b>Công văn 144/TANDTC-PC</b>, section 2: letters of the Vietnamese alphabet, with natural
 *       numbers where needed; for the main participants keep family and middle names and cut the
 *       given name to its first letter ("Nguyễn Văn An" → "Nguyễn Văn A"); collisions get numbers
 *       ("Phan Hoài H1", "Phan Hoài H2"); organisations become initials ("Công ty TNHH HB").</li>
 *   <li><b>Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15</b> and <b>Nghị định 356/2025/NĐ-CP</b>, Điều 3
 *       and Điều 4: the personal data to look for (names, dates of birth, addresses, phone numbers,
 *       personal identification and passport numbers, plates, accounts).</li>
 * </ul>
 *
 * <p>Sub-packages by job: {@code text} (NFC view with offsets into the original), {@code finding}
 * (what a detector reports), {@code lexicon} (surnames, role words, administrative units),
 * {@code detect} (the detectors and {@link vn.sohoa.anonymize.detect.PiiDetector}), {@code pseudonym}
 * (the NQ 03/2017 encoding), {@code publish} (the Điều 4 refusal for minors).
 */
package vn.sohoa.anonymize;
