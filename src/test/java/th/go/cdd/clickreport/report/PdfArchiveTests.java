package th.go.cdd.clickreport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * The archive copies (SPEC §10) as veraPDF sees them: a real summary and a real district
 * page of the sample month are PDF/A-3b, carry their metadata and (the summary) the
 * grades CSV; the same summary without its output intent is not, which shows that the
 * check can fail. The output intent the product writes from a profile stream deflated
 * once per process is the one JasperReports' own writer makes of the profile for every
 * PDF.
 */
class PdfArchiveTests {

	private static final ChiangRaiReports chiangRai = new ChiangRaiReports();

	private static ReportRenderer renderer;

	@TempDir
	Path folder;

	@BeforeAll
	static void compileTemplates() {
		renderer = new ReportRenderer(true);
	}

	@Test
	void summaryIsPdfA3bWithItsMetadataAndTheGradesCsvEmbedded() throws Exception {
		Path pdf = folder.resolve("summary-57-2024-05.pdf");
		renderer.renderSummary(chiangRai.summary(), ChiangRaiReports.MEMO, ChiangRaiReports.NUMBER,
				ChiangRaiReports.CSV, pdf);

		VeraPdf.Verdict verdict = VeraPdf.pdfA3b(pdf);
		assertThat(verdict.failures()).isEmpty();
		assertThat(verdict.compliant()).isTrue();

		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			XMPMetadata xmp = xmp(document);
			assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
			assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
			assertThat(xmp.getDublinCoreSchema().getTitle())
				.isEqualTo("สรุปผลการจัดระดับ Click ชุมชน จังหวัดเชียงราย พฤษภาคม ๒๕๖๗");
			assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly("สำนักงานพัฒนาชุมชนจังหวัดเชียงราย");
			assertThat(xmp.getDublinCoreSchema().getDescription()).contains("ประจำเดือนพฤษภาคม ๒๕๖๗");
			assertThat(xmp.getAdobePDFSchema().getKeywords()).isEqualTo("2024-05");
			assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("สำนักงานพัฒนาชุมชนจังหวัดเชียงราย");

			Map<String, PDComplexFileSpecification> files = document.getDocumentCatalog()
				.getNames()
				.getEmbeddedFiles()
				.getNames();
			PDComplexFileSpecification csv = files.get("grades-57-2024-05.csv");
			assertThat(csv).isNotNull();
			assertThat(csv.getEmbeddedFile().toByteArray()).isEqualTo(ChiangRaiReports.CSV);
			assertThat(csv.getEmbeddedFile().getSubtype()).isEqualTo("text/csv");
			assertThat(csv.getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Data");
			COSArray associated = (COSArray) document.getDocumentCatalog().getCOSObject().getDictionaryObject("AF");
			assertThat(associated.getObject(0)).isSameAs(csv.getCOSObject());
		}
	}

