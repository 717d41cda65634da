package th.go.cdd.clickreport.submission;

import java.util.Arrays;
import java.util.List;

/**
 * The channels of a PR item (SPEC §2), in the spec's order, with the label the report
 * form shows.
 */
public enum PrChannel {

	FACEBOOK("Facebook"), LINE("LINE"), TIKTOK("TikTok"), YOUTUBE("YouTube"), WEBSITE("เว็บไซต์"), RADIO("วิทยุ"),
	TV("โทรทัศน์"), PRINT("สิ่งพิมพ์"), BROADCAST_TOWER("หอกระจายข่าว"), MEETING("การประชุม"), OTHER("อื่น ๆ");

	/**
	 * The codes as the CSV bundle and the form carry them, in order (a reject lists
	 * them).
	 */
	public static final List<String> CODES = Arrays.stream(values()).map(Enum::name).toList();

	private final String labelTh;

	PrChannel(String labelTh) {
		this.labelTh = labelTh;
	}

	public String labelTh() {
		return labelTh;
	}

	/** The label of a code, or the code itself when it is not one of ours. */
	public static String labelTh(String code) {
		return CODES.contains(code) ? valueOf(code).labelTh() : code;
	}

}
