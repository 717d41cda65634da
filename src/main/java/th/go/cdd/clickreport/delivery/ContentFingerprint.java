package th.go.cdd.clickreport.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What "the file's content changed" compares: a SHA-256 of what a reader sees. A PDF's
 * bytes hold the moment it was written (creation and modification dates, document id, XMP
 * metadata and, when signed, the signing time), so two renderings of the same grades
 * never have the same bytes; its fingerprint is the SHA-256 of the text of its pages, in
 * order. Any other file (the grades CSV) is its bytes. A PDF that cannot be read falls
 * back to its bytes, which is never wrong, only more e-mail.
 */
final class ContentFingerprint {

	private ContentFingerprint() {
	}

	static String of(Path file, String bytesSha256) {
		if (!file.getFileName().toString().endsWith(".pdf")) {
			return bytesSha256;
		}
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			PDFTextStripper text = new PDFTextStripper();
			text.setPageEnd("\f");
			String pages = "pages " + pdf.getNumberOfPages() + "\n" + text.getText(pdf);
			return DeliveryPlanner.sha256(pages.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException | RuntimeException ex) {
			return bytesSha256;
		}
	}

}
