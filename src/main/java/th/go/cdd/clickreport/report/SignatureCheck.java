package th.go.cdd.clickreport.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Checks the signature of a PDF the product wrote: that its byte range covers the whole
 * file (nothing was added after signing), that the SHA-256 of those bytes is the one
 * signed, and that the CMS signature verifies with the certificate it carries. It says
 * who signed and when; whether that certificate is one the reader trusts is the reader's
 * judgement (the certificate is printed).
 */
public final class SignatureCheck {

	private SignatureCheck() {
	}

	/**
	 * What was found in one file.
	 *
	 * @param signer the signer's name (the certificate's CN), or null when unsigned or
	 * unreadable
	 * @param signedAt the claimed signing time (the signature's M), or null
	 * @param certificate the signing certificate's subject and issuer, or null
	 * @param problem why the file is not intact, or null when it is
	 */
	public record Result(Path file, String signer, Instant signedAt, String certificate, String problem) {

		public boolean intact() {
			return problem == null;
		}

	}

	public static Result check(Path file) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			return new Result(file, null, null, null, "อ่านไฟล์ไม่ได้ (" + ex.getMessage() + ")");
		}
		try (PDDocument document = Loader.loadPDF(bytes)) {
			List<PDSignature> signatures = document.getSignatureDictionaries();
			if (signatures.isEmpty()) {
				return new Result(file, null, null, null, "ไม่มีลายมือชื่ออิเล็กทรอนิกส์");
			}
			PDSignature last = signatures.get(signatures.size() - 1);
			return check(file, bytes, last);
		}
		catch (IOException | RuntimeException ex) {
			return new Result(file, null, null, null, "ไฟล์เสียหาย อ่านเป็น PDF ไม่ได้ (" + ex.getMessage() + ")");
		}
	}

	/**
	 * The CMS object at the start of the signature's contents, without the zeros that pad
	 * its place in the file.
	 */
	private static ContentInfo contentInfo(byte[] contents) throws IOException {
		try (ASN1InputStream in = new ASN1InputStream(contents)) {
			return ContentInfo.getInstance(in.readObject());
		}
	}

	private static Result check(Path file, byte[] bytes, PDSignature signature) throws IOException {
		Instant signedAt = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
		String name = signature.getName();
		int[] range = signature.getByteRange();
		if (range == null || range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1] || range[3] < 0
				|| (long) range[2] + range[3] != bytes.length) {
			return new Result(file, name, signedAt, null,
					"ช่วงที่ลงนามไม่ครอบคลุมทั้งไฟล์ (มีการแก้ไขหรือเพิ่มเติมหลังลงนาม)");
		}
		if (bytes[range[1]] != '<' || bytes[range[2] - 1] != '>') {
			return new Result(file, name, signedAt, null, "ช่องว่างของลายมือชื่อในไฟล์ไม่ถูกต้อง");
		}
		byte[] signed = new byte[range[1] + range[3]];
		System.arraycopy(bytes, 0, signed, 0, range[1]);
		System.arraycopy(bytes, range[2], signed, range[1], range[3]);
		try {
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed),
					contentInfo(signature.getContents()));
			Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
			if (signers.size() != 1) {
				return new Result(file, name, signedAt, null, "ลายมือชื่อมีผู้ลงนาม " + signers.size() + " ราย");
			}
			SignerInformation signer = signers.iterator().next();
			@SuppressWarnings("unchecked")
			Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
			if (matches.isEmpty()) {
				return new Result(file, name, signedAt, null, "ลายมือชื่อไม่มีใบรับรองของผู้ลงนาม");
			}
			X509CertificateHolder holder = matches.iterator().next();
			var certificate = new JcaX509CertificateConverter().getCertificate(holder);
			String signerName = PdfSigner.commonName(certificate);
			String described = holder.getSubject() + " (ออกโดย " + holder.getIssuer() + ")";
			Attribute digest = signer.getSignedAttributes() == null ? null
					: signer.getSignedAttributes().get(CMSAttributes.messageDigest);
			byte[] actual = MessageDigest.getInstance("SHA-256").digest(signed);
			if (digest == null || !Arrays
				.equals(ASN1OctetString.getInstance(digest.getAttrValues().getObjectAt(0)).getOctets(), actual)) {
				return new Result(file, signerName, signedAt, described,
						"ค่าแฮช SHA-256 ของไฟล์ไม่ตรงกับที่ลงนามไว้ (ไฟล์ถูกแก้ไข)");
			}
			if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
				return new Result(file, signerName, signedAt, described, "ลายมือชื่อ CMS ตรวจสอบไม่ผ่าน");
			}
			return new Result(file, signerName, signedAt, described, null);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		catch (Exception ex) {
			return new Result(file, name, signedAt, null, "ตรวจสอบลายมือชื่อไม่ได้ (" + ex.getMessage() + ")");
		}
	}

}
