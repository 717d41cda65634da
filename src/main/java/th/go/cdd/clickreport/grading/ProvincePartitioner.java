package th.go.cdd.clickreport.grading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** One partition per province of a run (for what is made per province: the grades CSV and the summary). */
class ProvincePartitioner implements Partitioner {

	static final String PROVINCE = "province";

	private final List<String> provinces;

	ProvincePartitioner(List<String> provinces) {
		this.provinces = provinces;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (String province : provinces) {
			ExecutionContext context = new ExecutionContext();
			context.putString(PROVINCE, province);
			partitions.put("p" + province, context);
		}
		return partitions;
	}

}
