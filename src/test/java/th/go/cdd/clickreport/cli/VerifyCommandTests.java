package th.go.cdd.clickreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.go.cdd.clickreport.ClickReportApplication;
import th.go.cdd.clickreport.report.SignedPdfs;

class VerifyCommandTests {

	@TempDir
	Path folder;

	@Test
	void aSignedIntactFilePassesWithItsSignerAndTime() throws Exception {
		Path signed = SignedPdfs.signed(folder);

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = VerifyCommand.verify(List.of(signed.toString()),
				new PrintStream(out, true, StandardCharsets.UTF_8));

		assertThat(status).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("ลงนามโดย " + SignedPdfs.SIGNER, " เมื่อ ",
				"(เวลาประเทศไทย)", "ไม่ถูกแก้ไข (intact)", "ใบรับรอง: ");
		assertThat(CommandLine.run(ClickReportApplication.class, new String[] { "verify", signed.toString() }))
			.isZero();
	}

	@Test
	void aTamperedOrUnsignedFileFailsAndTheExitStatusSaysSo() throws Exception {
		Path signed = SignedPdfs.signed(folder);
		byte[] bytes = Files.readAllBytes(signed);
		bytes[bytes.length / 4] ^= 0x20;
		Path tampered = Files.write(folder.resolve("tampered.pdf"), bytes);
		Path unsigned = SignedPdfs.unsigned(folder);

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = VerifyCommand.verify(List.of(signed.toString(), tampered.toString(), unsigned.toString()),
				new PrintStream(out, true, StandardCharsets.UTF_8));

		assertThat(status).isEqualTo(1);
		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(printed).contains(signed + ": ลงนามโดย", tampered + ":",
				unsigned + ": — ไม่ผ่าน: ไม่มีลายมือชื่ออิเล็กทรอนิกส์");
		assertThat(printed.lines().filter(line -> line.startsWith(tampered.toString())).findFirst().orElseThrow())
			.contains("ไม่ผ่าน");
		assertThat(CommandLine.run(ClickReportApplication.class, new String[] { "verify", tampered.toString() }))
			.isEqualTo(1);
		assertThat(CommandLine.run(ClickReportApplication.class, new String[] { "verify", unsigned.toString() }))
			.isEqualTo(1);
		assertThat(CommandLine.run(ClickReportApplication.class, new String[] { "verify" })).isEqualTo(2);
	}

}
