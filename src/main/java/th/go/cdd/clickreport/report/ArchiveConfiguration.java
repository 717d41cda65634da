package th.go.cdd.clickreport.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The archive copies' emblem and signing key ({@link ArchiveSettings}), read once at
 * start; what is missing is said once in the log, and a file that is configured but
 * unreadable stops the start with a sentence saying so (a run must not quietly write
 * unsigned PDFs when the office asked for signed ones).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ArchiveSettings.class, ReportSettings.class })
class ArchiveConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ArchiveConfiguration.class);

	@Bean
	PdfArchive pdfArchive(ArchiveSettings settings) {
		ArchiveSettings.Signing signing = settings.signing();
		if (signing.keyStore() == null) {
			log.warn("No signing key configured (click.signing.key-store): the PDFs are written unsigned");
			return PdfArchive.unsigned();
		}
		PdfSigner signer = PdfSigner.fromPkcs12(signing.keyStore(), signing.password().toCharArray(), signing.alias(),
				null);
		log.info("PDFs are signed by {} (certificate {}, valid until {})", signer.signerName(),
				signer.certificate().getSubjectX500Principal().getName(), signer.certificate().getNotAfter());
		return new PdfArchive(signer);
	}

	@Bean
	MemoEmblem memoEmblem(ArchiveSettings settings) {
		Path file = settings.memo().emblem();
		if (file == null) {
			log.warn(
					"No emblem configured (click.memo.emblem): the governor's memos are printed without the Garuda emblem");
			return new MemoEmblem(null);
		}
		try {
			byte[] image = Files.readAllBytes(file);
			if (ImageIO.read(file.toFile()) == null) {
				throw new IllegalStateException("The emblem " + file + " is not a PNG or JPEG image");
			}
			return new MemoEmblem(image);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the emblem " + file + ": " + ex.getMessage(), ex);
		}
	}

}
