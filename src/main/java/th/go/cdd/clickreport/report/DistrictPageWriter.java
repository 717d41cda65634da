package th.go.cdd.clickreport.report;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import th.go.cdd.clickreport.memo.MemoRepository;
import th.go.cdd.clickreport.memo.MemoSettings;

/**
 * Renders the page of each district of a chunk. Files are replaced whole (written, then
 * moved), so a chunk that is retried or restarted renders the same files again and leaves
 * nothing half-written; they are on disk before the chunk commits.
 */
public class DistrictPageWriter implements ItemWriter<DistrictPage> {

	private final ReportDataRepository reportData;

	private final ReportRenderer renderer;

	private final OutputLayout layout;

	private final MemoRepository memos;

	private final YearMonth month;

	private final LocalDate issuedOn;

	public DistrictPageWriter(ReportDataRepository reportData, ReportRenderer renderer, OutputLayout layout,
			MemoRepository memos, YearMonth month, LocalDate issuedOn) {
		this.reportData = reportData;
		this.renderer = renderer;
		this.layout = layout;
		this.memos = memos;
		this.month = month;
		this.issuedOn = issuedOn;
	}

	@Override
	public void write(Chunk<? extends DistrictPage> pages) throws IOException {
		// the whole chunk's data in a fixed number of queries, then one PDF per district,
		// all forced to
		// disk together before the chunk commits
		try (OutputLayout.Batch files = OutputLayout.batch()) {
			Map<String, MemoSettings> settings = new HashMap<>();
			for (DistrictReport report : reportData.districts(month, List.copyOf(pages.getItems()), issuedOn)) {
				MemoSettings memo = settings.computeIfAbsent(report.provinceCode(), memos::settings);
				files.write(layout.districtPdf(report.provinceCode(), report.districtCode(), month),
						out -> renderer.renderDistrict(report, memo, out));
			}
			files.commit();
		}
	}

}
