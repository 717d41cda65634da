package th.go.cdd.clickreport.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;
import net.sf.jasperreports.repo.InputStreamResource;
import net.sf.jasperreports.repo.RepositoryService;
import net.sf.jasperreports.repo.Resource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Makes every PDF the product writes an archive copy (SPEC §10): PDF/A-3b with the fonts
 * embedded, an sRGB output intent and XMP metadata (Thai title, the office as author, the
 * month), the summary with its month's grades CSV embedded as an associated file, and,
 * where the office configured a key, a digital signature. The one place where these
 * happen:
 * <ul>
 * <li>JasperReports' PDF exporter writes PDF/A-3b itself ({@link #configure}): output
 * intent with {@link SrgbProfile}, XMP and document information from the same
 * values;</li>
 * <li>what the exporter cannot do is done afterwards with PDFBox ({@link #finish}): the
 * embedded files (a full save), then the signature (an incremental save, so the signed
 * file stays PDF/A).</li>
 * </ul>
 * A PDF with nothing to add after the export is streamed straight to its file. Safe for
 * several threads.
 */
public final class PdfArchive {

	/**
	 * Where the exporter finds the output intent's profile: answered by this class, not a
	 * file.
	 */
	static final String PROFILE_LOCATION = "click-archive:sRGB.icc";

	private static final COSName AF = COSName.getPDFName("AF");

	private static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");

	private final PdfSigner signer;

	/**
	 * @param signer the office's key, or null to write unsigned PDFs
	 */
	PdfArchive(PdfSigner signer) {
		this.signer = signer;
	}

	/** Unsigned archive copies. */
	static PdfArchive unsigned() {
		return new PdfArchive(null);
	}

	boolean signs() {
		return signer != null;
	}

	/**
	 * What a PDF says about itself.
	 *
	 * @param title the Thai title (document information and XMP dc:title)
	 * @param author the office (Author, dc:creator)
	 * @param subject what it is about, with the month in Thai (Subject, dc:description)
	 * @param month the month as YYYY-MM (Keywords, pdf:Keywords)
	 * @param attachments files embedded as associated files of the document
	 */
	public record Description(String title, String author, String subject, String month, List<Attachment> attachments) {

		public Description {
			attachments = List.copyOf(attachments);
		}

	}

	/**
	 * A file carried inside the PDF.
	 *
	 * @param relationship PDF/A-3's AFRelationship: Data, Source, Alternative, Supplement
	 * or Unspecified
	 */
	public record Attachment(String name, String mimeType, String description, String relationship, byte[] content) {
	}

	/** Lets the exporter of {@code context} read the output intent's profile. */
	static void register(SimpleJasperReportsContext context) {
		List<RepositoryService> services = new ArrayList<>();
		services.add(new ProfileRepository());
		services.addAll(DefaultJasperReportsContext.getInstance().getExtensions(RepositoryService.class));
		context.setExtensions(RepositoryService.class, services);
	}

	/**
	 * The exporter settings of an archive copy: PDF/A-3b, the sRGB output intent and the
	 * metadata.
	 */
	static void configure(SimplePdfExporterConfiguration configuration, Description description) {
		configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_3B);
		configuration.setIccProfilePath(PROFILE_LOCATION);
		configuration.setEmbedIccProfile(true);
		configuration.setMetadataTitle(description.title());
		configuration.setMetadataAuthor(description.author());
		configuration.setMetadataSubject(description.subject());
		configuration.setMetadataKeywords(description.month());
		configuration.setMetadataCreator("Click ชุมชน provincial grading");
		configuration.setDisplayMetadataTitle(true);
	}

	/**
	 * Whether the exported PDF must pass through {@link #finish} (else it is written as
	 * exported).
	 */
	boolean needsFinishing(Description description) {
		return signer != null || !description.attachments().isEmpty();
	}

	/**
	 * Adds what the exporter could not to {@code exported} and writes the result to
	 * {@code out}: the attachments, then the signature.
	 */
	void finish(byte[] exported, Description description, OutputStream out) throws IOException {
		byte[] pdf = description.attachments().isEmpty() ? exported : attach(exported, description.attachments());
		if (signer != null) {
			signer.sign(pdf, out);
		}
		else {
			out.write(pdf);
		}
	}

	private static byte[] attach(byte[] pdf, List<Attachment> attachments) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDDocumentCatalog catalog = document.getDocumentCatalog();
			Calendar now = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
			Map<String, PDComplexFileSpecification> files = new LinkedHashMap<>();
			COSArray associated = new COSArray();
			for (Attachment attachment : attachments) {
				PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(attachment.content()));
				file.setSubtype(attachment.mimeType());
				file.setSize(attachment.content().length);
				file.setCreationDate(now);
				file.setModDate(now);
				PDComplexFileSpecification spec = new PDComplexFileSpecification();
				spec.setFile(attachment.name());
				spec.setFileUnicode(attachment.name());
				spec.setFileDescription(attachment.description());
				spec.setEmbeddedFile(file);
				spec.setEmbeddedFileUnicode(file);
				spec.getCOSObject().setName(AF_RELATIONSHIP, attachment.relationship());
				files.put(attachment.name(), spec);
				associated.add(spec);
			}
			PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
			tree.setNames(files);
			PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
			names.setEmbeddedFiles(tree);
			catalog.setNames(names);
			catalog.getCOSObject().setItem(AF, associated);
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
			document.save(out);
			return out.toByteArray();
		}
	}

	/** Serves the sRGB profile to the exporter under {@link #PROFILE_LOCATION}. */
	private static final class ProfileRepository implements RepositoryService {

		@Override
		public Resource getResource(String uri) {
			return getResource(uri, InputStreamResource.class);
		}

		@Override
		public void saveResource(String uri, Resource resource) {
			throw new UnsupportedOperationException("read only");
		}

		@Override
		public <K extends Resource> K getResource(String uri, Class<K> resourceType) {
			if (!PROFILE_LOCATION.equals(uri) || !resourceType.isAssignableFrom(InputStreamResource.class)) {
				return null;
			}
			InputStreamResource resource = new InputStreamResource();
			resource.setInputStream(new ByteArrayInputStream(SrgbProfile.bytes()));
			return resourceType.cast(resource);
		}

	}

}
