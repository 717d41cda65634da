package th.go.cdd.clickreport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.go.cdd.clickreport.memo.MemoNumber;
import th.go.cdd.clickreport.memo.MemoSettings;

/**
 * The memo's variable parts: a revised issue, a province never configured, and the
 * emblem.
 */
class MemoFormTests {

	private static final ChiangRaiReports chiangRai = new ChiangRaiReports();

	@TempDir
	Path folder;

	@Test
	void aReRunIsMarkedAsARevisedIssueUnderTheSameNumber() {
		Path pdf = folder.resolve("summary.pdf");
		new ReportRenderer(true).renderSummary(chiangRai.summary(), ChiangRaiReports.MEMO, new MemoNumber(2567, 123, 2),
				ChiangRaiReports.CSV, pdf);

		assertThat(Pdfs.text(pdf).replaceAll("\\s+", " ")).contains("ที่ ขร ๐๐๑๙.๓/๑๒๓",
				"ประจำเดือนพฤษภาคม ๒๕๖๗ (ฉบับแก้ไข ครั้งที่ ๒)");
	}

	@Test
	void aProvinceNeverConfiguredGetsANumberedMemoWithABlankSignatureLine() {
		Path pdf = folder.resolve("summary.pdf");
		new ReportRenderer(true).renderSummary(chiangRai.summary(), MemoSettings.unconfigured("57", "เชียงราย"),
				new MemoNumber(2567, 7, 0), ChiangRaiReports.CSV, pdf);

		String text = Pdfs.text(pdf).replaceAll("\\s+", " ");
		assertThat(text)
			.contains("ส่วนราชการ สำนักงานพัฒนาชุมชนจังหวัดเชียงราย ที่ ๗ ",
					"( ........................................ ) พัฒนาการจังหวัดเชียงราย")
			.doesNotContain("อำไพ", "null");
	}

	@Test
	void theEmblemIsDrawnTopLeftOneAndAHalfCentimetresHighAndTheFileStaysPdfA() throws Exception {
		BufferedImage garuda = new BufferedImage(90, 100, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = garuda.createGraphics();
		g.setColor(new Color(0xB3, 0x26, 0x1E));
		g.fillOval(5, 5, 80, 90);
		g.dispose();
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(garuda, "png", png);
		Path pdf = folder.resolve("summary.pdf");

		new ReportRenderer(true, PdfArchive.unsigned(), png.toByteArray()).renderSummary(chiangRai.summary(),
				ChiangRaiReports.MEMO, ChiangRaiReports.NUMBER, ChiangRaiReports.CSV, pdf);

		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDPage first = document.getPage(0);
			int images = 0;
			for (COSName name : first.getResources().getXObjectNames()) {
				if (first.getResources().getXObject(name) instanceof PDImageXObject) {
					images++;
				}
			}
			assertThat(images).isEqualTo(1);
			assertThat(document.getPage(1).getResources().getXObjectNames())
				.noneMatch(name -> isImage(document, 1, name));
		}
		// 1.5 cm = 42.5 pt at the top left of the text area (85 pt from the left edge):
		// red ink there at 72 dpi
		BufferedImage page = Pdfs.image(pdf, 0, 72);
		assertThat(new Color(page.getRGB(85 + 20, 36 + 21)).getRed()).isGreaterThan(150);
		assertThat(new Color(page.getRGB(85 + 20, 36 + 21)).getGreen()).isLessThan(80);
		assertThat(VeraPdf.pdfA3b(pdf).compliant()).isTrue();
	}

	private static boolean isImage(PDDocument document, int page, COSName name) {
		try {
			return document.getPage(page).getResources().getXObject(name) instanceof PDImageXObject;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
