package th.go.cdd.clickreport.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import th.go.cdd.clickreport.rubric.DistrictMonth.ServiceEntry;

/**
 * The rules of SPEC §6 as the pure validators hold them, for the CSV import and the
 * online form alike: every rule, each way a value is typed, and how each source names its
 * fields and words its reasons.
 */
class EntryRulesTests {

	static final List<String> SERVICES = List.of("SHOP", "KNOWLEDGE", "SAGE", "FUNDING", "TRAVEL", "CAREER108",
			"NEWS_EVENT");

	static final Map<String, String> TAMBONS = Map.of("570101", "5701", "570102", "5701", "570201", "5702");

	static final Function<String, Integer> NONE = code -> null;

	@Nested
	class Header {

		@Test
		void aWholeRowReadsEveryField() {
			Checked<HeaderRules.Header> h = HeaderRules.csv("2024-05", "2024-06-10T09:30:00+07:00", "4", "3");
			assertThat(h.ok()).isTrue();
			assertThat(h.value())
				.isEqualTo(new HeaderRules.Header(YearMonth.of(2024, 5), Instant.parse("2024-06-10T02:30:00Z"), 4, 3));
		}

		@Test
		void thaiDigitsBuddhistYearsAndNoOffsetAreRead() {
			Checked<HeaderRules.Header> h = HeaderRules.csv("๒๕๖๗-๐๕", "2567-06-10 09:30", "๔", "๓");
			assertThat(h.ok()).isTrue();
			assertThat(h.value())
				.isEqualTo(new HeaderRules.Header(YearMonth.of(2024, 5), Instant.parse("2024-06-10T02:30:00Z"), 4, 3));
		}

		@Test
		void anUnreadableMonthIsTakenFromSubmittedAtAndSaysSo() {
			Checked<HeaderRules.Header> h = HeaderRules.csv("May", "2024-06-10T09:30:00+07:00", "4", "3");
			assertThat(h.ok()).isFalse();
			assertThat(h.value().month()).isEqualTo(YearMonth.of(2024, 5));
			assertThat(h.messages()).containsExactly("report_month “May” ไม่ใช่เดือนที่ถูกต้อง (YYYY-MM)"
					+ " จึงถือเป็นรายงานประจำเดือนพฤษภาคม 2567 ซึ่งเป็นเดือนก่อนเดือนที่ส่งรายงาน (submitted_at)");
		}

		@Test
		void unreadableMonthAndSubmittedAtAreBothReasons() {
			Checked<HeaderRules.Header> h = HeaderRules.csv("", "yesterday", "4", "3");
			assertThat(h.value().month()).isNull();
			assertThat(h.problems()).extracting(Problem::field)
				.containsExactly(EntryField.REPORT_MONTH, EntryField.SUBMITTED_AT);
			assertThat(h.messages()).containsExactly("ไม่ได้ระบุ report_month",
					"submitted_at “yesterday” ไม่ใช่วันเวลาที่ถูกต้อง (รูปแบบ ISO เช่น 2024-06-10T09:30:00+07:00)");
		}

		@ParameterizedTest(name = "total {0}, downloaded {1}: {2}")
		@CsvSource(delimiter = '|',
				value = { "1|0|", "1|1|", "5|4|", "5|5|", "0|0|officials_total (0) ต้องไม่น้อยกว่า 1",
						"-2|0|officials_total (-2) ต้องไม่น้อยกว่า 1", "4|-1|officials_downloaded (-1) ต้องไม่ติดลบ",
						"4|5|officials_downloaded (5) มากกว่า officials_total (4)",
						"x|1|officials_total “x” ไม่ใช่จำนวนเต็ม", "4|2.5|officials_downloaded “2.5” ไม่ใช่จำนวนเต็ม",
						"'  '|1|ไม่ได้ระบุ officials_total", "0|5|officials_total (0) ต้องไม่น้อยกว่า 1" })
		void officials(String total, String downloaded, String reason) {
			Checked<HeaderRules.Officials> o = HeaderRules.officials(total, downloaded, EntrySource.CSV);
			if (reason == null) {
				assertThat(o.ok()).isTrue();
			}
			else {
				assertThat(o.messages()).containsExactly(reason);
			}
		}

		@Test
		void bothOfficialsProblemsAreSaidAtOnce() {
			assertThat(HeaderRules.officials("0", "-1", EntrySource.CSV).messages())
				.containsExactly("officials_total (0) ต้องไม่น้อยกว่า 1", "officials_downloaded (-1) ต้องไม่ติดลบ");
		}

