package th.go.cdd.clickreport.grading;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The splitter against Spring Batch's own JDBC job repository (on an embedded database
 * with Spring Batch's schema): the partitions a first execution creates, and a restart
 * that carries on from them.
 */
class PartitionSplitterTests {

	static final String WORKER = "gradeDistrictsStep";

	EmbeddedDatabase database;

	JobRepository stored;

	/** The stored repository, with its calls recorded. */
	JobRepository repository;

	final Partitioner twoRanges = gridSize -> {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		partitions.put("d1001-4520", context("1001", "4520"));
		partitions.put("d4601-9613", context("4601", "9613"));
		return partitions;
	};

	@BeforeEach
	void repository() throws Exception {
		database = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2)
			.generateUniqueName(true)
			.addScript("org/springframework/batch/core/schema-h2.sql")
			.build();
		JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
		factory.setDataSource(database);
		factory.setTransactionManager(new DataSourceTransactionManager(database));
		factory.afterPropertiesSet();
		stored = factory.getObject();
		repository = mock(JobRepository.class, delegatesTo(stored));
	}

	@AfterEach
	void shutdown() {
		database.shutdown();
	}

	@Test
	void aFirstExecutionCreatesThePartitionersPartitionsWithoutLookingForEarlierOnes() throws Exception {
		StepExecution manager = firstExecutionsGradeStep();
		JobExecution job = manager.getJobExecution();

		Set<StepExecution> partitions = new PartitionSplitter(repository, WORKER, twoRanges, id -> false).split(manager,
				2);

		verify(repository, never()).getLastStepExecution(any(), anyString());
		assertThat(partitions).extracting(StepExecution::getStepName)
			.containsExactlyInAnyOrder(WORKER + ":d1001-4520", WORKER + ":d4601-9613");
		// as stored: a restart reads them back from there
		for (StepExecution partition : partitions) {
			StepExecution read = stored.getStepExecution(partition.getId());
			assertThat(read.getJobExecutionId()).isEqualTo(job.getId());
			assertThat(read.getExecutionContext().getString(DistrictRangePartitioner.FIRST))
				.isEqualTo(partition.getStepName().endsWith("d1001-4520") ? "1001" : "4601");
		}
		assertThat(stored.getStepExecution(manager.getId()).getExecutionContext().getLong(PartitionSplitter.GRID_SIZE))
			.isEqualTo(2);
	}

	@Test
	void aRestartCarriesOnWithThePartitionsThatDidNotComplete() throws Exception {
		StepExecution firstManager = firstExecutionsGradeStep();
		JobExecution first = firstManager.getJobExecution();
		Map<String, StepExecution> earlier = new PartitionSplitter(repository, WORKER, twoRanges, id -> false)
			.split(firstManager, 2)
			.stream()
			.collect(Collectors.toMap(StepExecution::getStepName, s -> s));
		StepExecution done = earlier.get(WORKER + ":d1001-4520");
		end(done, BatchStatus.COMPLETED);
		StepExecution failed = earlier.get(WORKER + ":d4601-9613");
		failed.getExecutionContext().putInt("districtReader.read.count", 200);
		stored.updateExecutionContext(failed);
		end(failed, BatchStatus.FAILED);
		end(firstManager, BatchStatus.FAILED);
		first.setStatus(BatchStatus.FAILED);
		first.setEndTime(LocalDateTime.now());
		stored.update(first);

		JobExecution restart = stored.createJobExecution(first.getJobInstance(), parameters(), new ExecutionContext());
		StepExecution manager = stored.createStepExecution("gradeStep", restart);
		// what Spring Batch's step handler gives a restarted step
		manager.setExecutionContext(stored.getStepExecution(firstManager.getId()).getExecutionContext());

		Set<StepExecution> partitions = new PartitionSplitter(repository, WORKER, twoRanges,
				id -> id == restart.getId())
			.split(manager, 2);

		verify(repository, atLeastOnce()).getLastStepExecution(any(), anyString());
		assertThat(partitions).singleElement().satisfies(partition -> {
			assertThat(partition.getStepName()).isEqualTo(WORKER + ":d4601-9613");
			assertThat(partition.getJobExecutionId()).isEqualTo(restart.getId());
			assertThat(partition.getExecutionContext().getInt("districtReader.read.count")).isEqualTo(200);
		});
	}

	/** The grading step of a run's first execution, as stored when it begins. */
	private StepExecution firstExecutionsGradeStep() {
		JobParameters parameters = parameters();
		JobInstance instance = stored.createJobInstance("monthlyReportJob", parameters);
		JobExecution job = stored.createJobExecution(instance, parameters, new ExecutionContext());
		return stored.createStepExecution("gradeStep", job);
	}

	private void end(StepExecution execution, BatchStatus status) {
		execution.setStartTime(LocalDateTime.now());
		execution.setStatus(status);
		execution.setEndTime(LocalDateTime.now());
		stored.update(execution);
	}

	private static JobParameters parameters() {
		return new JobParametersBuilder().addString("province", "all").addString("month", "2024-04").toJobParameters();
	}

	private static ExecutionContext context(String first, String last) {
		ExecutionContext context = new ExecutionContext();
		context.putString(DistrictRangePartitioner.FIRST, first);
		context.putString(DistrictRangePartitioner.LAST, last);
		return context;
	}

}
