package vn.sohoa.app.desktop.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.sohoa.app.Version;
import vn.sohoa.casefile.CaseFile;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.evidence.asic.SignedDocuments;
import vn.sohoa.evidence.keys.KeyLoader;
import vn.sohoa.evidence.keys.KeySpec;
import vn.sohoa.evidence.keys.SigningKey;
import vn.sohoa.evidence.pades.PadesSigner;
import vn.sohoa.evidence.report.SignatureReport;
import vn.sohoa.evidence.timestamp.TsaClient;
import vn.sohoa.evidence.trust.TrustAnchors;
import vn.sohoa.evidence.verify.Verifier;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.pipeline.Workstation;

/**
 * Signing: a key (a PKCS#12 file or a token, unlocked with its password or PIN), the case's
 * documents with their level, sign the chosen ones (PAdES; B-B offline, B-T with a time-stamping
 * authority), and write the case's evidence bundle.
 */
public final class SignModel implements AutoCloseable {

    private final Workstation workstation;
    private final Texts texts;
    private final BackgroundWork work;
    private final ObjectProperty<Optional<CaseNumber>> caseNumber = new SimpleObjectProperty<>(Optional.empty());
    private final StringProperty keySpec = new SimpleStringProperty("");
    private final StringProperty tsaUrl = new SimpleStringProperty("");
    private final StringProperty signer = new SimpleStringProperty("");
    private final ObjectProperty<Optional<Path>> trust = new SimpleObjectProperty<>(Optional.empty());
    private final ObservableList<SignRow> rows = FXCollections.observableArrayList(
            r -> new javafx.beans.Observable[] {r.levelProperty(), r.selectedProperty()});
    private volatile SigningKey key;
    private volatile String keyLoadedFrom = "";

    public SignModel(Workstation workstation, UiThread ui, Texts texts) {
        this.workstation = workstation;
        this.texts = texts;
        this.work = new BackgroundWork(ui, texts, "sohoa-sign");
        caseNumber.addListener((o, was, now) -> load());
    }

    /** Lists the documents of the chosen case with the level of each one's signature. */
    public void load() {
        Optional<CaseNumber> number = caseNumber.get();
        if (number.isEmpty()) {
            rows.clear();
            return;
        }
        work.start(texts.get("sign.loading"), (r, c) -> {
            CaseFile caseFile = workstation.catalog().findCase(number.get()).orElseThrow(
                    () -> SohoaException.badInput("case.unknown", number.get().toString()));
            List<SignRow> found = new ArrayList<>();
            for (Document d : workstation.catalog().documents(caseFile.id())) {
                found.add(new SignRow(d, d.type().label(texts.locale()), level(d)));
            }
            return found;
        }, found -> {
            rows.setAll(found);
            work.statusProperty().set("");
        });
    }

    /** Whether the key must be unlocked (with {@link #sign(char[])}) before signing. */
    public boolean needsSecret() {
        return key == null || !keyLoadedFrom.equals(keySpec.get());
    }

    /**
     * Signs the chosen documents; {@code secret} (password or PIN) unlocks the key the first time and is
     * wiped here. Each row's level is updated as its document is signed.
     */
    public void sign(char[] secret) {
        Optional<CaseNumber> number = caseNumber.get();
        List<SignRow> chosen = rows.stream().filter(r -> r.selectedProperty().get()).toList();
        String spec = keySpec.get();
        Optional<TsaClient> tsa = tsaUrl.get().isBlank() ? Optional.empty() : Optional.of(new TsaClient(tsaUrl.get().strip()));
        if (number.isEmpty() || chosen.isEmpty()) {
            Arrays.fill(secret, '\0');
            return;
        }
        work.start(texts.get("sign.signing"), (reporter, cancellation) -> {
            SigningKey k = unlock(spec, secret);
            Path scratch = Files.createTempDirectory(workstation.blobs().tmpDirectory(), "sign-");
            int done = 0;
            for (SignRow row : chosen) {
                cancellation.check();
                Document d = row.document();
                workstation.requireDeclaredPageCount(number.get(), d.ordinal());
                Sha256 pdfA = workstation.documentPdf(d).orElseThrow(
                        () -> new UserProblem(texts.get("sign.notAssembled", d.ordinal(), d.title())));
                Path unsigned = scratch.resolve(d.ordinal() + ".pdf");
                Path signed = scratch.resolve(d.ordinal() + "-signed.pdf");
                try (var in = workstation.blobs().open(pdfA)) {
                    Files.copy(in, unsigned);
                }
                PadesSigner.sign(unsigned, signed, k, tsa, new PadesSigner.Details(
                        Optional.of(texts.get("sign.reason")), workstation.catalog().findCase(number.get()).flatMap(CaseFile::court)));
                workstation.recordSignedDocument(number.get(), d.ordinal(), signed);
                String level = levelOf(signed);
                Files.deleteIfExists(unsigned);
                Files.deleteIfExists(signed);
                done++;
                reporter.progress(done, chosen.size(), texts.get("sign.progress", done, chosen.size()));
                reporter.onUi(() -> row.levelProperty().set(level));
            }
            Files.deleteIfExists(scratch);
            return done;
        }, n -> work.statusProperty().set(texts.get("sign.done", n, signer.get())));
    }

