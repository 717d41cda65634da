package th.go.cdd.clickreport.generate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * One submission as the online system would export it: its row of submissions.csv and its
 * detail rows.
 */
record SimulatedSubmission(String id, String districtCode, YearMonth month, OffsetDateTime submittedAt,
		int officialsTotal, int officialsDownloaded, List<ServiceRow> services, List<PrRow> prItems,
		List<ActivityRow> activities, List<DownloadRow> downloads) {

	record ServiceRow(String serviceCode, boolean relevant, boolean updated) {
	}

	/**
	 * @param channels channel codes separated by {@code ;}
	 */
	record PrRow(LocalDate publishedOn, String channels, String title) {
	}

	record ActivityRow(LocalDate heldOn, String title, int participants) {
	}

	record DownloadRow(String tambonCode, int downloads) {
	}

	int totalDownloads() {
		return downloads.stream().mapToInt(DownloadRow::downloads).sum();
	}

}
