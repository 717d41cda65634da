package th.go.cdd.clickreport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import th.go.cdd.clickreport.support.HttpTestClient;
import th.go.cdd.clickreport.support.MariaDbDatabase;

/**
 * No input gives a 500 (issue #15.8): every page and endpoint the controllers declare
 * (read from Spring MVC's handler mappings, so endpoints added later are walked too),
 * each path variable, request parameter and JSON body in turn given hostile values,
 * signed in as a national admin; the answer is never 5xx, and a refusal says why in Thai.
 * Also the security headers on every answer (issue #15.11).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputIntegrationTests {

	static final String ADMIN = "chief";

	static final String PASSWORD = "chief-password-1";

	static final List<String> HOSTILE = List.of("99999999999999999999", "-1", "0", "2147483648", "-2147483649",
			"21474837", "abc", "x".repeat(3000), "../../../../etc/passwd", "..\\..\\windows\\win.ini", "2024-13",
			"2024-00", "0000-00", "13-2024", "9999-99", "99", "5", "1e9", "NaN", "%00", "\u0000",
			"<script>alert(1)</script>", "' OR 1=1 --", "๕๗", "ทุกจังหวัด", "all", "57,10,ZZ", " ", "");

	static final List<String> HOSTILE_JSON = List.of("not json", "{", "[]", "{}", "null", "\"text\"",
			"{\"province\":\"../../etc\",\"month\":\"2024-13\"}", "{\"province\":99999999999999999999999,\"month\":-1}",
			"{\"month\":\"" + "9".repeat(5000) + "\"}", "{\"username\":\"" + "a".repeat(500) + "\",\"password\":null}",
			"{\"username\":\"x\",\"role\":\"ADMIN\",\"province\":\"ZZ\",\"district\":\"../\"}",
			"{\"currentPassword\":[],\"newPassword\":{}}", "{\"province\":{\"a\":1}}");

	/** Values that are valid, for the variables not under test. */
	static final Map<String, String> VALID = Map.of("province", "57", "month", "2024-05", "id", "1", "name",
			"summary-57-2024-05.pdf", "username", "target", "district", "5701");

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MariaDbDatabase.register(registry, HostileInputIntegrationTests.class);
		registry.add("click.admin.username", () -> ADMIN);
		registry.add("click.admin.password", () -> PASSWORD);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	HttpTestClient http;

	@BeforeEach
	void setUp() throws Exception {
		throttle.reset();
		jdbc.update("DELETE FROM app_user WHERE username = 'target'");
		jdbc.update(
				"INSERT INTO app_user (username, password_hash, role, enabled, created_at) "
						+ "VALUES ('target', ?, 'VIEWER', TRUE, CURRENT_TIMESTAMP)",
				passwords.encode("target-password-1"));
		http = new HttpTestClient(port);
		assertThat(http.login(ADMIN, PASSWORD)).doesNotContain("error");
	}

	/**
	 * One endpoint as declared: method, path pattern, its variables, parameters and
	 * whether it takes JSON.
	 */
	record Endpoint(RequestMethod method, String pattern, List<String> params, boolean json) {

		boolean api() {
			return pattern.startsWith("/api/");
		}

	}

	List<Endpoint> endpoints() {
		List<Endpoint> all = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = e.getKey();
			HandlerMethod handler = e.getValue();
			if (!handler.getBeanType().getPackageName().startsWith("th.go.cdd.clickreport")) {
				continue;
			}
			List<String> params = new ArrayList<>();
			boolean json = false;
			for (MethodParameter parameter : handler.getMethodParameters()) {
				RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
				if (param != null) {
					String name = !param.name().isEmpty() ? param.name() : param.value();
					params.add(name.isEmpty() ? parameter.getParameterName() : name);
				}
				json |= parameter.hasParameterAnnotation(RequestBody.class);
			}
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					all.add(new Endpoint(method, pattern, params, json));
				}
			}
		}
		return all;
	}

	@Test
	void noPageOrEndpointAnswersAHostileValueWith500() throws Exception {
		List<Endpoint> endpoints = endpoints();
		// the walk covers what exists today (and whatever is added later)
		assertThat(endpoints).extracting(Endpoint::pattern)
			.contains("/runs", "/runs/{id}", "/runs/{id}/progress", "/runs/{id}/restart", "/api/runs", "/api/runs/{id}",
					"/archive", "/archive/{province}/{month}", "/archive/{province}/{month}/{name}",
					"/api/reports/{province}/{month}", "/api/reports/{province}/{month}/{name}", "/audit", "/users",
					"/users/{username}/role", "/users/{username}/password", "/users/{username}/delete", "/password",
					"/api/users", "/api/users/me/password", "/users/reporters", "/login");
		List<String> failures = new ArrayList<>();
		Set<String> walked = new TreeSet<>();
		String token = http.csrfToken("/users");
		for (Endpoint endpoint : endpoints) {
			List<String> variables = variables(endpoint.pattern());
			for (String variable : variables) {
				for (String value : HOSTILE) {
					String path = path(endpoint.pattern(), variable, value);
					check(endpoint, path, Map.of(), null, token, failures);
				}
			}
			for (String param : endpoint.params()) {
				for (String value : HOSTILE) {
					check(endpoint, path(endpoint.pattern(), null, null), Map.of(param, value), null, token, failures);
				}
			}
			if (endpoint.json()) {
				for (String body : HOSTILE_JSON) {
					check(endpoint, path(endpoint.pattern(), null, null), Map.of(), body, token, failures);
				}
			}
			walked.add(endpoint.method() + " " + endpoint.pattern());
		}
		assertThat(failures).as("answers that were 5xx or refused without a Thai sentence").isEmpty();
		assertThat(walked).hasSizeGreaterThanOrEqualTo(20);
		// still signed in, still admin: no hostile value changed the admin's account
		assertThat(http.get("/users").statusCode()).isEqualTo(200);
	}

	@Test
	void theIssuesExamplesAnswer400Or404OrAPageNever500() throws Exception {
		assertThat(http.get("/audit?page=21474837").statusCode()).isEqualTo(200);
		assertThat(http.get("/audit?page=99999999999").statusCode()).isEqualTo(400);
		assertThat(http.get("/audit?page=99999999999").body()).contains("ไม่อยู่ในรูปแบบที่ใช้ได้");
		assertThat(http.get("/runs?page=21474837").statusCode()).isEqualTo(200);
		assertThat(http.get("/api/runs?month=2024-13", ADMIN, PASSWORD).statusCode()).isEqualTo(400);
		assertThat(http.get("/api/runs?limit=abc", ADMIN, PASSWORD).body()).contains("ไม่อยู่ในรูปแบบที่ใช้ได้");
		assertThat(http.get("/api/runs/abc", ADMIN, PASSWORD).statusCode()).isEqualTo(400);
		assertThat(http.get("/api/runs/424242", ADMIN, PASSWORD).statusCode()).isEqualTo(404);
		assertThat(http.get("/api/no-such-endpoint", ADMIN, PASSWORD).statusCode()).isEqualTo(404);
		assertThat(http.get("/api/no-such-endpoint", ADMIN, PASSWORD).body()).contains("ไม่พบ");
		assertThat(http.get("/no-such-page").body()).contains("ไม่พบ");
		for (String name : List.of("u".repeat(101), "x".repeat(5000), "", ":", "ก".repeat(200))) {
			HttpResponse<String> basic = new HttpTestClient(port).get("/api/runs", name, "whatever");
			assertThat(basic.statusCode()).as(name.length() + " characters").isEqualTo(401);
		}
		for (String header : List.of("Basic !!!",
				"Basic " + Base64.getEncoder().encodeToString(new byte[] { -1, -2, 58, 65 }),
				"Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8)), "Basic")) {
			HttpTestClient.Raw raw = new HttpTestClient(port).rawGet("/api/runs", header);
			assertThat(raw.status()).as(header).isIn(400, 401);
		}
		for (String actuator : List.of("/actuator/metrics/" + "x".repeat(300), "/actuator/metrics/..%2F..",
				"/actuator/health/" + "%3Cscript%3E", "/actuator/metrics/jvm.memory.used?tag=notatag")) {
			assertThat(http.get(actuator, ADMIN, PASSWORD).statusCode()).as(actuator).isBetween(200, 499);
		}
	}

	@Test
	void everyAnswerCarriesAContentSecurityPolicyWithoutInlineScriptAndAReferrerPolicy() throws Exception {
		for (String path : List.of("/login", "/runs", "/users", "/password", "/api/runs")) {
			HttpResponse<String> response = path.startsWith("/api/") ? http.get(path, ADMIN, PASSWORD) : http.get(path);
			String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
			assertThat(csp).as(path)
				.contains("script-src 'self'", "default-src 'self'", "frame-ancestors 'none'")
				.doesNotContain("unsafe-inline", "unsafe-eval");
			assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
		}
		// the session cookie is not sent by other sites' requests
		HttpTestClient fresh = new HttpTestClient(port);
		HttpResponse<String> login = fresh.get("/login");
		assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(
				cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("SameSite=Lax").contains("HttpOnly"));
	}

	private void check(Endpoint endpoint, String path, Map<String, String> params, String json, String token,
			List<String> failures) throws Exception {
		String query = params.entrySet()
			.stream()
			.map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
			.reduce((a, b) -> a + "&" + b)
			.orElse("");
		HttpResponse<String> response;
		String what = endpoint.method() + " " + path + (query.isEmpty() ? "" : "?" + cut(query))
				+ (json == null ? "" : " " + cut(json));
		try {
			response = switch (endpoint.method()) {
				case GET, HEAD ->
					endpoint.api() ? http.get(path + (query.isEmpty() ? "" : "?" + query), ADMIN, PASSWORD)
							: http.get(path + (query.isEmpty() ? "" : "?" + query));
				case POST -> {
					if (endpoint.api()) {
						yield http.postJson(path + (query.isEmpty() ? "" : "?" + query), json == null ? "{}" : json,
								ADMIN, PASSWORD);
					}
					Map<String, String> form = new LinkedHashMap<>(params);
					form.put("_csrf", token);
					yield http.postForm(path, form);
				}
				default -> null;
			};
		}
		catch (IllegalArgumentException ex) {
			// a URI the client itself refuses to send: nothing reached the server
			return;
		}
		if (response == null) {
			return;
		}
		int status = response.statusCode();
		if (status >= 500) {
			failures.add(status + " " + what);
		}
		else if (status >= 400 && !thai(response.body())) {
			failures.add(status + " without a Thai sentence: " + what + " → " + cut(response.body()));
		}
	}

	private static List<String> variables(String pattern) {
		List<String> names = new ArrayList<>();
		Matcher m = VARIABLE.matcher(pattern);
		while (m.find()) {
			names.add(m.group(1));
		}
		return names;
	}

	/** The pattern with valid values, but {@code hostile} for {@code variable}. */
	private static String path(String pattern, String variable, String hostile) {
		Matcher m = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (m.find()) {
			String name = m.group(1);
			String value = name.equals(variable) ? hostile : VALID.getOrDefault(name, "1");
			m.appendReplacement(path, Matcher.quoteReplacement(encode(value).replace("+", "%20")));
		}
		m.appendTail(path);
		return path.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static boolean thai(String text) {
		return text != null
				&& text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI);
	}

	private static String cut(String text) {
		return text.length() > 120 ? text.substring(0, 120) + "…" : text;
	}

}
