package th.go.cdd.clickreport.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error answer, for requests it refuses before the application sees them (an
 * encoded "/" or "\" or a NUL in the path, a malformed request line): the Thai sentence
 * of the status, as a problem document under {@code /api/} and a short Thai page
 * elsewhere, instead of Tomcat's English page. Never a stack trace or the server's
 * version.
 */
public class ThaiErrorReportValve extends ErrorReportValve {

	public ThaiErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String sentence = ThaiErrors.sentence(status);
		String uri = request.getRequestURI();
		boolean api = uri != null && (uri.startsWith("/api/") || uri.startsWith("/actuator/"));
		try {
			if (api) {
				response.setContentType("application/problem+json");
			}
			else {
				response.setContentType("text/html");
			}
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(api
						? "{\"type\":\"about:blank\",\"title\":\"" + sentence + "\",\"status\":" + status
								+ ",\"detail\":\"" + sentence + "\"}"
						: "<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"UTF-8\"><title>" + sentence
								+ "</title></head><body><h1>" + sentence
								+ "</h1><p><a href=\"/\">กลับหน้าแรก</a></p></body></html>");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the answer already started: nothing more to say
		}
	}

}
