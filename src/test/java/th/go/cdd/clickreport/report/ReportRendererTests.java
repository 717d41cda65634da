package th.go.cdd.clickreport.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.sf.jasperreports.engine.JRException;

import th.go.cdd.clickreport.report.SummaryReport.DistrictRow;
import th.go.cdd.clickreport.rubric.Note.Severity;

class ReportRendererTests {

	private static final ChiangRaiReports chiangRai = new ChiangRaiReports();

	/** The templates' red and green. */
	private static final Color RED = new Color(0xB3, 0x26, 0x1E);

	private static final Color GREEN = new Color(0x1B, 0x5E, 0x20);

	private static ReportRenderer renderer;

	@TempDir
	Path folder;

	@BeforeAll
	static void compileTemplates() {
		renderer = new ReportRenderer(true);
	}

	@Test
	void summaryListsEveryDistrictWithItsLevelAndTheMonthInThai() {
		SummaryReport summary = chiangRai.summary();
		Path pdf = folder.resolve("summary-57-2024-05.pdf");

		renderer.renderSummary(summary, ChiangRaiReports.MEMO, ChiangRaiReports.NUMBER, ChiangRaiReports.CSV, pdf);

		String text = Pdfs.text(pdf);
		assertThat(text).contains("บันทึกข้อความ",
				"ส่วนราชการ สำนักงานพัฒนาชุมชนจังหวัดเชียงราย กลุ่มงานสารสนเทศการพัฒนาชุมชน โทร. ๐-๕๑๗-๗๓๕๐",
				"ที่ ขร ๐๐๑๙.๓/๑๒๓", "วันที่ ๑๖ มิถุนายน ๒๕๖๗", "จึงเรียนมาเพื่อโปรดทราบ", "(นางอำไพ บัวระดก)",
				"พัฒนาการจังหวัด ปฏิบัติราชการแทน", "ผู้ว่าราชการจังหวัดเชียงราย",
				"เรื่อง ผลการจัดระดับการดำเนินงาน Click ชุมชน ประจำเดือนพฤษภาคม ๒๕๖๗",
				"เรียน ผู้ว่าราชการจังหวัดเชียงราย", "๕. การเปลี่ยนแปลงจากเดือนก่อน (เมษายน ๒๕๖๗)",
				"1,240 (10 × 124 ตำบล)", "ไม่ส่งรายงาน ๑ อำเภอ: ดอยหลวง", "ส่งล่าช้า ๑ อำเภอ: ขุนตาล",
				"ข้อมูลไม่ถูกต้อง ๑ อำเภอ: เวียงเชียงรุ้ง");
		// the memo's text in Thai digits, as its header and headings; the tables keep 0–9
		assertThat(text).contains(
				"ส่งตรงเวลา ๑๕ อำเภอ · ส่งล่าช้า ๑ อำเภอ · ไม่ส่งรายงาน ๑ อำเภอ · ข้อมูลไม่ถูกต้อง ๑ อำเภอ",
				"ระดับดีขึ้น ๔ อำเภอ: เวียงชัย (C → B)", "ระดับคงเดิม ๙ อำเภอ · ไม่มีผลของเดือนก่อน ๑ อำเภอ");
		assertThat(summary.districts()).hasSize(18);
		// a table cell that wraps (ข้อมูลไม่ถูกต้อง in the narrow status column) comes
		// out over lines
		String rows = text.replaceAll("\\s+", " ");
		for (int i = 0; i < summary.districts().size(); i++) {
			DistrictRow row = summary.districts().get(i);
			assertThat(rows).contains((i + 1) + " " + row.nameTh() + " " + row.status().labelTh() + " " + row.level()
					+ " " + row.score() + " ");
		}
		assertThat(text).contains("1 เมืองเชียงราย ส่งตรงเวลา A 10 ผ่าน ผ่าน ผ่าน ผ่าน ผ่าน A คงเดิม",
				"2 เวียงชัย ส่งตรงเวลา B 8 ไม่ผ่าน ผ่าน ผ่าน ผ่าน ผ่าน C ดีขึ้น", "6 ป่าแดด ส่งตรงเวลา C 6 ไม่ผ่าน");
		assertThat(text).doesNotContain("2024", "\uFFFD");
	}

