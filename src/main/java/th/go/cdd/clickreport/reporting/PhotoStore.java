package th.go.cdd.clickreport.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Iterator;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.stereotype.Component;

/**
 * The activities' photos on disk, under
 * {@code click.reporting.photo-dir}/district/month/. An upload is streamed to a file of
 * the folder as it arrives (never held in memory whole) and stops at {@link #MAX_BYTES};
 * the file is kept only when its content is a JPEG or PNG: the format's magic bytes and
 * an image the JDK decodes (read at a reduced resolution, so a large photo costs little
 * memory).
 */
@Component
class PhotoStore {

	/** SPEC §9: 5 MB a photo. */
	static final long MAX_BYTES = 5L * 1024 * 1024;

	/**
	 * How much of a body over the limit is read and dropped before answering (the rest is
	 * cut off).
	 */
	private static final long DRAIN_BYTES = 64L * 1024 * 1024;

	/**
	 * More pixels than any camera's photo: a "decompression bomb" is refused before it is
	 * decoded.
	 */
	private static final long MAX_PIXELS = 100_000_000L;

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private final Path root;

	PhotoStore(ReportingSettings settings) {
		this.root = settings.photoDir().toAbsolutePath().normalize();
	}

	/** A stored photo: its file (relative to the folder) and what it is. */
	record Stored(String fileName, String contentType, long sizeBytes) {
	}

	/**
	 * Streams {@code in} into the district's folder for the month.
	 * @throws ReportException INVALID when it is over 5 MB or not a JPEG or PNG by
	 * content (nothing kept)
	 */
	Stored store(String district, YearMonth month, InputStream in) {
		Path dir = root.resolve(district).resolve(month.toString());
		Path incoming = null;
		try {
			Files.createDirectories(dir);
			incoming = Files.createTempFile(dir, ".incoming-", ".part");
			long size = copyAtMost(in, incoming);
			if (size > MAX_BYTES) {
				drain(in); // the rest of the body, read and dropped, so that the client
							// gets the answer
				throw invalid("รูปมีขนาดเกิน " + (MAX_BYTES / 1024 / 1024) + " MB ต่อรูป โปรดย่อรูปก่อนส่ง");
			}
			if (size == 0) {
				throw invalid("ไม่ได้แนบไฟล์รูป");
			}
			String type = contentType(incoming);
			if (type == null || !decodable(incoming)) {
				throw invalid("ไฟล์นี้ไม่ใช่รูปภาพ JPEG หรือ PNG (ตรวจจากเนื้อไฟล์ ไม่ใช่จากชื่อไฟล์) จึงไม่ได้บันทึก");
			}
			String name = district + "/" + month + "/" + UUID.randomUUID()
					+ (type.equals("image/png") ? ".png" : ".jpg");
			Files.move(incoming, root.resolve(name), StandardCopyOption.ATOMIC_MOVE);
			incoming = null;
			return new Stored(name, type, size);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot store a photo under " + dir + ": " + ex.getMessage(), ex);
		}
		finally {
			if (incoming != null) {
				try {
					Files.deleteIfExists(incoming);
				}
				catch (IOException ex) {
					// a stray .part file is harmless: it is never served
				}
			}
		}
	}

	/** The stored file of {@code fileName}; never outside the folder. */
	Path file(String fileName) {
		Path file = root.resolve(fileName).normalize();
		if (!file.startsWith(root)) {
			throw new IllegalStateException("A photo's file name leaves the photo folder: " + fileName);
		}
		return file;
	}

	void delete(String fileName) {
		try {
			Files.deleteIfExists(file(fileName));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Copies up to one byte more than allowed, so that "too large" is known without
	 * reading the rest.
	 */
	private static long copyAtMost(InputStream in, Path target) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		try (OutputStream out = Files.newOutputStream(target)) {
			int n;
			while ((n = in.read(buffer)) > 0) {
				total += n;
				if (total > MAX_BYTES) {
					return total;
				}
				out.write(buffer, 0, n);
			}
		}
		return total;
	}

	private static void drain(InputStream in) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long dropped = 0;
		int n;
		while (dropped < DRAIN_BYTES && (n = in.read(buffer)) > 0) {
			dropped += n;
		}
	}

	private static String contentType(Path file) throws IOException {
		byte[] head = new byte[8];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(head, 0, head.length);
		}
		if (read >= JPEG.length && Arrays.equals(Arrays.copyOf(head, JPEG.length), JPEG)) {
			return "image/jpeg";
		}
		if (read >= PNG.length && Arrays.equals(head, PNG)) {
			return "image/png";
		}
		return null;
	}

	/**
	 * Whether the JDK's JPEG or PNG reader decodes the image (at most 1 pixel of 8×8
	 * read).
	 */
	private static boolean decodable(Path file) {
		try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
			if (in == null) {
				return false;
			}
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return false;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels <= 0 || pixels > MAX_PIXELS) {
					return false;
				}
				ImageReadParam param = reader.getDefaultReadParam();
				param.setSourceSubsampling(8, 8, 0, 0);
				return reader.read(0, param) != null;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	private static ReportException invalid(String message) {
		return new ReportException(ReportException.Kind.INVALID, "photo", message);
	}

}
