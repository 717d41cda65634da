package th.go.cdd.clickreport.memo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.cdd.clickreport.support.MariaDbDatabase;

/**
 * Memo settings and document numbers on the real MariaDB server, numbers taken from many
 * threads at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class MemoRepositoryIntegrationTests {

	@DynamicPropertySource
	static void db(DynamicPropertyRegistry registry) {
		MariaDbDatabase.register(registry, MemoRepositoryIntegrationTests.class);
	}

	@Autowired
	MemoRepository memos;

	@Test
	void chiangRaiShipsWithItsLetterAndAnUnconfiguredProvinceGetsABlankSignature() {
		MemoSettings chiangRai = memos.settings("57");
		assertThat(chiangRai.configured()).isTrue();
		assertThat(chiangRai.numberPrefix()).isEqualTo("ขร ๐๐๑๙.๓/");
		assertThat(chiangRai.signatureLine()).isEqualTo("(นางอำไพ บัวระดก)");
		assertThat(chiangRai.positionLines()).containsExactly("พัฒนาการจังหวัด ปฏิบัติราชการแทน",
				"ผู้ว่าราชการจังหวัดเชียงราย");
		assertThat(chiangRai.department())
			.isEqualTo("สำนักงานพัฒนาชุมชนจังหวัดเชียงราย กลุ่มงานสารสนเทศการพัฒนาชุมชน โทร. ๐-๕๑๗-๗๓๕๐");

		MemoSettings chiangMai = memos.settings("50");
		assertThat(chiangMai.configured()).isFalse();
		assertThat(chiangMai.signatureLine()).isEqualTo(MemoSettings.BLANK_SIGNATORY);
		assertThat(chiangMai.positionLines()).containsExactly("พัฒนาการจังหวัดเชียงใหม่");
		assertThat(chiangMai.department()).isEqualTo("สำนักงานพัฒนาชุมชนจังหวัดเชียงใหม่");
	}

	@Test
	void savedSettingsAreReadBack() {
		MemoSettings lamphun = new MemoSettings("51", "สำนักงานพัฒนาชุมชนจังหวัดลำพูน", "กลุ่มงานอำนวยการ",
				"0-5351-1234", "ลพ ๐๐๑๙.๑/", "นายทดสอบ ระบบ", List.of("พัฒนาการจังหวัดลำพูน"), true);
		memos.save(lamphun, "admin");
		assertThat(memos.settings("51")).isEqualTo(lamphun);

		MemoSettings changed = new MemoSettings("51", "สำนักงานพัฒนาชุมชนจังหวัดลำพูน", "กลุ่มงานสารสนเทศ",
				"0-5351-9999", "ลพ ๐๐๑๙.๓/", "นางทดสอบ ระบบ",
				List.of("พัฒนาการจังหวัด ปฏิบัติราชการแทน", "ผู้ว่าราชการจังหวัดลำพูน"), true);
		memos.save(changed, "admin");
		assertThat(memos.settings("51")).isEqualTo(changed);
	}

	@Test
	void aMonthKeepsItsNumberAndAnotherRunMakesItARevisedIssue() {
		MemoNumber may = memos.issue("52", YearMonth.of(2024, 5), LocalDate.of(2024, 6, 16), 101, "grades-" + 101);
		MemoNumber june = memos.issue("52", YearMonth.of(2024, 6), LocalDate.of(2024, 7, 16), 102, "grades-" + 102);
		assertThat(may).isEqualTo(new MemoNumber(2567, 1, 0));
		assertThat(june).isEqualTo(new MemoNumber(2567, 2, 0));

		// a restart of the same run is the same issue; a re-run with other grades is the
		// next revision of the
		// same number, a re-run with the same grades the same issue
		assertThat(memos.issue("52", YearMonth.of(2024, 5), LocalDate.of(2024, 6, 16), 101, "grades-" + 101))
			.isEqualTo(may);
		assertThat(memos.issue("52", YearMonth.of(2024, 5), LocalDate.of(2024, 6, 18), 102, "grades-" + 101))
			.isEqualTo(may);
		assertThat(memos.issue("52", YearMonth.of(2024, 5), LocalDate.of(2024, 6, 20), 103, "grades-" + 103))
			.isEqualTo(new MemoNumber(2567, 1, 1));
		assertThat(memos.issue("52", YearMonth.of(2024, 5), LocalDate.of(2025, 1, 5), 104, "grades-" + 104))
			.isEqualTo(new MemoNumber(2567, 1, 2));

		// a new Buddhist-Era year starts at 1 again; another province has its own numbers
		assertThat(memos.issue("52", YearMonth.of(2024, 12), LocalDate.of(2025, 1, 16), 105, "grades-" + 105))
			.isEqualTo(new MemoNumber(2568, 1, 0));
		assertThat(memos.issue("53", YearMonth.of(2024, 5), LocalDate.of(2024, 6, 16), 106, "grades-" + 106))
			.isEqualTo(new MemoNumber(2567, 1, 0));
	}

	@Test
	void concurrentRunsOfSeveralProvincesGetEveryNumberOnce() throws Exception {
		List<String> provinces = List.of("60", "61", "62");
		ExecutorService pool = Executors.newFixedThreadPool(12);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Map.Entry<String, MemoNumber>>> issued = new ArrayList<>();
			long run = 1000;
			for (String province : provinces) {
				for (int month = 1; month <= 10; month++) {
					YearMonth ym = YearMonth.of(2024, month);
					// each month asked for twice at once: as a partition retried while
					// the first still runs
					for (int copy = 0; copy < 2; copy++) {
						long thisRun = run;
						issued.add(pool.submit(() -> {
							start.await();
							return Map.entry(province + "/" + ym,
									memos.issue(province, ym, LocalDate.of(2024, 11, 16), thisRun, "grades"));
						}));
					}
					run++;
				}
			}
			start.countDown();
			Map<String, Set<MemoNumber>> byMonth = new TreeMap<>();
			for (Future<Map.Entry<String, MemoNumber>> f : issued) {
				Map.Entry<String, MemoNumber> e = f.get();
				byMonth.computeIfAbsent(e.getKey(), k -> ConcurrentHashMap.newKeySet()).add(e.getValue());
			}
			// both askers of a month got the same number, and each province's months got
			// 1..10
			assertThat(byMonth).hasSize(30).allSatisfy((month, numbers) -> assertThat(numbers).hasSize(1));
			for (String province : provinces) {
				Set<Integer> numbers = byMonth.entrySet()
					.stream()
					.filter(e -> e.getKey().startsWith(province + "/"))
					.map(e -> e.getValue().iterator().next().number())
					.collect(Collectors.toSet());
				assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 10).boxed().toList());
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
