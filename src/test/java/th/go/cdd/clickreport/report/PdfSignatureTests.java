package th.go.cdd.clickreport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signed archive copies (SPEC §10) with a key the test makes itself: a real summary and
 * district page are signed PAdES-B over the whole file, check out intact, are still
 * PDF/A-3b, and fail the check once one signed byte changes; an unsigned file fails it
 * too.
 */
class PdfSignatureTests {

	private static final ChiangRaiReports chiangRai = new ChiangRaiReports();

	private static final String SIGNER = "สำนักงานพัฒนาชุมชนจังหวัดเชียงราย (ทดสอบ)";

	@TempDir
	static Path keys;

	private static ReportRenderer signing;

	@TempDir
	Path folder;

	@BeforeAll
	static void signingRenderer() throws Exception {
		Path p12 = TestKeys.pkcs12(keys, SIGNER);
		PdfSigner signer = PdfSigner.fromPkcs12(p12, TestKeys.PASSWORD.toCharArray(), TestKeys.ALIAS, null);
		signing = new ReportRenderer(true, new PdfArchive(signer), (byte[]) null);
	}

	@Test
	void signedSummaryIsIntactPadesBaselineBAndStillPdfA() throws Exception {
		Path pdf = folder.resolve("summary-57-2024-05.pdf");
		Instant before = Instant.now().minusSeconds(1);
		signing.renderSummary(chiangRai.summary(), ChiangRaiReports.MEMO, ChiangRaiReports.NUMBER, ChiangRaiReports.CSV,
				pdf);

		SignatureCheck.Result result = SignatureCheck.check(pdf);
		assertThat(result.problem()).isNull();
		assertThat(result.intact()).isTrue();
		assertThat(result.signer()).isEqualTo(SIGNER);
		assertThat(result.signedAt()).isBetween(before, Instant.now().plus(Duration.ofSeconds(1)));

		byte[] bytes = Files.readAllBytes(pdf);
		try (PDDocument document = Loader.loadPDF(bytes)) {
			PDSignature signature = document.getLastSignatureDictionary();
			assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
			assertThat(signature.getReason()).isEqualTo("รับรองผลการจัดระดับ");
			int[] range = signature.getByteRange();
			assertThat(range[0]).isZero();
			assertThat((long) range[2] + range[3]).isEqualTo(bytes.length);
			SignerInformation signer = new CMSSignedData(
					ContentInfo.getInstance(new ASN1InputStream(signature.getContents()).readObject()))
				.getSignerInfos()
				.getSigners()
				.iterator()
				.next();
			assertThat(signer.getDigestAlgOID()).isEqualTo(NISTObjectIdentifiers.id_sha256.getId());
			assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
			assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
			// the incremental save kept the PDF/A document and its embedded CSV
			assertThat(document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames())
				.containsKey("grades-57-2024-05.csv");
		}
		VeraPdf.Verdict verdict = VeraPdf.pdfA3b(pdf);
		assertThat(verdict.failures()).isEmpty();
		assertThat(verdict.compliant()).isTrue();
	}

	@Test
	void oneChangedByteInsideTheSignedRangeIsFound() throws Exception {
		Path pdf = folder.resolve("district-5706-2024-05.pdf");
		signing.renderDistrict(chiangRai.district("5706"), ChiangRaiReports.MEMO, pdf);
		assertThat(SignatureCheck.check(pdf).intact()).isTrue();
		assertThat(VeraPdf.pdfA3b(pdf).compliant()).isTrue();

		byte[] bytes = Files.readAllBytes(pdf);
		int[] range;
		try (PDDocument document = Loader.loadPDF(bytes)) {
			range = document.getLastSignatureDictionary().getByteRange();
		}
		// a byte in the middle of the first signed range: inside the page content, not
		// the signature
		int at = range[1] / 2;
		bytes[at] = (byte) (bytes[at] ^ 0x01);
		Path tampered = folder.resolve("tampered.pdf");
		Files.write(tampered, bytes);

		SignatureCheck.Result result = SignatureCheck.check(tampered);
		assertThat(result.intact()).isFalse();
		assertThat(result.problem()).isNotBlank();
	}

	@Test
	void bytesAddedAfterSigningAreFound() throws Exception {
		Path pdf = folder.resolve("district.pdf");
		signing.renderDistrict(chiangRai.district("5701"), ChiangRaiReports.MEMO, pdf);
		Files.write(pdf, "\n% appended\n".getBytes(), java.nio.file.StandardOpenOption.APPEND);

		SignatureCheck.Result result = SignatureCheck.check(pdf);
		assertThat(result.intact()).isFalse();
		assertThat(result.problem()).contains("ไม่ครอบคลุมทั้งไฟล์");
	}

	@Test
	void anUnsignedPdfIsNotIntact() {
		Path pdf = folder.resolve("unsigned.pdf");
		new ReportRenderer(true).renderDistrict(chiangRai.district("5706"), ChiangRaiReports.MEMO, pdf);

		SignatureCheck.Result result = SignatureCheck.check(pdf);
		assertThat(result.intact()).isFalse();
		assertThat(result.signer()).isNull();
		assertThat(result.problem()).isEqualTo("ไม่มีลายมือชื่ออิเล็กทรอนิกส์");
	}

}
