package th.go.cdd.clickreport.submission;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import th.go.cdd.clickreport.common.ThaiFormat;

/**
 * The wording of every reason an import stores (import_issue.reason,
 * submission.invalid_reason): Thai, because district officials read them in their PDF.
 * What officials see in their own files stays as it is there: file and column names,
 * codes, and the values as typed (quoted).
 * <p>
 * A rejected row may have several problems; each method here words one, and
 * {@link #rejected(List)} makes them one reason that ends as the grader's own notes do
 * ("… จึงไม่นับ").
 */
final class ImportReasons {

	private static final String BOOLEANS = "TRUE/FALSE, Y/N, YES/NO, 1/0, ใช่/ไม่ใช่";

	private static final String SEPARATOR = "; ";

	private ImportReasons() {
	}

	// ---- whole reasons

	/** The problems of a rejected row, and that it is not counted. */
	static String rejected(List<String> problems) {
		return String.join(SEPARATOR, problems) + " จึงไม่นับ";
	}

	/** The problems of a submission that is stored but cannot be graded (INVALID). */
	static String invalid(List<String> problems) {
		return String.join(SEPARATOR, problems);
	}

	// ---- values of any column

	static String empty(String column) {
		return "ไม่ได้ระบุ " + column;
	}

	static String notWholeNumber(String column, String raw) {
		return raw.isEmpty() ? empty(column) : column + " " + CsvValues.quote(raw) + " ไม่ใช่จำนวนเต็ม";
	}

	static String notYesNo(String column, String raw) {
		return raw.isEmpty() ? empty(column)
				: column + " " + CsvValues.quote(raw) + " ต้องระบุเป็นใช่หรือไม่ใช่ (ใช้ได้: " + BOOLEANS + ")";
	}

	static String notDate(String column, String raw) {
		return raw.isEmpty() ? empty(column)
				: column + " " + CsvValues.quote(raw) + " ไม่ใช่วันที่ที่ถูกต้อง (YYYY-MM-DD)";
	}

	static String notMonth(String column, String raw) {
		return raw.isEmpty() ? empty(column) : column + " " + CsvValues.quote(raw) + " ไม่ใช่เดือนที่ถูกต้อง (YYYY-MM)";
	}

	static String notDateTime(String column, String raw) {
		return raw.isEmpty() ? empty(column) : column + " " + CsvValues.quote(raw)
				+ " ไม่ใช่วันเวลาที่ถูกต้อง (รูปแบบ ISO เช่น 2024-06-10T09:30:00+07:00)";
	}

	// ---- CSV structure

	static String fieldCount(int expected, int found) {
		return "จำนวนช่องข้อมูลไม่ตรงกับหัวตาราง (ต้องมี " + expected + " ช่อง พบ " + found + " ช่อง)";
	}

	static String unclosedQuote() {
		return "เครื่องหมายคำพูด (\") ที่เปิดในบรรทัดนี้ไม่มีเครื่องหมายปิดจนจบไฟล์"
				+ " (บรรทัดถัดไปอ่านแยกเป็นแถวของตนเอง)";
	}

	static String textAfterClosingQuote() {
		return "รูปแบบ CSV ไม่ถูกต้อง มีข้อความต่อท้ายเครื่องหมายคำพูดปิด (\")";
	}

	static String malformedRow() {
		return "รูปแบบ CSV ไม่ถูกต้อง อ่านแถวนี้ไม่ได้";
	}

	// ---- files

	static String fileMissing(BundleFile file) {
		return "ไม่มีไฟล์ " + file.fileName() + " ในชุดข้อมูล จึงไม่ได้นำเข้า" + contents(file);
	}

	static String fileEmpty(BundleFile file) {
		return "ไฟล์ " + file.fileName() + " ว่างเปล่า จึงไม่ได้นำเข้า" + contents(file);
	}

	static String notUtf8(BundleFile file) {
		return "ไฟล์ " + file.fileName() + " ไม่ได้บันทึกเป็น UTF-8 จึงอ่านเป็น Windows-874 (TIS-620)"
				+ " ซึ่ง Excel บน Windows ภาษาไทยใช้บันทึกไฟล์ CSV โปรดตรวจสอบว่าข้อความภาษาไทยถูกต้อง";
	}

	static String noSubmissionRows() {
		return BundleFile.SUBMISSIONS.fileName() + " ไม่มีแถวข้อมูลรายงาน";
	}

	/** What a file holds, for "… จึงไม่ได้นำเข้าข้อมูลกิจกรรม". */
	private static String contents(BundleFile file) {
		return switch (file) {
			case SUBMISSIONS -> "รายงาน";
			case SERVICES -> "ข้อมูลบริการ";
			case PR_MEDIA -> "ข้อมูลสื่อประชาสัมพันธ์";
			case ACTIVITIES -> "ข้อมูลกิจกรรม";
			case TAMBON_DOWNLOADS -> "ข้อมูลยอดดาวน์โหลดรายตำบล";
		};
	}

	// ---- submissions.csv

	static String submissionIdTooLong(int max) {
		return "submission_id ยาวเกิน " + max + " ตัวอักษร";
	}

