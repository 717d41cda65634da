package th.go.cdd.clickreport.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cuts the districts of a run, in code order, into ranges of at most {@code maxDistricts}: a large
 * province is split into several ranges, small neighbouring provinces share one. District codes begin
 * with their province's code, so a range of codes is also a range of provinces. Each partition
 * names its first and last district code.
 */
class DistrictRangePartitioner implements Partitioner {

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
		List<String> codes = new ArrayList<>();
		for (String province : provinces) {
			codes.addAll(jdbc.queryForList("SELECT code FROM district WHERE province_code = ? ORDER BY code",
					String.class, province));
		}
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int from = 0; from < codes.size(); from += maxDistricts) {
			int to = Math.min(codes.size(), from + maxDistricts) - 1;
			ExecutionContext context = new ExecutionContext();
			context.putString(FIRST, codes.get(from));
			context.putString(LAST, codes.get(to));
			partitions.put("d" + codes.get(from) + "-" + codes.get(to), context);
		}
		return partitions;
	}

}
