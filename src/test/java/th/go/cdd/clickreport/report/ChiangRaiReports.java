package th.go.cdd.clickreport.report;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import th.go.cdd.clickreport.memo.MemoNumber;
import th.go.cdd.clickreport.memo.MemoSettings;
import th.go.cdd.clickreport.report.DistrictReport.Item;
import th.go.cdd.clickreport.report.DistrictReport.Note;
import th.go.cdd.clickreport.report.SummaryReport.DistrictRow;
import th.go.cdd.clickreport.report.SummaryReport.MonthDownloads;
import th.go.cdd.clickreport.report.SummaryReport.Totals;
import th.go.cdd.clickreport.rubric.Note.Severity;
import th.go.cdd.clickreport.rubric.SubmissionStatus;
import th.go.cdd.clickreport.rubric.ThaiText;

/**
 * Report records for Chiang Rai (province 57), May 2024 (พฤษภาคม 2567), issued 16 June
 * 2024: its 18 districts with their names and sub-district counts from the reference
 * data, and a spread of levels, statuses and notes (Thai with stacked marks, and one long
 * paragraph) to render.
 */
final class ChiangRaiReports {

	static final YearMonth MONTH = YearMonth.of(2024, 5);

	static final LocalDate ISSUED_ON = LocalDate.of(2024, 6, 16);

	/**
	 * The memo settings Chiang Rai ships with (sql/common/V50), from the province's
	 * letter.
	 */
	static final MemoSettings MEMO = new MemoSettings("57", "สำนักงานพัฒนาชุมชนจังหวัดเชียงราย",
			"กลุ่มงานสารสนเทศการพัฒนาชุมชน", "๐-๕๑๗-๗๓๕๐", "ขร ๐๐๑๙.๓/", "นางอำไพ บัวระดก",
			List.of("พัฒนาการจังหวัด ปฏิบัติราชการแทน", "ผู้ว่าราชการจังหวัดเชียงราย"), true);

	/** The 123rd memo of the year 2567, first issue. */
	static final MemoNumber NUMBER = new MemoNumber(2567, 123, 0);

	/** A grades CSV to embed (its first lines). */
	static final byte[] CSV = ("\uFEFFdistrict_code,level,score,status\r\n5701,A,10,SUBMITTED\r\n")
		.getBytes(StandardCharsets.UTF_8);

	static final String RUBRIC = "เกณฑ์การจัดระดับ Click ชุมชน ไตรมาสที่ ๓ ปีงบประมาณ ๒๕๖๗";

	/**
	 * A note long enough to wrap over several lines, in words that are easy to split
	 * wrongly.
	 */
	static final String LONG_NOTE = "รายงานกิจกรรมที่จัดขึ้นเมื่อวันที่สามสิบเอ็ดพฤษภาคมไม่ได้ระบุจำนวนผู้เข้าร่วม"
			+ "และชื่อกิจกรรมซ้ำกับรายการที่ส่งมาแล้วในเดือนก่อน ผู้ใหญ่บ้านและผู้นำชุมชนในตำบลป่าก่อดำ"
			+ "ได้ช่วยประชาสัมพันธ์ร้านค้าผ้าฝ้ายทอมือผ่านหอกระจายข่าวทุกเช้า จึงขอให้สำนักงานพัฒนาชุมชนอำเภอ"
			+ "ตรวจสอบข้อมูลอีกครั้งและส่งรายงานฉบับแก้ไขภายในวันที่สิบห้าของเดือนถัดไป "
			+ "เพื่อความกตัญญูต่อแผ่นดินและน้ำใจของพี่น้องประชาชนที่อยู่ใต้ฟ้าเดียวกัน";

	/**
	 * Words whose marks stack or sit on tall consonants, and ฎ ฏ ญ with a vowel below.
	 */
	static final String MARKS = "ที่ ปี่ ผู้ น้ำ ป่า ฟ้า ฝ้าย ฎุ ฏุ ญู กตัญญู";

