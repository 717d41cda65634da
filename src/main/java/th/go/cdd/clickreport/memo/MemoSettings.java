package th.go.cdd.clickreport.memo;

import java.util.List;

/**
 * A province's memo header and signature block (SPEC §10): the lines ส่วนราชการ (office,
 * group, telephone), the document number's prefix, and the signatory's name and position
 * lines.
 *
 * @param signatoryName null when the province has not been configured: the memo then has
 * a blank signature line
 * @param configured whether an admin (or the shipped defaults) set these; false for the
 * fallback
 */
public record MemoSettings(String provinceCode, String office, String group, String telephone, String numberPrefix,
		String signatoryName, List<String> positionLines, boolean configured) {

	/** The blank signature line of a province that was never configured. */
	public static final String BLANK_SIGNATORY = "( ........................................ )";

	public MemoSettings {
		positionLines = List.copyOf(positionLines);
	}

	/**
	 * What a province that was never configured gets: its office's name, a blank
	 * signature over its พัฒนาการจังหวัด.
	 */
	public static MemoSettings unconfigured(String provinceCode, String provinceNameTh) {
		return new MemoSettings(provinceCode, "สำนักงานพัฒนาชุมชนจังหวัด" + provinceNameTh, "", "", "", null,
				List.of("พัฒนาการจังหวัด" + provinceNameTh), false);
	}

	/** The ส่วนราชการ line: office, group and telephone. */
	public String department() {
		StringBuilder line = new StringBuilder(office);
		if (!group.isBlank()) {
			line.append(' ').append(group);
		}
		if (!telephone.isBlank()) {
			line.append(" โทร. ").append(telephone);
		}
		return line.toString();
	}

	/** The name in brackets, or the blank line. */
	public String signatureLine() {
		return signatoryName == null || signatoryName.isBlank() ? BLANK_SIGNATORY : "(" + signatoryName + ")";
	}

}
