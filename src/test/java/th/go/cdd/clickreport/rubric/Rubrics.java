package th.go.cdd.clickreport.rubric;

import java.time.LocalDate;
import java.util.List;

import th.go.cdd.clickreport.rubric.LevelRule.ServicesRule;

/**
 * Test fixtures: the default rubric of SPEC §4 (FY2567 Q3), as the V4 migration stores
 * it.
 */
public final class Rubrics {

	public static final List<String> SERVICES = List.of("SHOP", "KNOWLEDGE", "SAGE", "FUNDING", "TRAVEL", "CAREER108",
			"NEWS_EVENT");

	private Rubrics() {
	}

	public static Rubric fy2567q3() {
		return new Rubric(1, "FY2567-Q3", "เกณฑ์การจัดระดับ Click ชุมชน ไตรมาสที่ ๓ ปีงบประมาณ ๒๕๖๗",
				LocalDate.of(2024, 4, 1), null, 15, 10,
				List.of(new LevelRule("A", 80, false, ServicesRule.ALL, 2, 2, 2, true, 10),
						new LevelRule("B", 70, false, ServicesRule.ALL, 2, 2, 2, true, 8),
						new LevelRule("C", 60, false, ServicesRule.ALL, 1, 2, 1, true, 6)),
				new LevelRule("D", 0, true, ServicesRule.ANY, 1, 1, 1, true, 1),
				List.of(new ServiceDefinition("SHOP", "Shop ชุมชน"), new ServiceDefinition("KNOWLEDGE", "ความรู้ชุมชน"),
						new ServiceDefinition("SAGE", "ปราชญ์ชุมชน"), new ServiceDefinition("FUNDING", "มีทุน"),
						new ServiceDefinition("TRAVEL", "CDD พาเที่ยว"),
						new ServiceDefinition("CAREER108", "108 อาชีพ"),
						new ServiceDefinition("NEWS_EVENT", "ข่าว Event")));
	}

}
