package th.go.cdd.clickreport.generate;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What to generate: a bundle for every district of {@code provinces} (empty = every
 * province) for each month from {@code from} to {@code to}, drawn from {@code seed},
 * written into {@code dir}.
 *
 * @param force overwrite the bundle files of a folder that is not empty
 */
public record GenerateRequest(List<String> provinces, YearMonth from, YearMonth to, long seed, Path dir,
		boolean force) {

	public GenerateRequest {
		provinces = List.copyOf(provinces);
	}

	public boolean allProvinces() {
		return provinces.isEmpty();
	}

	public int months() {
		return (int) (from.until(to, ChronoUnit.MONTHS) + 1);
	}

}
