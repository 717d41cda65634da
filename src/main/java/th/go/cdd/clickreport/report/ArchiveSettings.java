package th.go.cdd.clickreport.report;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the archive lives and the office's files for its documents (README,
 * configuration): the Garuda emblem of the memo, and the PKCS#12 key that signs every
 * PDF. Each file may be left out: no emblem → memos without one; no key → unsigned PDFs.
 * Each is said once in the log at start.
 *
 * @param outputDir {@code click.output-dir}: grades CSV and PDFs are written under
 * {@code <output-dir>/<province>/<YYYY-MM>/} ({@link OutputLayout})
 * @param emblem {@code click.memo.emblem}: a PNG or JPEG file, printed 1.5 cm high
 * @param signing {@code click.signing.*}
 */
@ConfigurationProperties("click")
public record ArchiveSettings(@DefaultValue("./output") Path outputDir, Memo memo, Signing signing) {

	public ArchiveSettings {
		memo = memo == null ? new Memo(null) : memo;
		signing = signing == null ? new Signing(null, "", "") : signing;
	}

	/**
	 * @param emblem the emblem file, or null for none
	 */
	public record Memo(Path emblem) {
	}

	/**
	 * @param keyStore the PKCS#12 file, or null to sign nothing
	 * @param password its password (also the key's)
	 * @param alias the key's alias; empty for the file's first key
	 */
	public record Signing(Path keyStore, String password, String alias) {

		public Signing {
			password = password == null ? "" : password;
			alias = alias == null ? "" : alias;
		}

		@Override
		public String toString() {
			return "Signing[keyStore=" + keyStore + ", alias=" + alias + ", password="
					+ (password.isEmpty() ? "" : "(hidden)") + "]";
		}

	}

}
