package th.go.cdd.clickreport.grading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Splits a run into partitions of one province each, and a large province into ranges of at most
 * {@code maxDistricts} districts, so that the pieces of a national month share a bounded thread pool
 * (or remote workers) evenly. Each partition names its province and first and last district code.
 */
class DistrictRangePartitioner implements Partitioner {

	static final String PROVINCE = "province";

	static final String FIRST = "firstDistrict";

	static final String LAST = "lastDistrict";

	private final JdbcTemplate jdbc;

	private final List<String> provinces;

	private final int maxDistricts;

	DistrictRangePartitioner(JdbcTemplate jdbc, List<String> provinces, int maxDistricts) {
		this.jdbc = jdbc;
		this.provinces = provinces;
		this.maxDistricts = maxDistricts;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (String province : provinces) {
			List<String> codes = jdbc.queryForList("SELECT code FROM district WHERE province_code = ? ORDER BY code",
					String.class, province);
			for (int from = 0, part = 0; from < codes.size(); from += maxDistricts, part++) {
				int to = Math.min(codes.size(), from + maxDistricts) - 1;
				ExecutionContext context = new ExecutionContext();
				context.putString(PROVINCE, province);
				context.putString(FIRST, codes.get(from));
				context.putString(LAST, codes.get(to));
				partitions.put("p" + province + "-" + part, context);
			}
		}
		return partitions;
	}

}
