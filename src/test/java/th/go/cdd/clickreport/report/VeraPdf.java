package th.go.cdd.clickreport.report;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF's PDF/A-3B validation of a file (the Greenfield foundry, initialised once per
 * JVM).
 */
public final class VeraPdf {

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private VeraPdf() {
	}

	/**
	 * @param compliant the verdict @param failures "clause-test: message" of each failed
	 * rule
	 */
	public record Verdict(boolean compliant, List<String> failures) {
	}

	public static Verdict pdfA3b(Path pdf) throws Exception {
		try (InputStream in = Files.newInputStream(pdf);
				PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_3_B);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
			ValidationResult result = validator.validate(parser);
			List<String> failures = result.getTestAssertions()
				.stream()
				.filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
				.map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
				.distinct()
				.toList();
			return new Verdict(result.isCompliant(), failures);
		}
	}

}
