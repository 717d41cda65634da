package th.go.cdd.clickreport.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collections;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a finished PDF with the office's key: PAdES baseline B (ETSI.CAdES.detached,
 * SHA-256, the signing-certificate-v2 attribute, the claimed signing time in the
 * signature dictionary and none in the CMS), an invisible signature whose byte range
 * covers the whole file, added by an incremental save so that the PDF/A document before
 * it is unchanged. Safe for several threads.
 */
final class PdfSigner {

	static final String REASON = "รับรองผลการจัดระดับ";

	static final COSName ETSI_CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");

	private final PrivateKey key;

	private final List<X509Certificate> chain;

	private final String signerName;

	private final String location;

	PdfSigner(PrivateKey key, List<X509Certificate> chain, String location) {
		this.key = key;
		this.chain = List.copyOf(chain);
		this.signerName = commonName(chain.get(0));
		this.location = location;
	}

	/**
	 * Reads the key and its certificate chain from a PKCS#12 file.
	 * @param alias the key's alias, or empty for the file's first key
	 * @throws IllegalStateException with a sentence saying what is wrong with the file,
	 * password or alias
	 */
	static PdfSigner fromPkcs12(Path file, char[] password, String alias, String location) {
		try (InputStream in = Files.newInputStream(file)) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, password);
			String name = alias == null || alias.isBlank() ? firstKey(store) : alias;
			if (name == null || !store.isKeyEntry(name)) {
				throw new IllegalStateException("The key store " + file + " has no key "
						+ (alias == null || alias.isBlank() ? "" : "with the alias '" + alias + "'"));
			}
			PrivateKey key = (PrivateKey) store.getKey(name, password);
			Certificate[] certificates = store.getCertificateChain(name);
			if (certificates == null || certificates.length == 0) {
				throw new IllegalStateException("The key '" + name + "' in " + file + " has no certificate");
			}
			List<X509Certificate> chain = Arrays.stream(certificates).map(X509Certificate.class::cast).toList();
			return new PdfSigner(key, chain, location);
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot read the signing key " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static String firstKey(KeyStore store) throws GeneralSecurityException {
		for (String alias : Collections.list(store.aliases())) {
			if (store.isKeyEntry(alias)) {
				return alias;
			}
		}
		return null;
	}

	String signerName() {
		return signerName;
	}

	X509Certificate certificate() {
		return chain.get(0);
	}

	/** Writes {@code pdf} followed by a signed incremental update to {@code out}. */
	void sign(byte[] pdf, OutputStream out) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(ETSI_CADES_DETACHED);
			signature.setName(signerName);
			signature.setReason(REASON);
			if (location != null) {
				signature.setLocation(location);
			}
			signature.setSignDate(Calendar.getInstance());
			options.setPreferredSignatureSize(8192 + chain.stream().mapToInt(PdfSigner::encodedLength).sum() * 2);
			document.addSignature(signature, this::cms, options);
			printable(document);
			document.saveIncremental(out);
		}
	}

	/** PDF/A wants every annotation printable, the invisible signature's widget too. */
	private static void printable(PDDocument document) {
		PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
		if (form == null) {
			return;
		}
		for (PDField field : form.getFields()) {
			for (PDAnnotationWidget widget : field.getWidgets()) {
				if (!widget.isPrinted()) {
					widget.setPrinted(true);
					widget.getCOSObject().setNeedToBeUpdated(true);
				}
			}
		}
	}

	/** The CMS SignedData (detached) over the byte ranges PDFBox passes in. */
	private byte[] cms(InputStream content) throws IOException {
		try {
			X509Certificate certificate = chain.get(0);
			String algorithm = "SHA256with" + ("EC".equals(key.getAlgorithm()) ? "ECDSA" : key.getAlgorithm());
			ESSCertIDv2 certId = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
					MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()),
					new IssuerSerial(
							new GeneralNames(new GeneralName(
									X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
							certificate.getSerialNumber()));
			ASN1EncodableVector attributes = new ASN1EncodableVector();
			attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
					new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { certId }))));
			DefaultSignedAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator(
					new AttributeTable(attributes));
			// PAdES: the signing time is the signature dictionary's M, never a
			// signing-time attribute
			CMSAttributeTableGenerator signed = parameters -> standard.getAttributes(parameters)
				.remove(CMSAttributes.signingTime);
			SignerInfoGenerator signerInfo = new JcaSignerInfoGeneratorBuilder(
					new JcaDigestCalculatorProviderBuilder().build())
				.setSignedAttributeGenerator(signed)
				.build(new JcaContentSignerBuilder(algorithm).build(key), new JcaX509CertificateHolder(certificate));
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(signerInfo);
			generator.addCertificates(new JcaCertStore(chain));
			return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded("DER");
		}
		catch (GeneralSecurityException | OperatorCreationException | CMSException ex) {
			throw new IOException("Could not sign: " + ex.getMessage(), ex);
		}
	}

	private static int encodedLength(X509Certificate certificate) {
		try {
			return certificate.getEncoded().length;
		}
		catch (GeneralSecurityException ex) {
			return 2048;
		}
	}

	/** The certificate subject's CN, or the whole subject when it has none. */
	static String commonName(X509Certificate certificate) {
		X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
		var cn = subject.getRDNs(BCStyle.CN);
		return cn.length == 0 ? subject.toString() : IETFUtils.valueToString(cn[0].getFirst().getValue());
	}

}
