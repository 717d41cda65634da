package th.go.cdd.clickreport.report;

import java.nio.file.Path;

/**
 * Real district pages of the sample month for tests outside this package: one signed with
 * a fresh test key, one not.
 */
public final class SignedPdfs {

	public static final String SIGNER = "ผู้ลงนามทดสอบ";

	private SignedPdfs() {
	}

	/**
	 * Writes {@code folder/signed.pdf} (signed by {@link #SIGNER}) and returns its path.
	 */
	public static Path signed(Path folder) throws Exception {
		PdfSigner signer = PdfSigner.fromPkcs12(TestKeys.pkcs12(folder, SIGNER), TestKeys.PASSWORD.toCharArray(), "",
				null);
		Path pdf = folder.resolve("signed.pdf");
		new ReportRenderer(true, new PdfArchive(signer), (byte[]) null)
			.renderDistrict(new ChiangRaiReports().district("5706"), ChiangRaiReports.MEMO, pdf);
		return pdf;
	}

	/** Writes {@code folder/unsigned.pdf} and returns its path. */
	public static Path unsigned(Path folder) {
		Path pdf = folder.resolve("unsigned.pdf");
		new ReportRenderer(true).renderDistrict(new ChiangRaiReports().district("5706"), ChiangRaiReports.MEMO, pdf);
		return pdf;
	}

}
