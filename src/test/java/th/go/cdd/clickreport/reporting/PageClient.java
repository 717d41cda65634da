package th.go.cdd.clickreport.reporting;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The reporting pages as a browser uses them: a session cookie after signing in on the
 * login form, the CSRF token from a page, form posts, multipart uploads, and JSON sent
 * with the session and the token.
 */
final class PageClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern CSRF_ATTR = Pattern.compile("data-csrf=\"([^\"]+)\"");

	private final String base;

	private final HttpClient client;

	PageClient(int port) {
		this.base = "http://127.0.0.1:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	HttpResponse<String> get(String path) throws Exception {
		return send(request(path).GET().build());
	}

	/** Signs in; returns where the login sent the user. */
	String login(String user, String password) throws Exception {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", user);
		form.put("password", password);
		form.put("_csrf", csrf("/login"));
		return postForm("/login", form).headers().firstValue("Location").orElse("");
	}

	/**
	 * The CSRF token of the page at {@code path} (a form's hidden field, or the report
	 * form's data attribute).
	 */
	String csrf(String path) throws Exception {
		String body = get(path).body();
		Matcher m = CSRF.matcher(body);
		if (m.find()) {
			return m.group(1);
		}
		m = CSRF_ATTR.matcher(body);
		if (m.find()) {
			return m.group(1);
		}
		throw new AssertionError("No CSRF token on " + path);
	}

	HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
		String body = fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** JSON with the session; {@code csrf} null sends none. */
	HttpResponse<String> json(String method, String path, String json, String csrf) throws Exception {
		HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json));
		if (csrf != null) {
			builder.header("X-CSRF-TOKEN", csrf);
		}
		return send(builder.build());
	}

	/**
	 * A multipart form: the files (name → bytes) under {@code field}, and the CSRF token.
	 */
	HttpResponse<String> upload(String path, String field, Map<String, byte[]> files, String csrf) throws Exception {
		String boundary = "----click" + UUID.randomUUID();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (csrf != null) {
			out.writeBytes(
					("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
						.getBytes(StandardCharsets.UTF_8));
		}
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
					+ file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			out.writeBytes(file.getValue());
			out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
			.build());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html,application/json");
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
