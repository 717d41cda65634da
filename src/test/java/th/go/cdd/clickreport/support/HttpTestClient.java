package th.go.cdd.clickreport.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * HTTP against the application on a random port, as a browser or an API client would talk
 * to it: a cookie jar for the pages, Basic credentials for the API, and raw requests
 * whose path is sent byte for byte (for path traversal attempts that a URI class would
 * refuse or normalise).
 */
public final class HttpTestClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String base;

	private final int port;

	private final HttpClient client;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	public HttpTestClient(int port) {
		this.port = port;
		this.base = "http://127.0.0.1:" + port;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public HttpResponse<String> get(String path) throws Exception {
		return send(request(path).GET().build());
	}

	public HttpResponse<String> get(String path, String user, String password) throws Exception {
		return send(request(path).header("Authorization", basic(user, password)).GET().build());
	}

	public HttpResponse<String> postJson(String path, String json, String user, String password) throws Exception {
		HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (user != null) {
			builder.header("Authorization", basic(user, password));
		}
		return send(builder.build());
	}

	public HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
		String body = fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** The CSRF token of the form on the page at {@code path}. */
	public String csrfToken(String path) throws Exception {
		Matcher m = CSRF.matcher(get(path).body());
		if (!m.find()) {
			throw new AssertionError("No CSRF token on " + path);
		}
		return m.group(1);
	}

	/**
	 * Signs in on the login form (keeps the session cookie); returns the redirect target.
	 */
	public String login(String user, String password) throws Exception {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", user);
		form.put("password", password);
		form.put("_csrf", csrfToken("/login"));
		HttpResponse<String> response = postForm("/login", form);
		return response.headers().firstValue("Location").orElse("");
	}

	/**
	 * Status and body of a GET with Basic credentials whose request line carries
	 * {@code rawPath} exactly as given.
	 */
	public Raw rawGet(String rawPath, String user, String password) throws IOException {
		return rawGet(rawPath, "Authorization: " + basic(user, password));
	}

	/**
	 * The same with this client's session cookie (after {@link #login}), as the pages are
	 * used.
	 */
	public Raw rawGetInSession(String rawPath) throws IOException {
		String cookie = cookies.getCookieStore()
			.getCookies()
			.stream()
			.map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		return rawGet(rawPath, "Cookie: " + cookie);
	}

	/**
	 * Status and body of a GET whose request line carries {@code rawPath} exactly and one
	 * header line as given.
	 */
	public Raw rawGet(String rawPath, String header) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			String head = "GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + header
					+ "\r\nConnection: close\r\n\r\n";
			out.write(head.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			in.transferTo(all);
			String text = all.toString(StandardCharsets.UTF_8);
			int status = Integer.parseInt(text.substring(9, 12));
			int split = text.indexOf("\r\n\r\n");
			return new Raw(status, split < 0 ? "" : text.substring(split + 4));
		}
	}

	public record Raw(int status, String body) {
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html,application/json");
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