    /** Writes the case's evidence bundle (ASiC-E), its manifest signed with the unlocked key. */
    public void bundle(Path out, char[] secret) {
        Optional<CaseNumber> number = caseNumber.get();
        String spec = keySpec.get();
        Optional<TsaClient> tsa = tsaUrl.get().isBlank() ? Optional.empty() : Optional.of(new TsaClient(tsaUrl.get().strip()));
        if (number.isEmpty()) {
            Arrays.fill(secret, '\0');
            return;
        }
        work.start(texts.get("sign.bundling"), (reporter, cancellation) -> {
            SigningKey k = unlock(spec, secret);
            return workstation.bundle(number.get(), out, k, tsa, false, Version.current());
        }, result -> work.statusProperty().set(texts.get("sign.bundled", out, result.signedPdfs(), result.custodyEvents())));
    }

    private SigningKey unlock(String spec, char[] secret) {
        try {
            if (key == null || !keyLoadedFrom.equals(spec)) {
                SigningKey loaded = KeyLoader.load(KeySpec.parse(spec), secret);
                key = loaded;
                keyLoadedFrom = spec;
                String subject = vn.sohoa.evidence.trust.ChainCheck.subject(loaded.certificate());
                work.ui().run(() -> signer.set(subject));
            }
            return key;
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /**
     * The key chosen here, unlocked with {@code secret} unless it already is (sync signs the bag
     * manifests of the batches it queues with it); a {@link UserProblem} when no key is chosen.
     */
    public SigningKey unlockedKey(char[] secret) {
        String spec = keySpec.get();
        if (spec == null || spec.isBlank()) {
            java.util.Arrays.fill(secret, '\0');
            throw new UserProblem(texts.get("sync.needKey"));
        }
        return unlock(spec, secret);
    }

    /** Forgets the unlocked key (the clerk leaves the desk). */
    public void forgetKey() {
        key = null;
        keyLoadedFrom = "";
        signer.set("");
    }

    private String level(Document d) {
        Optional<Sha256> signed = SignedDocuments.find(workstation.catalog(), d).filter(workstation.blobs()::contains);
        if (signed.isEmpty()) {
            return texts.get(workstation.documentPdf(d).isPresent() ? "sign.level.unsigned" : "sign.level.notAssembled");
        }
        return levelOf(workstation.blobs().path(signed.get()));
    }

    private String levelOf(Path signedPdf) {
        // A time-stamp counts (B-T) only when its authority chains to a trusted root.
        TrustAnchors anchors = trust.get().map(TrustAnchors::load).orElse(TrustAnchors.none());
        Optional<String> level = Verifier.verify(signedPdf, anchors).signatures().stream()
                .filter(s -> s.kind() == SignatureReport.Kind.SIGNATURE).map(SignatureReport::level)
                .flatMap(Optional::stream).reduce((a, b) -> b);
        return level.map(l -> texts.get("B-B".equals(l) ? "sign.level.waiting" : "sign.level.done", l))
                .orElse(texts.get("sign.level.unsigned"));
    }

    public BackgroundWork work() {
        return work;
    }

    public ObjectProperty<Optional<CaseNumber>> caseNumberProperty() {
        return caseNumber;
    }

    /** {@code p12:PATH} or {@code pkcs11:LIBRARY:SLOT}. */
    public StringProperty keySpecProperty() {
        return keySpec;
    }

    /** The trusted roots against which levels are read (the viewer's). */
    public ObjectProperty<Optional<Path>> trustProperty() {
        return trust;
    }

    public StringProperty tsaUrlProperty() {
        return tsaUrl;
    }

    /** Who the unlocked key belongs to; empty until it is unlocked. */
    public StringProperty signerProperty() {
        return signer;
    }

    public ObservableList<SignRow> rows() {
        return rows;
    }

    @Override
    public void close() {
        work.close();
        key = null;
    }
}