	@Test
	void theMemosClosingLineStaysWithItsSignatureAndEveryPageHasItsFooter() {
		Path pdf = folder.resolve("summary-57-2024-05.pdf");

		renderer.renderSummary(chiangRai.summary(), ChiangRaiReports.MEMO, ChiangRaiReports.NUMBER,
				ChiangRaiReports.CSV, pdf);

		List<String> pages = Pdfs.pageTexts(pdf);
		// Chiang Rai's signature block runs past its second page
		assertThat(pages).hasSizeGreaterThan(2);
		String last = pages.get(pages.size() - 1);
		assertThat(last).contains("จึงเรียนมาเพื่อโปรดทราบ", "(นางอำไพ บัวระดก)", "ผู้ว่าราชการจังหวัดเชียงราย");
		for (int i = 0; i < pages.size(); i++) {
			assertThat(pages.get(i)).as("page %d", i + 1)
				.containsPattern("หน้า\\s*" + (i + 1) + "\\s*/\\s*" + pages.size());
		}
	}

	@Test
	void summaryPrintsFailedItemsInRedAndChangesOfLevelInGreenOrRed() {
		Path pdf = folder.resolve("summary-57-2024-05.pdf");

		renderer.renderSummary(chiangRai.summary(), ChiangRaiReports.MEMO, ChiangRaiReports.NUMBER,
				ChiangRaiReports.CSV, pdf);

		Map<String, Set<Color>> colours = coloursByText(pdf);
		assertThat(colours.get("ไม่ผ่าน")).containsExactly(RED);
		assertThat(colours.get("ลดลง")).containsExactly(RED);
		assertThat(colours.get("ดีขึ้น")).containsExactly(GREEN);
		assertThat(colours.get("ผ่าน")).containsExactly(Color.BLACK);
		assertThat(colours.get("คงเดิม")).containsExactly(Color.BLACK);
	}

	@Test
	void districtPageAtLevelDPrintsFailedItemsInRedAndEachItemsFloorBelow() {
		String codeAtD = chiangRai.codes().stream().filter(code -> chiangRai.level(code).equals("D")).findFirst().get();
		DistrictReport atD = chiangRai.district(codeAtD);
		Path pdf = folder.resolve("district-" + codeAtD + "-2024-05.pdf");
		Path above = folder.resolve("district-5701-2024-05.pdf");

		renderer.renderDistrict(atD, ChiangRaiReports.MEMO, pdf);
		renderer.renderDistrict(chiangRai.district("5701"), ChiangRaiReports.MEMO, above);

		Map<String, Set<Color>> colours = coloursByText(pdf);
		assertThat(colours.get("ไม่ผ่าน")).containsExactly(RED);
		assertThat(colours.get("ผ่าน")).containsExactly(Color.BLACK);
		String text = Pdfs.text(pdf).replaceAll("\\s+", " ");
		for (DistrictReport.Item item : atD.items()) {
			assertThat(text).contains(item.requirement() + " " + (item.met() ? "ผ่าน" : "ไม่ผ่าน") + " ขั้นต่ำ: "
					+ (item.floorMet() ? "ผ่าน" : "ไม่ผ่าน"));
		}
		assertThat(colours.get("ขั้นต่ำ: ผ่าน")).containsExactly(Color.BLACK);
		assertThat(colours.get("ขั้นต่ำ: ไม่ผ่าน")).containsExactly(Color.BLACK);
		assertThat(Pdfs.text(above)).doesNotContain("ขั้นต่ำ");
	}

	/** Each Thai text element's colours, by its text. */
	private static Map<String, Set<Color>> coloursByText(Path pdf) {
		return Pdfs.colouredTexts(pdf)
			.stream()
			.collect(Collectors.groupingBy(Pdfs.ColouredText::text,
					Collectors.mapping(Pdfs.ColouredText::colour, Collectors.toSet())));
	}