	private static final String[] LEVELS = { "A", "B", "C", "D", "A", "C", "B", "D", "C", "A", "D", "B", "C", "D", "B",
			"C", "D", "D" };

	private static final String[] PREVIOUS = { "A", "C", "C", "C", "B", null, "A", "D", "D", "A", "C", "B", "B", "D",
			"C", "C", "D", "D" };

	private final Map<String, String> names = new LinkedHashMap<>();

	private final Map<String, Integer> subdistricts = new TreeMap<>();

	ChiangRaiReports() {
		for (CSVRecord row : csv("reference/thai-admin/districts.csv")) {
			if (row.get("province_code").equals("57")) {
				names.put(row.get("code"), row.get("name_th"));
			}
		}
		for (CSVRecord row : csv("reference/thai-admin/subdistricts.csv")) {
			subdistricts.merge(row.get("district_code"), 1, Integer::sum);
		}
	}

	List<String> codes() {
		return List.copyOf(names.keySet());
	}

	String name(String code) {
		return names.get(code);
	}

	static SubmissionStatus status(String code) {
		return switch (code) {
			case "5714" -> SubmissionStatus.LATE;
			case "5717" -> SubmissionStatus.INVALID;
			case "5718" -> SubmissionStatus.NOT_SUBMITTED;
			default -> SubmissionStatus.SUBMITTED;
		};
	}

	String level(String code) {
		SubmissionStatus status = status(code);
		return status == SubmissionStatus.INVALID || status == SubmissionStatus.NOT_SUBMITTED ? "D"
				: LEVELS[codes().indexOf(code)];
	}

	static int score(String level, List<Boolean> floors) {
		return switch (level) {
			case "A" -> 10;
			case "B" -> 8;
			case "C" -> 6;
			default -> (int) floors.stream().filter(Boolean::booleanValue).count();
		};
	}

	/** Whether items 1–5 meet the top level's condition. */
	static List<Boolean> itemsMet(String level) {
		return switch (level) {
			case "A" -> List.of(true, true, true, true, true);
			case "B" -> List.of(false, true, true, true, true);
			case "C" -> List.of(false, true, false, false, true);
			default -> List.of(false, false, true, false, false);
		};
	}

	SummaryReport summary() {
		List<DistrictRow> rows = new ArrayList<>();
		int[] levels = new int[4];
		int late = 0;
		int notSubmitted = 0;
		int invalid = 0;
		for (String code : codes()) {
			String level = level(code);
			SubmissionStatus status = status(code);
			levels["ABCD".indexOf(level)]++;
			late += status == SubmissionStatus.LATE ? 1 : 0;
			notSubmitted += status == SubmissionStatus.NOT_SUBMITTED ? 1 : 0;
			invalid += status == SubmissionStatus.INVALID ? 1 : 0;
			boolean graded = status != SubmissionStatus.NOT_SUBMITTED && status != SubmissionStatus.INVALID;
			rows.add(new DistrictRow(code, name(code), status, level, graded ? score(level, floors(level)) : 0,
					graded ? itemsMet(level) : List.of(), PREVIOUS[codes().indexOf(code)]));
		}
		int tambons = subdistricts.entrySet()
			.stream()
			.filter(e -> names.containsKey(e.getKey()))
			.mapToInt(Map.Entry::getValue)
			.sum();
		Totals totals = new Totals(rows.size(), levels[0], levels[1], levels[2], levels[3],
				rows.size() - late - notSubmitted - invalid, late, notSubmitted, invalid, 1_093, 10 * tambons, tambons,
				66, 57);
		List<MonthDownloads> history = new ArrayList<>();
		int[] downloads = { 640, 702, 815, 950, 1_120, 1_093 };
		for (int i = 0; i < downloads.length; i++) {
			history.add(new MonthDownloads(MONTH.minusMonths(downloads.length - 1 - i), downloads[i], 10 * tambons));
		}
		return new SummaryReport("57", "เชียงราย", MONTH, ISSUED_ON, RUBRIC, rows, totals, history);
	}

