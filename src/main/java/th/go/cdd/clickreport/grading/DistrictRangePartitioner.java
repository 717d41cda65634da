package th.go.cdd.clickreport.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import th.go.cdd.clickreport.area.Areas;

/**
 * Cuts the districts of a run, in code order, into ranges of at most
 * {@code maxDistricts}: a large province is split into several ranges, small neighbouring
 * provinces share one. District codes begin with their province's code, so a range of
 * codes is also a range of provinces. Each partition names its first and last district
 * code, and holds every district between them: a range never passes over a province that
 * is not in the run, so that a page of a range is read as a range of codes
 * ({@code ImportedSubmissions.latest}).
 *
 * <p>
 * Ranges are of equal size (give or take one district), and their number is a multiple of
 * the grid size (the threads, or the workers expected) when there are enough districts:
 * 928 districts in ranges of at most 50 on 2 threads make 20 ranges of 46–47, not 18 of
 * 50 and one of 28, so no thread waits alone for the last partition.
 */
class DistrictRangePartitioner implements Partitioner {

	static final String FIRST = "firstDistrict";

	static final String LAST = "lastDistrict";

	private final Areas areas;

	private final List<String> provinces;

	private final int maxDistricts;

	DistrictRangePartitioner(Areas areas, List<String> provinces, int maxDistricts) {
		this.areas = areas;
		this.provinces = provinces;
		this.maxDistricts = maxDistricts;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		if (provinces.isEmpty()) {
			return Map.of();
		}
		// One query for the whole run; district codes begin with their province's, so
		// code order keeps
		// each province's districts together.
		List<District> districts = areas.districts()
			.stream()
			.map(d -> new District(d.code(), d.provinceCode()))
			.toList();
		List<List<String>> runs = runs(districts, Set.copyOf(provinces));
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (List<String> range : rangesOfRuns(runs, maxDistricts, gridSize)) {
			ExecutionContext context = new ExecutionContext();
			String first = range.get(0);
			String last = range.get(range.size() - 1);
			context.putString(FIRST, first);
			context.putString(LAST, last);
			partitions.put("d" + first + "-" + last, context);
		}
		return partitions;
	}

	/** A district and its province. */
	record District(String code, String province) {
	}

	/**
	 * The codes of the districts of {@code provinces}, in runs of neighbours: a run ends
	 * where a district of a province that is not in the run comes between.
	 */
	static List<List<String>> runs(List<District> districtsInCodeOrder, Set<String> provinces) {
		List<List<String>> runs = new ArrayList<>();
		List<String> run = new ArrayList<>();
		for (District district : districtsInCodeOrder) {
			if (provinces.contains(district.province())) {
				run.add(district.code());
			}
			else if (!run.isEmpty()) {
				runs.add(run);
				run = new ArrayList<>();
			}
		}
		if (!run.isEmpty()) {
			runs.add(run);
		}
		return runs;
	}

	/**
	 * {@code codes} (in order) cut into consecutive ranges of at most
	 * {@code maxDistricts}, as equal as can be, their number rounded up to a multiple of
	 * {@code gridSize} while every range keeps a district.
	 */
	static List<List<String>> ranges(List<String> codes, int maxDistricts, int gridSize) {
		return rangesOfRuns(List.of(codes), maxDistricts, gridSize);
	}

	/**
	 * Each run cut into consecutive ranges of at most {@code maxDistricts}, as equal as
	 * can be within a run; the number of ranges of all runs together is rounded up to a
	 * multiple of {@code gridSize} (while every range keeps a district), each range added
	 * going to the run whose ranges are largest.
	 */
	static List<List<String>> rangesOfRuns(List<List<String>> runs, int maxDistricts, int gridSize) {
		List<List<String>> nonEmpty = runs.stream().filter(run -> !run.isEmpty()).toList();
		int[] counts = new int[nonEmpty.size()];
		int total = 0;
		int districts = 0;
		for (int r = 0; r < counts.length; r++) {
			int n = nonEmpty.get(r).size();
			counts[r] = (n + maxDistricts - 1) / Math.max(1, maxDistricts);
			total += counts[r];
			districts += n;
		}
		int wanted = gridSize > 1 ? Math.min(districts, (total + gridSize - 1) / gridSize * gridSize) : total;
		for (; total < wanted; total++) {
			int largest = -1;
			for (int r = 0; r < counts.length; r++) {
				double perRange = (double) nonEmpty.get(r).size() / counts[r];
				boolean splittable = counts[r] < nonEmpty.get(r).size();
				if (splittable && (largest < 0 || perRange > (double) nonEmpty.get(largest).size() / counts[largest])) {
					largest = r;
				}
			}
			counts[largest]++;
		}
		List<List<String>> ranges = new ArrayList<>(total);
		for (int r = 0; r < counts.length; r++) {
			List<String> codes = nonEmpty.get(r);
			int n = codes.size();
			int from = 0;
			for (int i = 0; i < counts[r]; i++) {
				// the first n % count ranges take one district more
				int size = n / counts[r] + (i < n % counts[r] ? 1 : 0);
				ranges.add(codes.subList(from, from + size));
				from += size;
			}
		}
		return ranges;
	}

}
