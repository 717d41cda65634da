package th.go.cdd.clickreport.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class DeliveryTextTests {

	static final YearMonth MAY = YearMonth.of(2024, 5);

	@Test
	void theSummaryNamesTheProvinceTheThaiMonthAndWhatIsAttached() {
		DeliveryText.Text text = DeliveryText.summary("เชียงราย", MAY,
				List.of("summary-57-2024-05.pdf", "grades-57-2024-05.csv"), false, 12);
		assertThat(text.subject())
			.isEqualTo("ผลการจัดระดับการขับเคลื่อน Click ชุมชน จังหวัดเชียงราย ประจำเดือนพฤษภาคม 2567");
		assertThat(text.body()).startsWith("เรียน ผู้ว่าราชการจังหวัดเชียงราย")
			.contains("- summary-57-2024-05.pdf : บันทึกข้อความสรุปผลการจัดระดับของจังหวัด (PDF)")
			.contains("- grades-57-2024-05.csv : ผลการจัดระดับรายอำเภอ (CSV")
			.contains("จึงเรียนมาเพื่อโปรดทราบ")
			.contains("การประมวลผลครั้งที่ 12")
			.doesNotContain("ฉบับนี้แนบเฉพาะไฟล์ที่เปลี่ยนแปลง");
		assertThat(DeliveryText.summary("เชียงราย", MAY, List.of("grades-57-2024-05.csv"), true, 13).subject())
			.endsWith("(ฉบับปรับปรุง)");
	}

	@Test
	void aDistrictGetsItsPageAndAReminderHasTheDeadlineAndTheLink() {
		DeliveryText.Text page = DeliveryText.district("เวียงชัย", "เชียงราย", MAY, "district-5702-2024-05.pdf", false,
				12);
		assertThat(page.subject())
			.isEqualTo("รายงานผลการจัดระดับ Click ชุมชน อำเภอเวียงชัย จังหวัดเชียงราย ประจำเดือนพฤษภาคม 2567");
		assertThat(page.body()).startsWith("เรียน พัฒนาการอำเภอเวียงชัย").contains("district-5702-2024-05.pdf");

		DeliveryText.Text reminder = DeliveryText.reminder("เชียงของ", "เชียงราย", MAY, LocalDate.of(2024, 6, 15),
				"https://click.example.go.th/report/5703/2024-05");
		assertThat(reminder.subject()).contains("อำเภอเชียงของ").contains("พฤษภาคม 2567");
		assertThat(reminder.body()).contains("ภายในวันที่ 15 มิถุนายน 2567")
			.contains("https://click.example.go.th/report/5703/2024-05");
	}

}