	@Test
	void districtPageShowsMeasuresLevelRequirementsAndEveryNote() {
		DistrictReport district = chiangRai.district("5706");
		Path pdf = folder.resolve("district-5706-2024-05.pdf");

		renderer.renderDistrict(district, ChiangRaiReports.MEMO, pdf);

		String text = Pdfs.text(pdf);
		assertThat(text).contains("สำนักงานพัฒนาชุมชนจังหวัดเชียงราย",
				"ผลการจัดระดับการดำเนินงาน Click ชุมชน อำเภอป่าแดด ประจำเดือนพฤษภาคม ๒๕๖๗", "๑๖ มิถุนายน ๒๕๖๗",
				"อำเภอป่าแดด จังหวัดเชียงราย (รหัส 5706)", "ส่งตรงเวลา เมื่อ ๑๔ มิถุนายน ๒๕๖๗ เวลา ๑๐.๓๐ น.",
				ChiangRaiReports.RUBRIC, "6 คะแนน", "คำเตือนและแถวที่ถูกปฏิเสธ (3 รายการ)");
		for (DistrictReport.Item item : district.items()) {
			assertThat(text).contains(item.title(), item.measured(), "ระดับ B: " + item.requirement());
		}
		for (DistrictReport.Note note : district.notes()) {
			assertThat(text).contains(note.source(), note.message());
		}
		assertThat(text).contains(ChiangRaiReports.LONG_NOTE, ChiangRaiReports.MARKS).doesNotContain("\uFFFD");
	}

	@Test
	void manyNotesFlowOntoFurtherPagesUnderARepeatedHeader() {
		DistrictReport usual = chiangRai.district("5701");
		List<DistrictReport.Note> notes = new ArrayList<>();
		for (int row = 1; row <= 400; row++) {
			notes.add(new DistrictReport.Note(Severity.REJECT, "tambon_downloads.csv:" + row,
					"แถวที่ " + row + ": ตำบลนี้ไม่อยู่ในอำเภอที่รายงาน ไม่นับยอดดาวน์โหลด"));
		}
		DistrictReport district = new DistrictReport(usual.provinceCode(), usual.provinceNameTh(), usual.districtCode(),
				usual.districtNameTh(), usual.month(), usual.issuedOn(), usual.rubricNameTh(), usual.status(),
				usual.level(), usual.score(), usual.submittedAt(), usual.items(), notes);
		Path pdf = folder.resolve("district-5701-2024-05.pdf");

		renderer.renderDistrict(district, ChiangRaiReports.MEMO, pdf);

		assertThat(Pdfs.pages(pdf)).isGreaterThan(10);
		String text = Pdfs.text(pdf);
		assertThat(text).contains("แถวที่ 1: ", "แถวที่ 200: ", "แถวที่ 400: ", "tambon_downloads.csv:400");
		assertThat(text.split("รายละเอียด", -1)).hasSize(Pdfs.pages(pdf) + 1);
	}

	@Test
	void districtThatDidNotSubmitSaysSo() {
		Path pdf = folder.resolve("district-5718-2024-05.pdf");

		renderer.renderDistrict(chiangRai.district("5718"), ChiangRaiReports.MEMO, pdf);

		assertThat(Pdfs.text(pdf)).contains("อำเภอดอยหลวง จังหวัดเชียงราย (รหัส 5718)", "การส่งรายงาน ไม่ส่งรายงาน",
				"0 คะแนน", "ไม่มีผลรายข้อ", "คำเตือนและแถวที่ถูกปฏิเสธ (0 รายการ)", "ไม่มีคำเตือนหรือแถวที่ถูกปฏิเสธ");
	}

