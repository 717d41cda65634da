package th.go.cdd.clickreport.report;

import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicPdfWriter;

/**
 * JasperReports' document writer, writing the PDF/A output intent of {@link PdfArchive}'s
 * sRGB profile from a stream deflated once per process. The stock writer reads the
 * profile, parses it as a Java colour profile and deflates it again for every PDF; the
 * dictionaries written are the same (the stock writer's output intent, its profile stream
 * without an alternate colour space). Another profile location is written by the stock
 * code.
 */
final class OutputIntentWriter extends ClassicPdfWriter {

	/** The profile's data as the stock writer embeds it (zlib's default level). */
	private static final byte[] DEFLATED_PROFILE = deflate(ICC_Profile.getInstance(SrgbProfile.bytes()).getData());

	OutputIntentWriter(ClassicPdfProducer producer, PdfWriter writer) {
		super(producer, writer);
	}

	@Override
	public void setIccProfilePath(String location, InputStream profile) throws IOException {
		if (!PdfArchive.PROFILE_LOCATION.equals(location)) {
			super.setIccProfilePath(location, profile);
			return;
		}
		PdfStream stream = new PdfStream(DEFLATED_PROFILE);
		stream.put(PdfName.FILTER, PdfName.FLATEDECODE);
		stream.put(PdfName.N, new PdfNumber(3));
		PdfWriter writer = getPdfWriter();
		PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
		intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString(SrgbProfile.NAME));
		intent.put(PdfName.INFO, new PdfString(SrgbProfile.NAME));
		intent.put(PdfName.S, PdfName.GTS_PDFA1);
		intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(stream).getIndirectReference());
		writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
	}

	private static byte[] deflate(byte[] data) {
		ByteArrayOutputStream deflated = new ByteArrayOutputStream();
		Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
		try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, deflater)) {
			out.write(data);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			deflater.end();
		}
		return deflated.toByteArray();
	}

}
