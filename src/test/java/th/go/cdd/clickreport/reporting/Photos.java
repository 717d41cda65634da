package th.go.cdd.clickreport.reporting;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import javax.imageio.ImageIO;

/**
 * Real photos made here: a small PNG and JPEG, and JPEGs of an exact size (a real image
 * padded after its end).
 */
final class Photos {

	private static byte[] png;

	private static byte[] jpeg;

	private Photos() {
	}

	static synchronized byte[] png() {
		if (png == null) {
			png = encode("png");
		}
		return png.clone();
	}

	static synchronized byte[] jpeg() {
		if (jpeg == null) {
			jpeg = encode("jpg");
		}
		return jpeg.clone();
	}

	/**
	 * A decodable JPEG of exactly {@code size} bytes (readers stop at the end-of-image
	 * marker).
	 */
	static byte[] jpegOf(int size) {
		byte[] image = jpeg();
		return Arrays.copyOf(image, size);
	}

	private static byte[] encode(String format) {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.ORANGE);
		g.fillRect(0, 0, 64, 48);
		g.setColor(Color.BLUE);
		g.fillOval(10, 10, 30, 20);
		g.dispose();
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