		@Test
		void theFormNamesTheFieldsInThai() {
			assertThat(HeaderRules.officials("4", "5", EntrySource.FORM).messages())
				.containsExactly("จำนวนหัวหน้าส่วนราชการที่ดาวน์โหลดแอป (5) มากกว่า จำนวนหัวหน้าส่วนราชการทั้งหมด (4)");
			assertThat(HeaderRules.officials(null, "1", EntrySource.FORM).problems())
				.containsExactly(new Problem(EntryField.OFFICIALS_TOTAL, "ไม่ได้ระบุ จำนวนหัวหน้าส่วนราชการทั้งหมด"));
		}

		@Test
		void aMonthAlone() {
			assertThat(HeaderRules.month("2567-5", EntrySource.FORM).value()).isEqualTo(YearMonth.of(2024, 5));
			assertThat(HeaderRules.month("2024-13", EntrySource.FORM).messages())
				.containsExactly("เดือนที่รายงาน “2024-13” ไม่ใช่เดือนที่ถูกต้อง (YYYY-MM)");
		}

	}

	@Nested
	class Services {

		@ParameterizedTest(name = "{0},{1} → {2},{3}")
		@CsvSource({ "TRUE,FALSE,true,false", "y,n,true,false", "Yes,No,true,false", "1,0,true,false",
				"ใช่,ไม่ใช่,true,false", "true,true,true,true" })
		void yesAndNoAsTyped(String relevant, String updated, boolean r, boolean u) {
			Checked<ServiceEntry> s = ServiceRules.check(" shop ", relevant, updated, SERVICES, NONE, EntrySource.CSV);
			assertThat(s.value()).isEqualTo(new ServiceEntry("SHOP", r, u));
		}

		@Test
		void anUnknownOrMissingCodeIsRejectedListingTheKnownOnes() {
			assertThat(ServiceRules.check("NETFLIX", "TRUE", "TRUE", SERVICES, NONE, EntrySource.CSV).messages())
				.containsExactly(
						"ไม่รู้จักรหัสบริการ “NETFLIX” (รหัสที่ใช้ได้: SHOP, KNOWLEDGE, SAGE, FUNDING, TRAVEL, "
								+ "CAREER108, NEWS_EVENT)");
			assertThat(ServiceRules.check("", "TRUE", "TRUE", SERVICES, NONE, EntrySource.CSV).messages())
				.containsExactly("ไม่ได้ระบุ service_code");
		}

		@Test
		void aServiceTwiceInOneReportIsRejected() {
			Function<String, Integer> shopAtLine3 = code -> code.equals("SHOP") ? 3 : null;
			assertThat(ServiceRules.check("SHOP", "TRUE", "TRUE", SERVICES, shopAtLine3, EntrySource.CSV).messages())
				.containsExactly("บริการ SHOP ซ้ำกับบรรทัดที่ 3 ของรายงานเดียวกัน");
			assertThat(ServiceRules.check("SHOP", "TRUE", "TRUE", SERVICES, shopAtLine3, EntrySource.FORM).messages())
				.containsExactly("บริการ SHOP ซ้ำกับรายการที่ 3");
		}

		@Test
		void everyProblemOfTheRowIsSaid() {
			Checked<ServiceEntry> s = ServiceRules.check("XYZ", "maybe", "", SERVICES, NONE, EntrySource.CSV);
			assertThat(s.value()).isNull();
			assertThat(s.problems()).extracting(Problem::field)
				.containsExactly(EntryField.SERVICE_CODE, EntryField.RELEVANT, EntryField.UPDATED);
			assertThat(s.messages().get(1)).isEqualTo(
					"relevant “maybe” ต้องระบุเป็นใช่หรือไม่ใช่ (ใช้ได้: TRUE/FALSE, Y/N, YES/NO, 1/0, ใช่/ไม่ใช่)");
			assertThat(s.messages().get(2)).isEqualTo("ไม่ได้ระบุ updated");
		}

	}

	@Nested
	class PrItems {

		@Test
		void severalChannelsOnceEachInOrder() {
			Checked<PrItemRules.PrItem> p = PrItemRules.csv("2024-05-03", "facebook; LINE;;FACEBOOK;", "ข่าว");
			assertThat(p.ok()).isTrue();
			assertThat(p.value().channels()).containsExactly("FACEBOOK", "LINE");
			assertThat(p.value().publishedOn()).isEqualTo(LocalDate.of(2024, 5, 3));
		}

		@Test
		void everyChannelOfSpec2IsKnown() {
			assertThat(PrItemRules.check("2024-05-03", PrChannel.CODES, false, "", null, EntrySource.FORM).ok())
				.isTrue();
		}

