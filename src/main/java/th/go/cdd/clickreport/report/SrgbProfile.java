package th.go.cdd.clickreport.report;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The sRGB colour profile of the PDFs' output intent (PDF/A), built here from the
 * published definition of sRGB (IEC 61966-2-1: its primaries adapted to the D50
 * connection space, and its tone curve) as a small ICC version 2 display profile. Built
 * by the product itself, so no third-party profile file and its licence travel inside the
 * archive copies.
 */
final class SrgbProfile {

	/** What the profile's description tag and the output intent call it. */
	static final String NAME = "sRGB IEC61966-2.1";

	private static final int TRC_POINTS = 1024;

	private static final byte[] BYTES = build();

	private SrgbProfile() {
	}

	/** The profile, a fresh copy. */
	static byte[] bytes() {
		return BYTES.clone();
	}

	private static byte[] build() {
		byte[] desc = desc(NAME);
		byte[] cprt = text("No copyright, use freely");
		byte[] white = xyz(0.9642, 1.0, 0.8249);
		byte[] red = xyz(0.4360747, 0.2225045, 0.0139322);
		byte[] green = xyz(0.3850649, 0.7168786, 0.0971045);
		byte[] blue = xyz(0.1430804, 0.0606169, 0.7141733);
		byte[] trc = curve();
		String[] signatures = { "desc", "cprt", "wtpt", "rXYZ", "gXYZ", "bXYZ", "rTRC", "gTRC", "bTRC" };
		byte[][] data = { desc, cprt, white, red, green, blue, trc, trc, trc };

		int tableEnd = 128 + 4 + 12 * signatures.length;
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		int[] offsets = new int[signatures.length];
		for (int i = 0; i < signatures.length; i++) {
			// the three tone curves share one copy of their data
			if (i > 0 && data[i] == data[i - 1]) {
				offsets[i] = offsets[i - 1];
				continue;
			}
			offsets[i] = tableEnd + body.size();
			body.writeBytes(data[i]);
			while (body.size() % 4 != 0) {
				body.write(0);
			}
		}
		int size = tableEnd + body.size();
		ByteBuffer profile = ByteBuffer.allocate(size);
		profile.putInt(size);
		profile.putInt(0); // preferred CMM: none
		profile.putInt(0x02100000); // version 2.1
		profile.put(ascii("mntr")).put(ascii("RGB ")).put(ascii("XYZ "));
		for (int part : new int[] { 2024, 1, 1, 0, 0, 0 }) {
			profile.putShort((short) part);
		}
		profile.put(ascii("acsp"));
		profile.position(64);
		profile.putInt(0); // perceptual intent
		profile.put(xyzNumbers(0.9642, 1.0, 0.8249)); // the connection space's
														// illuminant, D50
		profile.position(128);
		profile.putInt(signatures.length);
		for (int i = 0; i < signatures.length; i++) {
			profile.put(ascii(signatures[i])).putInt(offsets[i]).putInt(data[i].length);
		}
		profile.put(body.toByteArray());
		return profile.array();
	}

	/** textDescriptionType: an ASCII description, no Unicode or ScriptCode variant. */
	private static byte[] desc(String text) {
		byte[] ascii = (text + "\0").getBytes(StandardCharsets.US_ASCII);
		ByteBuffer tag = ByteBuffer.allocate(12 + ascii.length + 8 + 3 + 67);
		tag.put(ascii("desc")).putInt(0).putInt(ascii.length).put(ascii);
		return tag.array();
	}

	private static byte[] text(String text) {
		byte[] ascii = (text + "\0").getBytes(StandardCharsets.US_ASCII);
		return ByteBuffer.allocate(8 + ascii.length).put(ascii("text")).putInt(0).put(ascii).array();
	}

	private static byte[] xyz(double x, double y, double z) {
		return ByteBuffer.allocate(20).put(ascii("XYZ ")).putInt(0).put(xyzNumbers(x, y, z)).array();
	}

	private static byte[] xyzNumbers(double x, double y, double z) {
		return ByteBuffer.allocate(12).putInt(s15Fixed16(x)).putInt(s15Fixed16(y)).putInt(s15Fixed16(z)).array();
	}

	/** The sRGB tone curve (linear near black, then a 2.4 power), sampled. */
	private static byte[] curve() {
		ByteBuffer tag = ByteBuffer.allocate(12 + 2 * TRC_POINTS);
		tag.put(ascii("curv")).putInt(0).putInt(TRC_POINTS);
		for (int i = 0; i < TRC_POINTS; i++) {
			double v = i / (double) (TRC_POINTS - 1);
			double linear = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
			tag.putShort((short) Math.round(linear * 65535));
		}
		return tag.array();
	}

	private static int s15Fixed16(double value) {
		return (int) Math.round(value * 65536);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
