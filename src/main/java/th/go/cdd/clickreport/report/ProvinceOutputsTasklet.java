package th.go.cdd.clickreport.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The outputs of the provinces of a partition for a graded month: for each, the grades CSV and the
 * governor's summary PDF. Files are replaced whole, so a restart that makes them again is harmless.
 */
public class ProvinceOutputsTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ProvinceOutputsTasklet.class);

	private final GradesCsvWriter gradesCsv;

	private final ReportDataRepository reportData;

	private final ReportRenderer renderer;

	private final OutputLayout layout;

	private final List<String> provinces;

	private final YearMonth month;

	private final LocalDate issuedOn;

	public ProvinceOutputsTasklet(GradesCsvWriter gradesCsv, ReportDataRepository reportData, ReportRenderer renderer,
			OutputLayout layout, List<String> provinces, YearMonth month, LocalDate issuedOn) {
		this.gradesCsv = gradesCsv;
		this.reportData = reportData;
		this.renderer = renderer;
		this.layout = layout;
		this.provinces = List.copyOf(provinces);
		this.month = month;
		this.issuedOn = issuedOn;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		long run = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
		Map<String, Integer> written = new LinkedHashMap<>();
		// every file of the partition on disk together before the step's transaction commits
		try (OutputLayout.Batch files = OutputLayout.batch()) {
			for (String province : provinces) {
				written.put(province, gradesCsv.write(province, month, files));
				SummaryReport summary = reportData.summary(province, month, issuedOn);
				files.write(layout.summaryPdf(province, month), out -> renderer.renderSummary(summary, out));
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

}