		@Test
		void unknownChannelsAreRejectedWithAHintWhenCommasSeparatedThem() {
			assertThat(PrItemRules.csv("2024-05-03", "FACEBOOK;MYSPACE", "x").messages()).containsExactly(
					"ไม่รู้จักรหัสช่องทาง “MYSPACE” (รหัสที่ใช้ได้: FACEBOOK, LINE, TIKTOK, YOUTUBE, WEBSITE, RADIO, TV,"
							+ " PRINT, BROADCAST_TOWER, MEETING, OTHER)");
			assertThat(PrItemRules.csv("2024-05-03", "FACEBOOK,LINE", "x").messages())
				.containsExactly("ไม่รู้จักรหัสช่องทาง “FACEBOOK,LINE” (ให้ใช้เครื่องหมาย ; คั่นระหว่างช่องทาง)");
		}

		@Test
		void noChannelIsRejected() {
			assertThat(PrItemRules.csv("2024-05-03", " ; ", "x").messages())
				.containsExactly("ไม่ได้ระบุช่องทาง (channels)");
			assertThat(PrItemRules.check("2024-05-03", List.of(), false, "x", null, EntrySource.FORM).messages())
				.containsExactly("ไม่ได้เลือกช่องทาง (เลือกได้หลายช่องทาง)");
		}

		@ParameterizedTest
		@ValueSource(strings = { "2024-02-30", "2024-13-01", "03/05/2024", "2024-05", "เมื่อวาน" })
		void anUnreadableDateIsRejected(String date) {
			assertThat(PrItemRules.csv(date, "LINE", "x").messages())
				.containsExactly("published_on “" + date + "” ไม่ใช่วันที่ที่ถูกต้อง (YYYY-MM-DD)");
		}

		@Test
		void thaiDigitsAndBuddhistYearsInDates() {
			assertThat(PrItemRules.csv("๒๕๖๗-๐๕-๒๐", "LINE", "x").value().publishedOn())
				.isEqualTo(LocalDate.of(2024, 5, 20));
			assertThat(PrItemRules.csv("2024-5-2", "LINE", "x").value().publishedOn())
				.isEqualTo(LocalDate.of(2024, 5, 2));
		}

		@Test
		void aTitleOverTheColumnIsCutWithAWarningInACsvAndRefusedOnTheForm() {
			String title = "ก".repeat(PrItemRules.MAX_TITLE) + "ข";
			Checked<PrItemRules.PrItem> csv = PrItemRules.csv("2024-05-03", "LINE", title);
			assertThat(csv.ok()).isTrue();
			assertThat(csv.value().title()).hasSize(500).doesNotContain("ข");
			assertThat(csv.warnings()).containsExactly(
					new Problem(EntryField.TITLE, "title ยาวเกิน 500 ตัวอักษร จึงบันทึกไว้เพียง 500 ตัวอักษรแรก"));

			Checked<PrItemRules.PrItem> form = PrItemRules.check("2024-05-03", List.of("LINE"), false, title, null,
					EntrySource.FORM);
			assertThat(form.messages()).containsExactly("ชื่อเรื่องยาวเกิน 500 ตัวอักษร");
			assertThat(PrItemRules.check("2024-05-03", List.of("LINE"), false, "ก".repeat(500), null, EntrySource.FORM)
				.ok()).isTrue();
		}

		@ParameterizedTest
		@ValueSource(
				strings = { "https://www.facebook.com/cdd/posts/1", "http://cdd.go.th/news?id=5", "HTTPS://X.ORG" })
		void httpAndHttpsLinksAreTaken(String link) {
			assertThat(
					PrItemRules.check("2024-05-03", List.of("LINE"), false, "x", link, EntrySource.FORM).value().link())
				.isEqualTo(link);
		}

		@ParameterizedTest
		@ValueSource(strings = { "javascript:alert(1)", "ftp://files.example.org/a", "www.facebook.com/cdd", "http://",
				"data:text/html,x", "https://exa mple.org" })
		void otherLinksAreRefused(String link) {
			assertThat(PrItemRules.check("2024-05-03", List.of("LINE"), false, "x", link, EntrySource.FORM).problems())
				.extracting(Problem::field)
				.containsExactly(EntryField.LINK);
		}

		@Test
		void aBlankLinkIsNoLink() {
			assertThat(
					PrItemRules.check("2024-05-03", List.of("LINE"), false, "x", " ", EntrySource.FORM).value().link())
				.isNull();
		}

	}

	@Nested
	class Activities {