	@Test
	void everyPdfEmbedsSarabunAndDrawsNoMissingGlyph() throws IOException {
		Path summary = folder.resolve("summary.pdf");
		Path district = folder.resolve("district.pdf");
		renderer.renderSummary(chiangRai.summary(), ChiangRaiReports.MEMO, ChiangRaiReports.NUMBER,
				ChiangRaiReports.CSV, summary);
		renderer.renderDistrict(chiangRai.district("5714"), ChiangRaiReports.MEMO, district);

		for (Path pdf : List.of(summary, district)) {
			Set<PDFont> fonts = Pdfs.fonts(pdf);
			assertThat(fonts).isNotEmpty().allSatisfy(font -> {
				assertThat(font.getName()).matches("[A-Z]{6}\\+Sarabun-(Regular|Bold)");
				assertThat(font.isEmbedded()).isTrue();
			});
			assertThat(Pdfs.notdefGlyphs(pdf)).isZero();
			assertEveryCharacterIsInSarabun(Pdfs.text(pdf));
		}
		// Chart texts are drawn as outlines, not as text: check them against the font
		// directly.
		SummaryReport report = chiangRai.summary();
		Map<String, Object> parameters = SummaryView.parameters(report, ChiangRaiReports.MEMO, ChiangRaiReports.NUMBER,
				new ReportText(true));
		StringBuilder chartTexts = new StringBuilder().append(parameters.get("CHART_LEVELS"))
			.append(parameters.get("CHART_DOWNLOADS"));
		SummaryView.levelBars(report.totals()).forEach(bar -> chartTexts.append(bar.series()).append(bar.level()));
		SummaryView.monthBars(report.downloadHistory())
			.forEach(bar -> chartTexts.append(bar.series()).append(bar.month()));
		assertEveryCharacterIsInSarabun(chartTexts.toString());
	}

	@Test
	void longThaiNoteWrapsOnlyBetweenWords() {
		Path pdf = folder.resolve("district.pdf");
		renderer.renderDistrict(chiangRai.district("5701"), ChiangRaiReports.MEMO, pdf);

		// The message column of the notes table: x 255–555 pt on the A4 page.
		List<String> lines = Pdfs.drawnLines(pdf, new Rectangle2D.Float(255, 0, 300, 842));

		WordBreaks note = new WordBreaks(ChiangRaiReports.LONG_NOTE);
		assertThat(note.lineCount(lines)).as("lines of the note").isGreaterThanOrEqualTo(5);
		assertThat(note.splitWords(lines)).as("words split across lines").isEmpty();
	}

	@Test
	void summaryIntroductionWrapsOnlyBetweenWords() {
		SummaryReport summary = chiangRai.summary();
		Path pdf = folder.resolve("summary.pdf");
		renderer.renderSummary(summary, ChiangRaiReports.MEMO, ChiangRaiReports.NUMBER, ChiangRaiReports.CSV, pdf);

		List<String> lines = Pdfs.drawnLines(pdf, new Rectangle2D.Float(0, 0, 595, 842));

		WordBreaks intro = new WordBreaks((String) SummaryView
			.parameters(summary, ChiangRaiReports.MEMO, ChiangRaiReports.NUMBER, new ReportText(true))
			.get("INTRO"));
		assertThat(intro.lineCount(lines)).isGreaterThanOrEqualTo(3);
		assertThat(intro.splitWords(lines)).isEmpty();
	}

