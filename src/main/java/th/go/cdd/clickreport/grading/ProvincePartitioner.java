package th.go.cdd.clickreport.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import th.go.cdd.clickreport.area.Areas;

/**
 * Partitions for what is made per province (the grades CSV and the summary): neighbouring
 * provinces, in code order, share a partition while their districts add up to at most
 * {@code maxDistricts}, as the district ranges do; a larger province has one of its own.
 * A national run has about 25 partitions instead of 77: each partition is a step
 * execution, and creating one costs a dozen statements on the job repository, on the
 * manager's thread, before any partition starts.
 */
class ProvincePartitioner implements Partitioner {

	/** The comma list of the partition's province codes. */
	static final String PROVINCES = "provinces";

	/**
	 * The one province of a partition made before provinces were grouped (read when such
	 * a run is restarted).
	 */
	static final String PROVINCE = "province";

	private final Areas areas;

	private final List<String> provinces;

	private final int maxDistricts;

	ProvincePartitioner(Areas areas, List<String> provinces, int maxDistricts) {
		this.areas = areas;
		this.provinces = provinces;
		this.maxDistricts = maxDistricts;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, Integer> districts = areas.districtCounts();
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (List<String> group : groups(provinces, districts, maxDistricts)) {
			ExecutionContext context = new ExecutionContext();
			context.putString(PROVINCES, String.join(",", group));
			String name = group.size() == 1 ? group.get(0) : group.get(0) + "-" + group.get(group.size() - 1);
			partitions.put("p" + name, context);
		}
		return partitions;
	}

	/**
	 * The provinces in order, cut into groups of at most {@code maxDistricts} districts
	 * (or one larger province).
	 */
	static List<List<String>> groups(List<String> provinces, Map<String, Integer> districts, int maxDistricts) {
		List<List<String>> groups = new ArrayList<>();
		List<String> group = new ArrayList<>();
		int size = 0;
		for (String province : provinces) {
			int n = districts.getOrDefault(province, 0);
			if (!group.isEmpty() && size + n > maxDistricts) {
				groups.add(group);
				group = new ArrayList<>();
				size = 0;
			}
			group.add(province);
			size += n;
		}
		if (!group.isEmpty()) {
			groups.add(group);
		}
		return groups;
	}

	/** The provinces of a partition's context, of either form. */
	static List<String> provinces(String provinces, String province) {
		if (provinces != null && !provinces.isBlank()) {
			return List.of(provinces.split(","));
		}
		return List.of(province);
	}

}
