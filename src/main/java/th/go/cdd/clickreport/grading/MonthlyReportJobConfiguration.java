package th.go.cdd.clickreport.grading;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.batch.infrastructure.item.database.support.SqlPagingQueryProviderFactoryBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;

import th.go.cdd.clickreport.area.Areas;
import th.go.cdd.clickreport.common.BangkokTime;
import th.go.cdd.clickreport.grade.Grades;
import th.go.cdd.clickreport.report.DistrictPage;
import th.go.cdd.clickreport.report.DistrictPageWriter;
import th.go.cdd.clickreport.report.GradesCsvWriter;
import th.go.cdd.clickreport.report.OutputLayout;
import th.go.cdd.clickreport.report.ProvinceOutputsTasklet;
import th.go.cdd.clickreport.memo.MemoRepository;
import th.go.cdd.clickreport.report.ReportDataRepository;
import th.go.cdd.clickreport.report.ReportRenderer;
import th.go.cdd.clickreport.report.ReportSettings;
import th.go.cdd.clickreport.rubric.Rubric;
import th.go.cdd.clickreport.rubric.RubricRepository;

/**
 * {@code monthlyReportJob}: grade every district of a province for a month, then write
 * the outputs. Province and month are the identifying parameters, so a month is one job
 * instance; a deliberate re-run adds an identifying {@code rerun} number. Step and reader
 * names are stable: they live in the batch tables and carry restart state.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BatchSettings.class)
class MonthlyReportJobConfiguration {

	static final String JOB_NAME = "monthlyReportJob";

	static final String PROVINCE = "province";

	static final String MONTH = "month";

	static final String RERUN = "rerun";

	@Bean
	Job monthlyReportJob(JobRepository jobRepository, Step gradeStep, Step provinceOutputsStep, Step districtPagesStep,
			RunRecords records, Grades grades, Areas areas, Clock clock, OutputLayout layout, RunOwner owner) {
		DefaultJobParametersValidator validator = new DefaultJobParametersValidator(new String[] { PROVINCE, MONTH },
				new String[] { RERUN });
		return new JobBuilder(JOB_NAME, jobRepository).validator(validator)
			.listener(new GradingRunListener(records, grades, areas, clock, layout.root().toString(), owner))
			.listener(new UnfinishedFilesCleanup(layout, areas))
			.start(gradeStep)
			.next(provinceOutputsStep)
			.next(districtPagesStep)
			.build();
	}

	/**
	 * Grading, partitioned by province and by district ranges inside a large province;
	 * the partitions run on a bounded pool of {@code click.batch.threads} threads. Each
	 * partition writes its own districts, so the result is the same as a single-threaded
	 * run.
	 */
	@Bean
	Step gradeStep(JobRepository jobRepository, Step gradeDistrictsStep, DistrictRangePartitioner gradePartitioner,
			PartitionHandlers partitionHandlers, RunRecords records) throws Exception {
		return new StepBuilder("gradeStep", jobRepository).partitioner("gradeDistrictsStep", gradePartitioner)
			.splitter(new PartitionSplitter(jobRepository, "gradeDistrictsStep", gradePartitioner, records::isRestart))
			.partitionHandler(partitionHandlers.forStep("gradeDistrictsStep", gradeDistrictsStep))
			.build();
	}

	@Bean
	@StepScope
	DistrictRangePartitioner gradePartitioner(Areas areas, @Value("#{jobParameters['province']}") String province,
			BatchSettings batch) {
		return new DistrictRangePartitioner(areas, ProvinceSelection.codes(province, areas),
				batch.gradePartitionDistricts());
	}

	@Bean
	Step gradeDistrictsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DistrictPageReader districtReader, GradeItemProcessor gradeItemProcessor, Grades grades, Clock clock,
			ProgressListener<GradingInput, GradedDistrict> gradeProgress, BatchSettings batch) {
		return new StepBuilder("gradeDistrictsStep", jobRepository)
			.<GradingInput, GradedDistrict>chunk(batch.chunkSize())
			.transactionManager(transactionManager)
			.reader(districtReader)
			.processor(gradeItemProcessor)
			.writer(new GradeItemWriter(grades, clock))
			.listener(gradeProgress)
			// A lock conflict between partitions is transient: the chunk is tried again.
			.faultTolerant()
			.retry(PessimisticLockingFailureException.class)
			.retryLimit(3)
			.build();
	}

	/**
	 * The districts of one partition by code, a page (= a chunk) at a time with their
	 * submissions; the position is saved for restarts.
	 */
	@Bean
	@StepScope
	DistrictPageReader districtReader(DataSource dataSource, Areas areas, SubmissionReader submissions,
			@Value("#{jobParameters['province']}") String province, @Value("#{jobParameters['month']}") String month,
			@Value("#{stepExecution.jobExecution.startTime}") LocalDateTime jobStart,
			@Value("#{stepExecutionContext['firstDistrict']}") String firstDistrict,
			@Value("#{stepExecutionContext['lastDistrict']}") String lastDistrict, BatchSettings batch)
			throws Exception {
		// Submissions that arrive after the run started belong to the next run (SPEC §5:
		// LATE is "before the run").
		Instant cutoff = jobStart.atZone(ZoneId.systemDefault()).toInstant();
		SqlPagingQueryProviderFactoryBean query = new SqlPagingQueryProviderFactoryBean();
		query.setDataSource(dataSource);
		query.setSelectClause("SELECT d.code, d.province_code, d.name_th, "
				+ "(SELECT COUNT(*) FROM subdistrict s WHERE s.district_code = d.code) AS subdistricts");
		query.setFromClause("FROM district d");
		Map<String, Object> parameters = new HashMap<>(Map.of("first", firstDistrict, "last", lastDistrict));
		if (ProvinceSelection.ALL.equals(province)) {
			query.setWhereClause("WHERE d.code BETWEEN :first AND :last");
		}
		else {
			// A range of codes may pass over provinces that are not in the run.
			query.setWhereClause("WHERE d.code BETWEEN :first AND :last AND d.province_code IN (:provinces)");
			parameters.put("provinces", ProvinceSelection.codes(province, areas));
		}
		query.setSortKeys(Map.of("code", Order.ASCENDING));
		DistrictPageReader reader = new DistrictPageReader(dataSource, query.getObject(), submissions,
				YearMonth.parse(month), cutoff);
		reader.setName("districtReader");
		reader.setParameterValues(parameters);
		reader.setPageSize(batch.chunkSize());
		reader.setRowMapper((rs, i) -> new GradingInput(new DistrictToGrade(rs.getString("code"),
				rs.getString("province_code"), rs.getString("name_th"), rs.getInt("subdistricts")), null));
		reader.afterPropertiesSet();
		return reader;
	}

	@Bean
	@StepScope
	GradeItemProcessor gradeItemProcessor(RubricRepository rubrics, @Value("#{jobParameters['month']}") String month,
			@Value("#{stepExecution.jobExecutionId}") long jobExecutionId) {
		YearMonth reportMonth = YearMonth.parse(month);
		Rubric rubric = rubrics.findInForce(reportMonth)
			.orElseThrow(() -> new IllegalStateException("No rubric is in force for " + month));
		return new GradeItemProcessor(rubric, reportMonth, jobExecutionId);
	}

	@Bean
	@StepScope
	ProgressListener<GradingInput, GradedDistrict> gradeProgress(
			@Value("#{stepExecutionContext['firstDistrict']}") String firstDistrict,
			@Value("#{stepExecutionContext['lastDistrict']}") String lastDistrict) {
		return new ProgressListener<>("graded districts " + firstDistrict + "–" + lastDistrict, "districtReader");
	}

	/**
	 * The grades CSV and the governor's summary of every province of the run,
	 * neighbouring small provinces together.
	 */
	@Bean
	Step provinceOutputsStep(JobRepository jobRepository, Step provinceOutputsWorkerStep,
			ProvincePartitioner provincePartitioner, PartitionHandlers partitionHandlers, RunRecords records)
			throws Exception {
		return new StepBuilder("provinceOutputsStep", jobRepository)
			.partitioner("provinceOutputsWorkerStep", provincePartitioner)
			.splitter(new PartitionSplitter(jobRepository, "provinceOutputsWorkerStep", provincePartitioner,
					records::isRestart))
			.partitionHandler(partitionHandlers.forStep("provinceOutputsWorkerStep", provinceOutputsWorkerStep))
			.build();
	}

	@Bean
	@StepScope
	ProvincePartitioner provincePartitioner(Areas areas, @Value("#{jobParameters['province']}") String province,
			BatchSettings batch) {
		return new ProvincePartitioner(areas, ProvinceSelection.codes(province, areas), batch.partitionDistricts());
	}

	@Bean
	Step provinceOutputsWorkerStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ProvinceOutputsTasklet provinceOutputsTasklet) {
		return new StepBuilder("provinceOutputsWorkerStep", jobRepository)
			.tasklet(provinceOutputsTasklet, transactionManager)
			.build();
	}

	@Bean
	@StepScope
	ProvinceOutputsTasklet provinceOutputsTasklet(GradesCsvWriter gradesCsv, ReportDataRepository reportData,
			ReportRenderer renderer, OutputLayout layout, MemoRepository memos,
			@Value("#{stepExecutionContext['provinces']}") String provinces,
			@Value("#{stepExecutionContext['province']}") String province,
			@Value("#{jobParameters['month']}") String month,
			@Value("#{stepExecution.jobExecution.startTime}") LocalDateTime jobStart) {
		return new ProvinceOutputsTasklet(gradesCsv, reportData, renderer, layout, memos,
				ProvincePartitioner.provinces(provinces, province), YearMonth.parse(month), issuedOn(jobStart));
	}

	/** The district pages, partitioned like the grading. */
	@Bean
	Step districtPagesStep(JobRepository jobRepository, Step districtPagesWorkerStep,
			DistrictRangePartitioner pagesPartitioner, PartitionHandlers partitionHandlers, RunRecords records)
			throws Exception {
		return new StepBuilder("districtPagesStep", jobRepository)
			.partitioner("districtPagesWorkerStep", pagesPartitioner)
			.splitter(new PartitionSplitter(jobRepository, "districtPagesWorkerStep", pagesPartitioner,
					records::isRestart))
			.partitionHandler(partitionHandlers.forStep("districtPagesWorkerStep", districtPagesWorkerStep))
			.build();
	}

	@Bean
	@StepScope
	DistrictRangePartitioner pagesPartitioner(Areas areas, @Value("#{jobParameters['province']}") String province,
			BatchSettings batch) {
		return new DistrictRangePartitioner(areas, ProvinceSelection.codes(province, areas),
				batch.partitionDistricts());
	}

	@Bean
	Step districtPagesWorkerStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JdbcPagingItemReader<DistrictPage> gradedDistrictReader, DistrictPageWriter districtPageWriter,
			ProgressListener<DistrictPage, DistrictPage> pagesProgress, ReportSettings report) {
		return new StepBuilder("districtPagesWorkerStep", jobRepository)
			.<DistrictPage, DistrictPage>chunk(report.chunkSize())
			.transactionManager(transactionManager)
			.reader(gradedDistrictReader)
			.writer(districtPageWriter)
			.listener(pagesProgress)
			.build();
	}

	/**
	 * The graded districts of one partition, by code; the position is saved for restarts.
	 */
	@Bean
	@StepScope
	JdbcPagingItemReader<DistrictPage> gradedDistrictReader(DataSource dataSource, Areas areas,
			@Value("#{jobParameters['province']}") String province, @Value("#{jobParameters['month']}") String month,
			@Value("#{stepExecutionContext['firstDistrict']}") String firstDistrict,
			@Value("#{stepExecutionContext['lastDistrict']}") String lastDistrict, ReportSettings report)
			throws Exception {
		Map<String, Object> parameters = new HashMap<>(
				Map.of("month", month, "first", firstDistrict, "last", lastDistrict));
		String where = "WHERE g.report_month = :month AND g.district_code BETWEEN :first AND :last";
		if (!ProvinceSelection.ALL.equals(province)) {
			where += " AND g.province_code IN (:provinces)";
			parameters.put("provinces", ProvinceSelection.codes(province, areas));
		}
		return new JdbcPagingItemReaderBuilder<DistrictPage>().name("gradedDistrictReader")
			.dataSource(dataSource)
			.selectClause("SELECT g.district_code, g.province_code")
			.fromClause("FROM grade g")
			.whereClause(where)
			.parameterValues(parameters)
			.sortKeys(Map.of("district_code", Order.ASCENDING))
			.pageSize(report.chunkSize())
			.rowMapper((rs, i) -> new DistrictPage(rs.getString("province_code"), rs.getString("district_code")))
			.build();
	}

	@Bean
	@StepScope
	DistrictPageWriter districtPageWriter(ReportDataRepository reportData, ReportRenderer renderer, OutputLayout layout,
			MemoRepository memos, @Value("#{jobParameters['month']}") String month,
			@Value("#{stepExecution.jobExecution.startTime}") LocalDateTime jobStart) {
		return new DistrictPageWriter(reportData, renderer, layout, memos, YearMonth.parse(month), issuedOn(jobStart));
	}

	@Bean
	@StepScope
	ProgressListener<DistrictPage, DistrictPage> pagesProgress(
			@Value("#{stepExecutionContext['firstDistrict']}") String firstDistrict,
			@Value("#{stepExecutionContext['lastDistrict']}") String lastDistrict) {
		return new ProgressListener<>("district pages " + firstDistrict + "–" + lastDistrict, "gradedDistrictReader");
	}

	/** The date printed on the documents: the day the run started, in Bangkok. */
	static LocalDate issuedOn(LocalDateTime jobStart) {
		return jobStart.atZone(ZoneId.systemDefault()).withZoneSameInstant(BangkokTime.ZONE).toLocalDate();
	}

}
