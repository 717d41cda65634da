package th.go.cdd.clickreport.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.area.Areas;
import th.go.cdd.clickreport.common.BangkokTime;

/**
 * Writes a realistic CSV bundle (SPEC §7) for every district of some provinces over a
 * range of months, the same bytes for the same request. The districts and sub-districts
 * are read from the reference tables one month at a time with a row callback, and each
 * district-month is written as soon as it is drawn, so memory does not grow with the
 * number of provinces or months.
 */
@Component
public class BundleGenerator {

	private final Areas areas;

	private final Clock clock;

	BundleGenerator(Areas areas, Clock clock) {
		this.areas = areas;
		this.clock = clock;
	}

	/**
	 * Checks the request and writes the bundle.
	 * @param progress told after each province of each month
	 * @throws GenerateRequestException when the request cannot be carried out as asked
	 */
	public BundleSummary generate(GenerateRequest request, Consumer<Progress> progress) throws IOException {
		long started = System.nanoTime();
		Map<String, String> provinces = check(request);
		Set<String> codes = request.allProvinces() ? null : provinces.keySet();
		long districts = areas.districtCount(codes);
		Files.createDirectories(request.dir());
		GeneratedCounts counts = new GeneratedCounts();
		List<BundleSummary.FileTotals> files;
		try (BundleWriter writer = new BundleWriter(request.dir())) {
			MonthWriter month = new MonthWriter(request.seed(), writer, counts, provinces, progress,
					districts * request.months());
			for (YearMonth m = request.from(); !m.isAfter(request.to()); m = m.plusMonths(1)) {
				month.start(m);
				areas.eachDistrictWithSubdistricts(codes, month);
				month.finish();
			}
			files = writer.finish();
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		return new BundleSummary(request.dir(), files, counts.snapshot(),
				Duration.ofNanos(System.nanoTime() - started));
	}

	/**
	 * The provinces asked for (code → Thai name), or a sentence saying what is wrong with
	 * the request.
	 */
	Map<String, String> check(GenerateRequest request) throws IOException {
		if (request.from().isAfter(request.to())) {
			throw new GenerateRequestException(
					"The first month " + request.from() + " is after the last month " + request.to() + ".");
		}
		YearMonth current = YearMonth.now(clock.withZone(BangkokTime.ZONE));
		if (request.to().isAfter(current)) {
			throw new GenerateRequestException("The month " + request.to() + " is after the current month " + current
					+ ": no district can have reported for it yet.");
		}
		if (request.seed() < 0) {
			throw new GenerateRequestException(
					"The seed " + request.seed() + " is negative: give a whole number from 0 up.");
		}
		Map<String, String> all = new TreeMap<>(areas.provinceNames());
		Map<String, String> chosen = new TreeMap<>(all);
		if (!request.allProvinces()) {
			List<String> unknown = request.provinces().stream().filter(p -> !all.containsKey(p)).distinct().toList();
			if (!unknown.isEmpty()) {
				throw new GenerateRequestException("There is no province with code" + (unknown.size() > 1 ? "s " : " ")
						+ String.join(", ", unknown)
						+ ": give codes of the province table such as 57 (เชียงราย), a list such as 57,50,10, or all.");
			}
			chosen.keySet().retainAll(request.provinces());
		}
		checkFolder(request.dir(), request.force());
		return chosen;
	}

	private static void checkFolder(Path dir, boolean force) throws IOException {
		if (Files.exists(dir) && !Files.isDirectory(dir)) {
			throw new GenerateRequestException(dir + " exists and is not a folder: give a new or empty folder.");
		}
		if (Files.isDirectory(dir) && !force) {
			try (Stream<Path> entries = Files.list(dir)) {
				if (entries.findAny().isPresent()) {
					throw new GenerateRequestException("The folder " + dir
							+ " is not empty: give a new or empty folder, or --force to replace its bundle files.");
				}
			}
		}
	}

}