	DistrictReport district(String code) {
		String level = level(code);
		SubmissionStatus status = status(code);
		int target = 10 * subdistricts.get(code);
		List<Boolean> met = itemsMet(level);
		String next = switch (level) {
			case "A" -> null;
			case "B" -> "A";
			case "C" -> "B";
			default -> "C";
		};
		List<Boolean> floors = floors(level);
		List<Item> items = List.of(
				new Item(1, ThaiText.ITEM_TITLES[0], met.get(0) ? "4/4 คน (ร้อยละ 100)" : "2/4 คน (ร้อยละ 50)", next,
						"ร้อยละ " + (next == null ? 80 : next.equals("A") ? 80 : next.equals("B") ? 70 : 60)
								+ " ขึ้นไป",
						met.get(0), floors.get(0)),
				new Item(2, ThaiText.ITEM_TITLES[1],
						"เป็นปัจจุบัน " + (met.get(1) ? "7 จาก 7" : "3 จาก 7") + " บริการที่เกี่ยวข้อง", next,
						"ทุกบริการที่เกี่ยวข้องเป็นปัจจุบัน", met.get(1), floors.get(1)),
				new Item(3, ThaiText.ITEM_TITLES[2], met.get(2) ? "3 ครั้ง 2 ช่องทาง" : "1 ครั้ง 1 ช่องทาง", next,
						"อย่างน้อย 2 ครั้ง 2 ช่องทาง", met.get(2), floors.get(2)),
				new Item(4, ThaiText.ITEM_TITLES[3], met.get(3) ? "2 กิจกรรม" : "0 กิจกรรม", next,
						"อย่างน้อย 2 กิจกรรม", met.get(3), floors.get(3)),
				new Item(5, ThaiText.ITEM_TITLES[4],
						(met.get(4) ? target + 12 : target / 2) + " ดาวน์โหลด (เป้าหมาย " + target + ")", next,
						"อย่างน้อย " + target + " ดาวน์โหลด", met.get(4), floors.get(4)));
		List<Note> notes = List.of(new Note(Severity.WARNING, "activities.csv:7", LONG_NOTE),
				new Note(Severity.REJECT, "tambon_downloads.csv:3", "ยอดดาวน์โหลดติดลบ (-4) จึงไม่นับ"),
				new Note(Severity.WARNING, "pr_media.csv:2",
						"วันที่เผยแพร่ 2024-04-30 อยู่นอกเดือนที่รายงาน: " + MARKS));
		LocalDateTime submittedAt = status == SubmissionStatus.LATE ? LocalDateTime.of(2024, 6, 16, 1, 15)
				: LocalDateTime.of(2024, 6, 14, 10, 30);
		if (status == SubmissionStatus.NOT_SUBMITTED) {
			return new DistrictReport("57", "เชียงราย", code, name(code), MONTH, ISSUED_ON, RUBRIC, status, "D", 0,
					null, List.of(), List.of());
		}
		if (status == SubmissionStatus.INVALID) {
			return new DistrictReport("57", "เชียงราย", code, name(code), MONTH, ISSUED_ON, RUBRIC, status, "D", 0,
					submittedAt, List.of(), List.of(new Note(Severity.INVALID, "submissions.csv:18",
							"จำนวนหัวหน้าส่วนราชการที่ดาวน์โหลด (5) มากกว่าจำนวนทั้งหมด (4)")));
		}
		return new DistrictReport("57", "เชียงราย", code, name(code), MONTH, ISSUED_ON, RUBRIC, status, level,
				score(level, floors), submittedAt, items, notes);
	}

	private static List<Boolean> floors(String level) {
		return level.equals("D") ? List.of(true, true, true, false, false) : List.of(true, true, true, true, true);
	}

	private static List<CSVRecord> csv(String resource) {
		try (Reader in = new InputStreamReader(ChiangRaiReports.class.getClassLoader().getResourceAsStream(resource),
				StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
