package th.go.cdd.clickreport.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Receives the rows of one month's area query (a district's rows are consecutive) and
 * writes each district as soon as its last sub-district has been read.
 */
final class MonthWriter implements RowCallbackHandler {

	private final long seed;

	private final BundleWriter writer;

	private final GeneratedCounts counts;

	private final Map<String, String> provinceNames;

	private final Consumer<Progress> progress;

	private final long total;

	private YearMonth month;

	private District district;

	private int provinceDistricts;

	MonthWriter(long seed, BundleWriter writer, GeneratedCounts counts, Map<String, String> provinceNames,
			Consumer<Progress> progress, long total) {
		this.seed = seed;
		this.writer = writer;
		this.counts = counts;
		this.provinceNames = provinceNames;
		this.progress = progress;
		this.total = total;
	}

	void start(YearMonth month) {
		this.month = month;
		this.district = null;
		this.provinceDistricts = 0;
	}

	@Override
	public void processRow(ResultSet rs) throws SQLException {
		String code = rs.getString(1);
		if (district == null || !district.code().equals(code)) {
			String province = rs.getString(2);
			if (district != null) {
				write(district);
				if (!district.provinceCode().equals(province)) {
					reportProvince();
				}
			}
			district = new District(code, province, rs.getString(3), new ArrayList<>());
		}
		String subdistrict = rs.getString(4);
		if (subdistrict != null) {
			district.subdistricts().add(new District.Subdistrict(subdistrict, rs.getString(5)));
		}
	}

	void finish() {
		if (district != null) {
			write(district);
			reportProvince();
		}
	}

	private void write(District d) {
		try {
			for (SimulatedSubmission submission : SubmissionSimulator.simulate(seed, d, month, counts)) {
				writer.write(submission);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		provinceDistricts++;
	}

	private void reportProvince() {
		String code = district.provinceCode();
		progress.accept(new Progress(month, code, provinceNames.get(code), provinceDistricts, counts.districtMonths,
				total, writer.rows()));
		provinceDistricts = 0;
	}

}