	@Test
	void districtPageIsPdfA3b() throws Exception {
		Path pdf = folder.resolve("district-5706-2024-05.pdf");
		renderer.renderDistrict(chiangRai.district("5706"), ChiangRaiReports.MEMO, pdf);

		VeraPdf.Verdict verdict = VeraPdf.pdfA3b(pdf);
		assertThat(verdict.failures()).isEmpty();
		assertThat(verdict.compliant()).isTrue();
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(xmp(document).getDublinCoreSchema().getTitle())
				.isEqualTo("ผลการจัดระดับ Click ชุมชน อำเภอป่าแดด พฤษภาคม ๒๕๖๗");
			assertThat(document.getDocumentCatalog().getOutputIntents()).singleElement()
				.satisfies(intent -> assertThat(intent.getOutputConditionIdentifier()).isEqualTo(SrgbProfile.NAME));
		}
	}

	@Test
	void theSameSummaryWithoutItsOutputIntentFailsTheCheck() throws Exception {
		Path pdf = folder.resolve("summary.pdf");
		renderer.renderSummary(chiangRai.summary(), ChiangRaiReports.MEMO, ChiangRaiReports.NUMBER,
				ChiangRaiReports.CSV, pdf);
		Path stripped = folder.resolve("summary-without-output-intent.pdf");
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			document.getDocumentCatalog().getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
			document.save(stripped.toFile());
		}

		VeraPdf.Verdict verdict = VeraPdf.pdfA3b(stripped);
		assertThat(verdict.compliant()).isFalse();
		assertThat(verdict.failures()).anyMatch(failure -> failure.startsWith("6.2.4.3"));
	}

	@Test
	void theOutputIntentProfileIsAValidSrgbDisplayProfile() {
		java.awt.color.ICC_Profile profile = java.awt.color.ICC_Profile.getInstance(SrgbProfile.bytes());
		assertThat(profile.getColorSpaceType()).isEqualTo(java.awt.color.ColorSpace.TYPE_RGB);
		assertThat(profile.getProfileClass()).isEqualTo(java.awt.color.ICC_Profile.CLASS_DISPLAY);
		assertThat(profile.getMajorVersion()).isEqualTo(2);
		// pure red, green and blue land where the standard sRGB profile puts them
		java.awt.color.ICC_ColorSpace ours = new java.awt.color.ICC_ColorSpace(profile);
		java.awt.color.ColorSpace standard = java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_sRGB);
		for (float[] rgb : new float[][] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 }, { 0.5f, 0.5f, 0.5f } }) {
			float[] a = ours.toCIEXYZ(rgb);
			float[] b = standard.toCIEXYZ(rgb);
			for (int i = 0; i < 3; i++) {
				assertThat(a[i]).isCloseTo(b[i], org.assertj.core.data.Offset.offset(0.02f));
			}
		}
	}

	@Test
	void theOutputIntentIsTheOneJasperReportsOwnWriterWrites() throws Exception {
		ReportTemplates templates = new ReportTemplates(true, null);
		DistrictReport report = chiangRai.district("5706");
		JasperPrint print = templates.fillDistrict(report, ChiangRaiReports.MEMO, null);
		PdfArchive.Description description = templates.describe(report, ChiangRaiReports.MEMO);
		ByteArrayOutputStream ours = new ByteArrayOutputStream();
		templates.export(print, description, ours);
		// JasperReports' own producer and writer, the same exporter settings
		SimpleJasperReportsContext stock = new SimpleJasperReportsContext();
		PdfArchive.register(stock);
		SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
		PdfArchive.configure(configuration, description);
		JRPdfExporter exporter = new JRPdfExporter(stock);
		exporter.setConfiguration(configuration);
		exporter.setExporterInput(new SimpleExporterInput(print));
		ByteArrayOutputStream theirs = new ByteArrayOutputStream();
		exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(theirs));
		try (ThaiLineBreaks.Scope thai = ThaiLineBreaks.enter()) {
			exporter.exportReport();
		}

		try (PDDocument a = Loader.loadPDF(ours.toByteArray()); PDDocument b = Loader.loadPDF(theirs.toByteArray())) {
			COSDictionary intent = outputIntent(a);
			COSDictionary stockIntent = outputIntent(b);
			assertThat(intent.keySet()).isEqualTo(stockIntent.keySet());
			for (COSName key : List.of(COSName.S, COSName.getPDFName("OutputConditionIdentifier"), COSName.INFO)) {
				assertThat(intent.getDictionaryObject(key))
					.hasToString(stockIntent.getDictionaryObject(key).toString());
			}
			COSStream profile = (COSStream) intent.getDictionaryObject(COSName.DEST_OUTPUT_PROFILE);
			COSStream stockProfile = (COSStream) stockIntent.getDictionaryObject(COSName.DEST_OUTPUT_PROFILE);
			assertThat(profile.keySet()).isEqualTo(stockProfile.keySet()).doesNotContain(COSName.ALTERNATE);
			assertThat(profile.getInt(COSName.N)).isEqualTo(3).isEqualTo(stockProfile.getInt(COSName.N));
			try (InputStream raw = profile.createRawInputStream();
					InputStream stockRaw = stockProfile.createRawInputStream();
					InputStream decoded = profile.createInputStream()) {
				assertThat(raw.readAllBytes()).isEqualTo(stockRaw.readAllBytes());
				// the profile as Java's colour management hands it out (its header names
				// its
				// own CMM), which is what the stock writer embeds
				assertThat(decoded.readAllBytes())
					.isEqualTo(java.awt.color.ICC_Profile.getInstance(SrgbProfile.bytes()).getData());
			}
		}
	}

	private static COSDictionary outputIntent(PDDocument document) {
		COSArray intents = (COSArray) document.getDocumentCatalog()
			.getCOSObject()
			.getDictionaryObject(COSName.OUTPUT_INTENTS);
		assertThat(intents.size()).isOne();
		return (COSDictionary) intents.getObject(0);
	}

	private static XMPMetadata xmp(PDDocument document) throws IOException {
		try {
			return new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().toByteArray());
		}
		catch (org.apache.xmpbox.xml.XmpParsingException ex) {
			throw new IOException(ex);
		}
	}

}
