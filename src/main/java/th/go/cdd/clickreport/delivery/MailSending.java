package th.go.cdd.clickreport.delivery;

import java.io.UnsupportedEncodingException;
import java.nio.file.Path;
import java.util.List;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * One e-mail through the SMTP server (Spring Boot's {@code spring.mail.*}): Thai subject
 * and body in UTF-8, the files attached as they are. Every attempt of a message carries
 * the same Message-ID, so a message sent twice (a sender that died after the server took
 * it, see {@link DeliveryWorker}) is recognisable as one.
 */
class MailSending {

	/** A file's bytes as attached. */
	record Attachment(String name, byte[] bytes) {
	}

	private final JavaMailSender mailSender;

	private final DeliverySettings settings;

	MailSending(JavaMailSender mailSender, DeliverySettings settings) {
		this.mailSender = mailSender;
		this.settings = settings;
	}

	void send(long id, String recipient, String subject, String body, List<Attachment> attachments)
			throws MailException, MessagingException, UnsupportedEncodingException {
		MimeMessage mime = mailSender.createMimeMessage();
		MimeMessageHelper message = new MimeMessageHelper(mime,
				attachments.isEmpty() ? MimeMessageHelper.MULTIPART_MODE_NO : MimeMessageHelper.MULTIPART_MODE_MIXED,
				"UTF-8");
		message.setFrom(settings.from(), settings.fromName());
		message.setTo(recipient);
		message.setSubject(subject);
		message.setText(body, false);
		for (Attachment file : attachments) {
			// base64 whatever the type: quoted-printable would turn a text file's line
			// ends into CRLF
			MimeBodyPart part = new MimeBodyPart();
			part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.bytes(), contentType(file.name()))));
			part.setFileName(file.name());
			part.setDisposition(Part.ATTACHMENT);
			part.setHeader("Content-Transfer-Encoding", "base64");
			message.getRootMimeMultipart().addBodyPart(part);
		}
		String domain = settings.from().contains("@") ? settings.from().substring(settings.from().indexOf('@') + 1)
				: "localhost";
		mime.setHeader("Message-ID", "<click-delivery-" + id + "@" + domain + ">");
		mime.setHeader("X-Click-Delivery", String.valueOf(id));
		mailSender.send(mime);
	}

	static String contentType(String fileName) {
		String name = Path.of(fileName).getFileName().toString();
		if (name.endsWith(".pdf")) {
			return "application/pdf";
		}
		if (name.endsWith(".csv")) {
			return "text/csv; charset=UTF-8";
		}
		return "application/octet-stream";
	}

}