		@Test
		void aHeadCountIsOptional() {
			assertThat(ActivityRules.check("2024-05-09", "อบรม", "", EntrySource.CSV).value().participants()).isNull();
			assertThat(ActivityRules.check("2024-05-09", "อบรม", "๔๕", EntrySource.CSV).value().participants())
				.isEqualTo(45);
			assertThat(ActivityRules.check("2024-05-09", "อบรม", "0", EntrySource.FORM).value().participants())
				.isZero();
		}

		@Test
		void aWrongHeadCountIsDroppedWithAWarningInACsvAndRefusedOnTheForm() {
			Checked<ActivityRules.Activity> csv = ActivityRules.check("2024-05-09", "อบรม", "-3", EntrySource.CSV);
			assertThat(csv.ok()).isTrue();
			assertThat(csv.value().participants()).isNull();
			assertThat(csv.warnings()).extracting(Problem::message)
				.containsExactly(
						"participants “-3” ไม่ใช่จำนวนเต็มตั้งแต่ 0 ขึ้นไป จึงบันทึกกิจกรรมนี้โดยไม่ระบุจำนวนผู้เข้าร่วม");
			assertThat(ActivityRules.check("2024-05-09", "อบรม", "many", EntrySource.FORM).messages())
				.containsExactly("จำนวนผู้เข้าร่วม “many” ต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป");
		}

		@Test
		void anUnreadableDateIsRejectedAndItsWarningsAreNotGiven() {
			Checked<ActivityRules.Activity> a = ActivityRules.check("", "ก".repeat(501), "-1", EntrySource.CSV);
			assertThat(a.messages()).containsExactly("ไม่ได้ระบุ held_on");
			assertThat(a.warnings()).isEmpty();
		}

	}

	@Nested
	class Downloads {

		@Test
		void aSubDistrictOfTheDistrict() {
			Checked<DownloadRules.Download> d = DownloadRules.check("๕๗๐๑๐๑", "1,234", "5701", TAMBONS, NONE,
					EntrySource.CSV);
			assertThat(d.value()).isEqualTo(new DownloadRules.Download("570101", 1234));
			assertThat(DownloadRules.check("570101", "0", "5701", TAMBONS, NONE, EntrySource.CSV).ok()).isTrue();
		}

		@Test
		void aSubDistrictOfAnotherDistrictIsRejected() {
			assertThat(DownloadRules.check("570201", "9", "5701", TAMBONS, NONE, EntrySource.CSV).messages())
				.containsExactly("ตำบล 570201 อยู่ในอำเภอ 5702 ไม่ใช่อำเภอ 5701");
		}

		@Test
		void anUnknownOrMissingSubDistrictIsRejected() {
			assertThat(DownloadRules.check("579999", "9", "5701", TAMBONS, NONE, EntrySource.CSV).messages())
				.containsExactly("ไม่รู้จักรหัสตำบล “579999”");
			assertThat(DownloadRules.check("", "9", "5701", TAMBONS, NONE, EntrySource.FORM).messages())
				.containsExactly("ไม่ได้ระบุ รหัสตำบล");
		}

		@Test
		void aSubDistrictTwiceIsRejected() {
			assertThat(DownloadRules.check("570101", "9", "5701", TAMBONS, code -> 4, EntrySource.CSV).messages())
				.containsExactly("ตำบล 570101 ซ้ำกับบรรทัดที่ 4 ของรายงานเดียวกัน");
			assertThat(DownloadRules.check("570101", "9", "5701", TAMBONS, code -> 2, EntrySource.FORM).messages())
				.containsExactly("ตำบล 570101 ซ้ำกับรายการที่ 2");
		}

		@Test
		void negativeOrUnreadableDownloadsAreRejected() {
			assertThat(DownloadRules.check("570101", "-4", "5701", TAMBONS, NONE, EntrySource.CSV).messages())
				.containsExactly("ยอดดาวน์โหลดติดลบ (-4)");
			assertThat(DownloadRules.check("570101", "12.5", "5701", TAMBONS, NONE, EntrySource.CSV).messages())
				.containsExactly("downloads “12.5” ไม่ใช่จำนวนเต็ม");
			assertThat(DownloadRules.check("570101", "", "5701", TAMBONS, NONE, EntrySource.FORM).messages())
				.containsExactly("ไม่ได้ระบุ ยอดดาวน์โหลด");
		}

		@Test
		void withoutAKnownReportOnlyTheCodeAndNumberAreChecked() {
			assertThat(DownloadRules.check("570201", "9", null, TAMBONS, code -> 1, EntrySource.CSV).ok()).isTrue();
		}

	}

}
