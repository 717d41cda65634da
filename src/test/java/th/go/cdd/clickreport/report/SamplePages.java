package th.go.cdd.clickreport.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Renders the sample Chiang Rai summary and one district page, and writes page 1 of each
 * as PNG for a person to look at. Not part of the normal test run (the class name does
 * not end in Tests, and it runs only when asked). To refresh the pictures in docs/:
 *
 * <pre>./mvnw test -Dtest=SamplePages -Dsample.pages=docs</pre>
 *
 * The PDFs go to target/sample-pages.
 */
class SamplePages {

	private static final float DPI = 100;

	@Test
	@EnabledIfSystemProperty(named = "sample.pages", matches = ".+")
	void renderSamplePages() throws IOException {
		Path pictures = Files.createDirectories(Path.of(System.getProperty("sample.pages")));
		Path pdfs = Files.createDirectories(Path.of("target/sample-pages"));
		ChiangRaiReports chiangRai = new ChiangRaiReports();
		ReportRenderer renderer = new ReportRenderer(true);
		Path summary = pdfs.resolve("summary-57-2024-05.pdf");
		Path district = pdfs.resolve("district-5706-2024-05.pdf");

		renderer.renderSummary(chiangRai.summary(), ChiangRaiReports.MEMO, ChiangRaiReports.NUMBER,
				ChiangRaiReports.CSV, summary);
		renderer.renderDistrict(chiangRai.district("5706"), ChiangRaiReports.MEMO, district);

		ImageIO.write(Pdfs.image(summary, 0, DPI), "png", pictures.resolve("summary-page1.png").toFile());
		ImageIO.write(Pdfs.image(district, 0, DPI), "png", pictures.resolve("district-page.png").toFile());
	}

}
