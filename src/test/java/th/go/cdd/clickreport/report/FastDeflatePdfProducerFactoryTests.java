package th.go.cdd.clickreport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDFs' streams are deflated at the fastest level: each Flate stream of a rendered
 * district page (page content, font subsets and their ToUnicode maps) is byte for byte
 * what zlib makes of its content at that level, and not what the default level makes. The
 * colour profile (2.5 kB) is the exception: JasperReports deflates it at zlib's default
 * level whatever the writer's.
 */
class FastDeflatePdfProducerFactoryTests {

	@TempDir
	Path folder;

	@Test
	void everyStreamOfAPdfIsDeflatedAtTheFastestLevel() throws IOException {
		Path pdf = folder.resolve("district-5701-2024-05.pdf");
		new ReportRenderer(true).renderDistrict(new ChiangRaiReports().district("5701"), ChiangRaiReports.MEMO, pdf);

		List<String> checked = new ArrayList<>();
		List<String> otherLevel = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
			for (COSObject object : document.getDocument()
				.getXrefTable()
				.keySet()
				.stream()
				.map(key -> document.getDocument().getObjectFromPool(key))
				.toList()) {
				COSBase base = object.getObject();
				if (!(base instanceof COSStream stream) || !COSName.FLATE_DECODE.equals(stream.getFilters())
						|| stream.containsKey(COSName.N)) {
					continue;
				}
				byte[] raw = read(stream.createRawInputStream());
				byte[] content = read(stream.createInputStream());
				String name = object.getKey() + " (" + content.length + " bytes)";
				checked.add(name);
				if (!Arrays.equals(raw, deflate(content, Deflater.BEST_SPEED))) {
					otherLevel.add(name);
				}
				if (content.length > 4096 && Arrays.equals(raw, deflate(content, Deflater.DEFAULT_COMPRESSION))) {
					otherLevel.add(name + " at the default level");
				}
			}
		}
		// the page content, two font subsets and their ToUnicode maps
		assertThat(checked).hasSizeGreaterThanOrEqualTo(5);
		assertThat(otherLevel).as("streams not deflated at the fastest level, of %s", checked).isEmpty();
	}

	private static byte[] read(InputStream in) throws IOException {
		try (in) {
			return in.readAllBytes();
		}
	}

	private static byte[] deflate(byte[] content, int level) {
		Deflater deflater = new Deflater(level);
		deflater.setInput(content);
		deflater.finish();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		while (!deflater.finished()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		return out.toByteArray();
	}

}
