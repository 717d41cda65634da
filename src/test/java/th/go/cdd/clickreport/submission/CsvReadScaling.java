package th.go.cdd.clickreport.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows per second of reading a bundle file (digest and UTF-8 pass, header, rows handed to
 * the importer) at 10,000, 100,000 and 1,000,000 rows, one row in a hundred malformed
 * (text after a closing quote, wrong field count): the rate stays flat when reading is
 * linear. Not part of the build; run it on an otherwise idle machine and copy the lines
 * it prints into docs/PERFORMANCE.md:
 * <pre>./mvnw test -Dtest=CsvReadScaling -Dcsv.scaling=true</pre>
 */
class CsvReadScaling {

	@TempDir
	Path dir;

	@Test
	@EnabledIfSystemProperty(named = "csv.scaling", matches = "true")
	void rowsPerSecondStayFlatFromTenThousandToAMillionRows() throws Exception {
		read(write(20_000)); // warm-up: class loading and JIT
		for (int rows : new int[] { 10_000, 100_000, 1_000_000 }) {
			Path file = write(rows);
			long best = Long.MAX_VALUE;
			int[] seen = new int[2];
			for (int round = 0; round < 3; round++) {
				long start = System.nanoTime();
				seen = read(file);
				best = Math.min(best, System.nanoTime() - start);
			}
			assertThat(seen[0] + seen[1]).isEqualTo(rows);
			System.out.printf("csv-read: rows=%d bytes=%d malformed=%d best_of_3_ms=%d rows_per_s=%d%n", rows,
					Files.size(file), seen[1], best / 1_000_000, (long) (rows / (best / 1e9)));
		}
	}

	private Path write(int rows) throws Exception {
		Path path = dir.resolve("services-" + rows + ".csv");
		try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
			out.write("submission_id,service_code,relevant,updated,note\n");
			for (int i = 0; i < rows; i++) {
				String id = "CR-2024-05-" + (5700 + i % 900) + "-" + (i / 900);
				switch (i % 100) {
					case 37 -> out.write(id + ",\"SHOP\"x,ใช่,ใช่,\n");
					case 73 -> out.write(id + ",SHOP,ใช่\n");
					default -> out.write(id + ",KNOWLEDGE,TRUE,ใช่,\"บริการ, ตำบล " + i + "\"\n");
				}
			}
		}
		return path;
	}

	private static int[] read(Path path) throws Exception {
		CsvFile file = CsvFile.open(path, path.getFileName().toString(), MessageDigest.getInstance("SHA-256"));
		int[] seen = new int[2];
		file.readRows(new CsvFile.RowHandler() {
			@Override
			public void row(CsvFile.Row row) {
				if (!row.get("service_code").isEmpty()) {
					seen[0]++;
				}
			}

			@Override
			public void broken(int line, String reason, String rawRow, CsvFile.Row fields) {
				seen[1]++;
			}
		});
		return seen;
	}

}
