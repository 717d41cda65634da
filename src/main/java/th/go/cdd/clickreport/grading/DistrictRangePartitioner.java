package th.go.cdd.clickreport.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Cuts the districts of a run, in code order, into ranges of at most {@code maxDistricts}: a large
 * province is split into several ranges, small neighbouring provinces share one. District codes begin
 * with their province's code, so a range of codes is also a range of provinces. Each partition
 * names its first and last district code.
 *
 * <p>Ranges are of equal size (give or take one district), and their number is a multiple of the
 * grid size (the threads, or the workers expected) when there are enough districts: 928 districts in
 * ranges of at most 50 on 2 threads make 20 ranges of 46–47, not 18 of 50 and one of 28, so no
 * thread waits alone for the last partition.
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
		if (provinces.isEmpty()) {
			return Map.of();
		}
		// One query for the whole run; district codes begin with their province's, so code order keeps
		// each province's districts together.
		List<String> codes = new NamedParameterJdbcTemplate(jdbc).queryForList(
				"SELECT code FROM district WHERE province_code IN (:provinces) ORDER BY code",
				Map.of("provinces", provinces), String.class);
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (List<String> range : ranges(codes, maxDistricts, gridSize)) {
			ExecutionContext context = new ExecutionContext();
			String first = range.get(0);
			String last = range.get(range.size() - 1);
			context.putString(FIRST, first);
			context.putString(LAST, last);
			partitions.put("d" + first + "-" + last, context);
		}
		return partitions;
	}

	/**
	 * {@code codes} (in order) cut into consecutive ranges of at most {@code maxDistricts}, as equal as
	 * can be, their number rounded up to a multiple of {@code gridSize} while every range keeps a
	 * district.
	 */
	static List<List<String>> ranges(List<String> codes, int maxDistricts, int gridSize) {
		int n = codes.size();
		if (n == 0) {
			return List.of();
		}
		int count = (n + maxDistricts - 1) / Math.max(1, maxDistricts);
		if (gridSize > 1) {
			int rounded = (count + gridSize - 1) / gridSize * gridSize;
			count = Math.min(n, rounded);
		}
		List<List<String>> ranges = new ArrayList<>(count);
		int from = 0;
		for (int i = 0; i < count; i++) {
			// the first n % count ranges take one district more
			int size = n / count + (i < n % count ? 1 : 0);
			ranges.add(codes.subList(from, from + size));
			from += size;
		}
		return ranges;
	}

}
