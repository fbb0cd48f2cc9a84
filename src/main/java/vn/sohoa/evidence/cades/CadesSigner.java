package vn.sohoa.evidence.cades;

import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;

import vn.sohoa.casefile.Sha256;
import vn.sohoa.evidence.keys.RawSigner;
import vn.sohoa.evidence.keys.SigningKey;
import vn.sohoa.evidence.timestamp.TsaClient;
import vn.sohoa.i18n.Message;
import vn.sohoa.i18n.SohoaException;

/**
 * A detached CAdES baseline signature (ETSI EN 319 122-1) over some bytes: B-B with the
 * signing-certificate-v2 and signing-time attributes, B-T when a time-stamping authority adds a
 * signature time-stamp.
 */
public final class CadesSigner {

    private CadesSigner() {
    }

    public static byte[] sign(byte[] content, SigningKey key, Optional<TsaClient> tsa) {
        try {
            X509Certificate cert = key.certificate();
            byte[] certHash = Sha256.digester().digest(cert.getEncoded());
            IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
                    X500Name.getInstance(cert.getIssuerX500Principal().getEncoded()))), cert.getSerialNumber());
            SigningCertificateV2 signingCertificate = new SigningCertificateV2(new ESSCertIDv2[] {
                    new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), certHash, issuerSerial)});
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(signingCertificate)));
            attributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(new Date()))));

            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
                    .build(RawSigner.contentSigner(key), cert));
            generator.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
            if (tsa.isPresent()) {
                SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
                TimeStampToken token = tsa.get().stamp(signer.getSignature());
                ASN1EncodableVector unsigned = new ASN1EncodableVector();
                unsigned.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                        new DERSet(token.toCMSSignedData().toASN1Structure())));
                SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(unsigned));
                signed = CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
            }
            return signed.toASN1Structure().getEncoded("DER");
        } catch (SohoaException e) {
            throw e;
        } catch (Exception e) {
            throw new SohoaException(SohoaException.Reason.FAILED, Message.of("sign.failed", String.valueOf(e.getMessage())), e);
        }
    }
}