	@Test
	void firstPageOfTheSummaryIsDrawn() {
		Path pdf = folder.resolve("summary.pdf");
		renderer.renderSummary(chiangRai.summary(), ChiangRaiReports.MEMO, ChiangRaiReports.NUMBER,
				ChiangRaiReports.CSV, pdf);

		BufferedImage page = Pdfs.image(pdf, 0, 50);

		int ink = 0;
		for (int y = 0; y < page.getHeight(); y++) {
			for (int x = 0; x < page.getWidth(); x++) {
				ink += (page.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF ? 0 : 1;
			}
		}
		assertThat(ink).as("non-white pixels").isGreaterThan(page.getWidth() * page.getHeight() / 20);
	}

	@Test
	void thaiDigitsCanBeTurnedOff() {
		Path pdf = folder.resolve("summary.pdf");
		new ReportRenderer(false).renderSummary(chiangRai.summary(), ChiangRaiReports.MEMO, ChiangRaiReports.NUMBER,
				ChiangRaiReports.CSV, pdf);

		assertThat(Pdfs.text(pdf))
			.contains("วันที่ 16 มิถุนายน 2567", "ประจำเดือนพฤษภาคม 2567", "ส่งตรงเวลา 15 อำเภอ · ส่งล่าช้า 1 อำเภอ",
					"ไม่ส่งรายงาน 1 อำเภอ: ดอยหลวง", "ระดับดีขึ้น 4 อำเภอ")
			.doesNotContain("๑๖ มิถุนายน", "พฤษภาคม ๒๕๖๗", "๑ อำเภอ");
	}

	@Test
	void renderingAgainReplacesThePdfAndLeavesNoTemporaryFile() throws IOException {
		Path pdf = folder.resolve("57/2024-05/district-5709-2024-05.pdf");
		renderer.renderDistrict(chiangRai.district("5709"), ChiangRaiReports.MEMO, pdf);
		renderer.renderDistrict(chiangRai.district("5709"), ChiangRaiReports.MEMO, pdf);

		try (Stream<Path> files = Files.list(pdf.getParent())) {
			assertThat(files).containsExactly(pdf);
		}
		assertThat(Pdfs.text(pdf)).contains("อำเภอแม่สาย");
	}

	@Test
	void aFailedWriteKeepsThePreviousPdf() throws IOException {
		Path pdf = folder.resolve("district.pdf");
		renderer.renderDistrict(chiangRai.district("5709"), ChiangRaiReports.MEMO, pdf);
		byte[] before = Files.readAllBytes(pdf);

		assertThatThrownBy(() -> ReportRenderer.writeAtomically(pdf, out -> {
			out.write("%PDF-1.5 half".getBytes());
			throw new JRException("the exporter failed");
		})).isInstanceOf(JRException.class);

		assertThat(Files.readAllBytes(pdf)).isEqualTo(before);
		try (Stream<Path> files = Files.list(folder)) {
			assertThat(files).containsExactly(pdf);
		}
	}

	@Test
	void rendersConcurrentlyAndPutsTheDefaultLocaleBack() throws Exception {
		Locale before = Locale.getDefault();
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<Path>> pages = new ArrayList<>();
			for (String code : chiangRai.codes()) {
				pages.add(pool.submit(() -> {
					Path pdf = folder.resolve("district-" + code + ".pdf");
					renderer.renderDistrict(chiangRai.district(code), ChiangRaiReports.MEMO, pdf);
					return pdf;
				}));
			}
			Future<?> summary = pool.submit(() -> renderer.renderSummary(chiangRai.summary(), ChiangRaiReports.MEMO,
					ChiangRaiReports.NUMBER, ChiangRaiReports.CSV, folder.resolve("s.pdf")));
			summary.get();
			for (int i = 0; i < pages.size(); i++) {
				String code = chiangRai.codes().get(i);
				assertThat(Pdfs.text(pages.get(i).get()))
					.contains("อำเภอ" + chiangRai.name(code) + " จังหวัดเชียงราย (รหัส " + code + ")");
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(Locale.getDefault()).isEqualTo(before);
	}

	private static void assertEveryCharacterIsInSarabun(String text) throws IOException {
		for (String style : List.of("Regular", "Bold")) {
			try (InputStream in = ReportRendererTests.class
				.getResourceAsStream("/fonts/sarabun/Sarabun-" + style + ".ttf");
					TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
				CmapLookup cmap = font.getUnicodeCmapLookup();
				text.codePoints()
					.filter(c -> !Character.isWhitespace(c))
					.forEach(c -> assertThat(cmap.getGlyphId(c))
						.as("glyph for U+%04X '%s' in Sarabun-%s", c, Character.toString(c), style)
						.isNotZero());
			}
		}
	}

}
