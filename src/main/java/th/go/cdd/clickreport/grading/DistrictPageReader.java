package th.go.cdd.clickreport.grading;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.PagingQueryProvider;

import th.go.cdd.clickreport.rubric.DistrictMonth;

/**
 * Pages through the districts of a partition by code and reads the submissions of a whole
 * page at once. Restart state is the paging reader's own (items read), so a restart
 * resumes at the first district of the chunk that failed.
 */
class DistrictPageReader extends JdbcPagingItemReader<GradingInput> {

	private final SubmissionReader submissions;

	private final YearMonth month;

	private final Instant cutoff;

	DistrictPageReader(DataSource dataSource, PagingQueryProvider query, SubmissionReader submissions, YearMonth month,
			Instant cutoff) {
		super(dataSource, query);
		this.submissions = submissions;
		this.month = month;
		this.cutoff = cutoff;
	}

	@Override
	protected void doReadPage() {
		super.doReadPage();
		List<DistrictToGrade> districts = results.stream().map(GradingInput::district).toList();
		Map<String, DistrictMonth> facts = submissions.readAll(districts, month, cutoff);
		results.replaceAll(item -> new GradingInput(item.district(), facts.get(item.district().code())));
	}

}