	static String duplicateSubmissionId(String id, int firstLine) {
		return "submission_id " + id + " ซ้ำกับบรรทัดที่ " + firstLine;
	}

	static String noDistrict() {
		return empty("district_code") + " ไม่ทราบว่าเป็นรายงานของอำเภอใด";
	}

	static String unknownDistrict(String raw) {
		return "ไม่รู้จักรหัสอำเภอ " + CsvValues.quote(raw) + " ไม่ทราบว่าเป็นรายงานของอำเภอใด";
	}

	/**
	 * Said after the report month's problem when the month is taken from submitted_at.
	 */
	static String monthAttributed(String problem, YearMonth month) {
		return problem + " จึงถือเป็นรายงานประจำเดือน" + ThaiFormat.month(month)
				+ " ซึ่งเป็นเดือนก่อนเดือนที่ส่งรายงาน (submitted_at)";
	}

	static String officialsTotalBelowOne(String name, int total) {
		return name + " (" + total + ") ต้องไม่น้อยกว่า 1";
	}

	static String officialsDownloadedNegative(String name, int downloaded) {
		return name + " (" + downloaded + ") ต้องไม่ติดลบ";
	}

	static String officialsDownloadedAboveTotal(String name, int downloaded, String totalName, int total) {
		return name + " (" + downloaded + ") มากกว่า " + totalName + " (" + total + ")";
	}

	// ---- detail files

	static String submissionRejected(String id, int line) {
		return "รายงาน " + id + " ไม่ผ่านการตรวจสอบ (" + BundleFile.SUBMISSIONS.fileName() + " บรรทัดที่ " + line + ")";
	}

	static String submissionNotInBundle(String id) {
		return "ไม่พบ submission_id " + id + " ใน " + BundleFile.SUBMISSIONS.fileName() + " ของชุดข้อมูลนี้";
	}

	static String unknownService(String raw, Collection<String> known) {
		return "ไม่รู้จักรหัสบริการ " + CsvValues.quote(raw) + " (รหัสที่ใช้ได้: " + String.join(", ", known) + ")";
	}

	static String duplicateService(String code, int first, EntrySource source) {
		return "บริการ " + code + " ซ้ำกับ" + earlier(first, source);
	}

	/**
	 * Where an entry was given before: a line of the same report's file, or an item of
	 * the form.
	 */
	private static String earlier(int first, EntrySource source) {
		return source == EntrySource.CSV ? "บรรทัดที่ " + first + " ของรายงานเดียวกัน" : "รายการที่ " + first;
	}

	/**
	 * @param quoted the unknown channels, each {@link CsvValues#quote quoted}
	 * @param commas whether the channels were separated by commas, which is then the
	 * likely mistake
	 */
	static String unknownChannels(List<String> quoted, boolean commas, Collection<String> known) {
		return "ไม่รู้จักรหัสช่องทาง " + String.join(", ", quoted) + (commas
				? " (ให้ใช้เครื่องหมาย ; คั่นระหว่างช่องทาง)" : " (รหัสที่ใช้ได้: " + String.join(", ", known) + ")");
	}

	static String noChannel(EntrySource source) {
		return source == EntrySource.CSV ? "ไม่ได้ระบุช่องทาง (channels)" : "ไม่ได้เลือกช่องทาง (เลือกได้หลายช่องทาง)";
	}

	/** A warning: the activity is kept. */
	static String participantsDropped(String raw) {
		return "participants " + CsvValues.quote(raw)
				+ " ไม่ใช่จำนวนเต็มตั้งแต่ 0 ขึ้นไป จึงบันทึกกิจกรรมนี้โดยไม่ระบุจำนวนผู้เข้าร่วม";
	}

	/** A warning: the row is kept with its title cut. */
	static String titleCut(int max) {
		return "title ยาวเกิน " + max + " ตัวอักษร จึงบันทึกไว้เพียง " + max + " ตัวอักษรแรก";
	}

	static String unknownTambon(String raw) {
		return "ไม่รู้จักรหัสตำบล " + CsvValues.quote(raw);
	}

	/**
	 * Short enough for one line of the district page's notes column: the district is the
	 * page's own.
	 */
	static String tambonOfAnotherDistrict(String tambon, String tambonDistrict, String submissionDistrict) {
		return "ตำบล " + tambon + " อยู่ในอำเภอ " + tambonDistrict + " ไม่ใช่อำเภอ " + submissionDistrict;
	}

	static String duplicateTambon(String tambon, int first, EntrySource source) {
		return "ตำบล " + tambon + " ซ้ำกับ" + earlier(first, source);
	}

	// ---- the form only

	static String tooLong(String name, int max) {
		return name + "ยาวเกิน " + max + " ตัวอักษร";
	}

	static String notHttpLink(String name, String raw) {
		return name + " " + CsvValues.quote(raw) + " ต้องเป็นที่อยู่เว็บที่ขึ้นต้นด้วย http:// หรือ https://";
	}

	static String notCount(String name, String raw) {
		return name + " " + CsvValues.quote(raw) + " ต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป";
	}

	static String negativeDownloads(int downloads) {
		return "ยอดดาวน์โหลดติดลบ (" + downloads + ")";
	}

}
