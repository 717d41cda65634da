package th.go.cdd.clickreport.report;

import java.time.LocalDate;
import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** The outputs of one province for a graded month: the grades CSV and the governor's summary PDF. */
public class ProvinceOutputsTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ProvinceOutputsTasklet.class);

	private final GradesCsvWriter gradesCsv;

	private final ReportDataRepository reportData;

	private final ReportRenderer renderer;

	private final OutputLayout layout;

	private final String province;

	private final YearMonth month;

	private final LocalDate issuedOn;

	public ProvinceOutputsTasklet(GradesCsvWriter gradesCsv, ReportDataRepository reportData, ReportRenderer renderer,
			OutputLayout layout, String province, YearMonth month, LocalDate issuedOn) {
		this.gradesCsv = gradesCsv;
		this.reportData = reportData;
		this.renderer = renderer;
		this.layout = layout;
		this.province = province;
		this.month = month;
		this.issuedOn = issuedOn;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		long run = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
		int rows = gradesCsv.write(province, month);
		renderer.renderSummary(reportData.summary(province, month, issuedOn), layout.summaryPdf(province, month));
		contribution.incrementWriteCount(rows);
		log.info("Province {} month {} run {}: wrote the grades CSV ({} districts) and the summary PDF", province,
				month, run, rows);
		return RepeatStatus.FINISHED;
	}

}
