package th.go.cdd.clickreport.report;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import th.go.cdd.clickreport.memo.MemoNumber;
import th.go.cdd.clickreport.memo.MemoRepository;
import th.go.cdd.clickreport.memo.MemoSettings;

/**
 * The outputs of the provinces of a partition for a graded month: for each, the grades
 * CSV and the governor's summary PDF, a memo with the province's document number (given
 * at the first run of the month, kept by later runs as revised issues) and the CSV
 * embedded. Files are replaced whole, so a restart that makes them again is harmless.
 */
public class ProvinceOutputsTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ProvinceOutputsTasklet.class);

	private final GradesCsvWriter gradesCsv;

	private final ReportDataRepository reportData;

	private final ReportRenderer renderer;

	private final OutputLayout layout;

	private final MemoRepository memos;

	private final List<String> provinces;

	private final YearMonth month;

	private final LocalDate issuedOn;

	public ProvinceOutputsTasklet(GradesCsvWriter gradesCsv, ReportDataRepository reportData, ReportRenderer renderer,
			OutputLayout layout, MemoRepository memos, List<String> provinces, YearMonth month, LocalDate issuedOn) {
		this.gradesCsv = gradesCsv;
		this.reportData = reportData;
		this.renderer = renderer;
		this.layout = layout;
		this.memos = memos;
		this.provinces = List.copyOf(provinces);
		this.month = month;
		this.issuedOn = issuedOn;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		long run = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
		Map<String, Integer> written = new LinkedHashMap<>();
		// every file of the partition on disk together before the step's transaction
		// commits
		try (OutputLayout.Batch files = OutputLayout.batch()) {
			for (String province : provinces) {
				GradesCsvWriter.Csv csv = gradesCsv.read(province, month);
				files.write(layout.gradesCsv(province, month), out -> out.write(csv.bytes()));
				written.put(province, csv.rows());
				SummaryReport summary = reportData.summary(province, month, issuedOn);
				MemoSettings settings = memos.settings(province);
				MemoNumber number = memos.issue(province, month, issuedOn, run, sha256(csv.bytes()));
				files.write(layout.summaryPdf(province, month),
						out -> renderer.renderSummary(summary, settings, number, csv.bytes(), out));
				log.info("Province {} month {} run {}: memo number {}/{}{}", province, month, run, number.number(),
						number.buddhistYear(), number.revision() == 0 ? "" : ", revised issue " + number.revision());
			}
			files.commit();
		}
		written.forEach((province, rows) -> {
			contribution.incrementWriteCount(rows);
			log.info("Province {} month {} run {}: wrote the grades CSV ({} districts) and the summary PDF", province,
					month, run, rows);
		});
		return RepeatStatus.FINISHED;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
