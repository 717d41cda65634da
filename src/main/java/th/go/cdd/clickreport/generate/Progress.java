package th.go.cdd.clickreport.generate;

import java.time.YearMonth;
import java.util.Map;

import th.go.cdd.clickreport.submission.BundleFile;

/**
 * Reported after each province of each month.
 *
 * @param districtMonthsDone districts × months written so far, of
 * {@code districtMonthsTotal}
 * @param rows data rows written so far per file
 */
public record Progress(YearMonth month, String provinceCode, String provinceName, int districts,
		long districtMonthsDone, long districtMonthsTotal, Map<BundleFile, Long> rows) {

	public int percent() {
		return districtMonthsTotal == 0 ? 100 : (int) (districtMonthsDone * 100 / districtMonthsTotal);
	}

}
