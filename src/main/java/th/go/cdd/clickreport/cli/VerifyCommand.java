package th.go.cdd.clickreport.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.common.BangkokTime;
import th.go.cdd.clickreport.common.UserError;
import th.go.cdd.clickreport.report.SignatureCheck;

/**
 * {@code verify FILE…}: for each PDF, who signed it, when, and whether it is intact (the
 * signature covers the whole file, its SHA-256 matches, the CMS signature verifies). Exit
 * 0 when every file is signed and intact, 1 when any is not. Needs no database:
 * {@link CommandLine} runs it without starting the application.
 */
@Component
class VerifyCommand implements Command {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	@Override
	public String name() {
		return "verify";
	}

	@Override
	public String usage() {
		return "verify FILE.pdf [FILE.pdf ...]   print each PDF's signer, signing time and whether it is intact"
				+ " (exit 1 when any is unsigned or changed)";
	}

	@Override
	public int execute(ApplicationArguments arguments) {
		return verify(arguments.getNonOptionArgs(), System.out);
	}

	/**
	 * Checks {@code files}, prints one paragraph each to {@code out} and returns the exit
	 * status.
	 */
	static int verify(List<String> files, PrintStream out) {
		if (files.isEmpty()) {
			throw new UserError("Name the PDF files to verify: verify FILE.pdf [FILE.pdf ...]");
		}
		int failed = 0;
		for (String name : files) {
			SignatureCheck.Result result = SignatureCheck.check(Path.of(name));
			String who = result.signer() == null ? "" : " ลงนามโดย " + result.signer();
			String when = result.signedAt() == null ? ""
					: " เมื่อ " + TIME.format(result.signedAt().atZone(BangkokTime.ZONE)) + " (เวลาประเทศไทย)";
			if (result.intact()) {
				out.println(name + ":" + who + when + " — ไม่ถูกแก้ไข (intact)");
			}
			else {
				failed++;
				out.println(name + ":" + who + when + " — ไม่ผ่าน: " + result.problem());
			}
			if (result.certificate() != null) {
				out.println("  ใบรับรอง: " + result.certificate());
			}
		}
		return failed == 0 ? 0 : 1;
	}

}
