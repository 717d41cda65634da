package th.go.cdd.clickreport.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The deadline rush of issue #13: every district saves its month's report as a draft three times and
 * submits it once, {@code load.clients} clients at once (50), spread over {@code load.minutes} (10).
 * Each district: GET the report, PUT a draft (version null, then 1, then 2), PUT the submit (version 3),
 * GET it again and check it is SUBMITTED at version 4. A refused or failed request is an error.
 *
 * <p>Settings (system properties, see docs/PERFORMANCE.md): {@code load.baseUrl}
 * (http://localhost:8080), {@code load.districts} (the feeder file written by load/districts.sql,
 * load/target/districts.tsv), {@code load.limit} (take only the first n districts; all by default),
 * {@code load.clients} (50), {@code load.minutes} (10; 0 = no pauses, as fast as the server answers),
 * {@code load.month} (the month before the current one), {@code load.password} (load-test-only).
 */
public class DeadlineRushSimulation extends Simulation {

	private static final String BASE_URL = System.getProperty("load.baseUrl", "http://localhost:8080");

	private static final int CLIENTS = Integer.getInteger("load.clients", 50);

	private static final double MINUTES = Double.parseDouble(System.getProperty("load.minutes", "10"));

	private static final YearMonth MONTH = YearMonth
		.parse(System.getProperty("load.month", YearMonth.now().minusMonths(1).toString()));

	private static final String PASSWORD = System.getProperty("load.password", "load-test-only");

	/** district code and its sub-district codes */
	private record District(String code, List<String> tambons) {
	}

	private static final List<District> DISTRICTS = districts();

	private static final AtomicInteger NEXT = new AtomicInteger();

	/** Requests a district makes: 2 GETs and 4 PUTs, 5 pauses between them. */
	private static final Duration PAUSE = Duration
		.ofMillis((long) (MINUTES * 60_000 / Math.ceil(DISTRICTS.size() / (double) CLIENTS) / 6));

	private static List<District> districts() {
		Path file = Path.of(System.getProperty("load.districts", "target/districts.tsv"));
		int limit = Integer.getInteger("load.limit", Integer.MAX_VALUE);
		List<District> found = new ArrayList<>();
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				String[] cols = line.strip().split("\t");
				if (cols.length == 2 && cols[0].matches("\\d{4}") && found.size() < limit) {
					found.add(new District(cols[0], List.of(cols[1].split(" "))));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("load.districts: " + file, ex);
		}
		if (found.isEmpty()) {
			throw new IllegalStateException("no districts in " + file);
		}
		return found;
	}

	/** The report: the same shape a district types in, a little more complete at each save. */
	private static String body(Session session, int save, boolean submit) {
		District d = DISTRICTS.get(session.getInt("i"));
		StringBuilder json = new StringBuilder(2048);
		json.append("{\"officialsTotal\":4,\"officialsDownloaded\":").append(Math.min(4, save + 1));
		json.append(",\"services\":[");
		String[] services = { "SHOP", "KNOWLEDGE", "SAGE", "FUNDING", "TRAVEL", "CAREER108", "NEWS_EVENT" };
		for (int s = 0; s < services.length; s++) {
			json.append(s == 0 ? "" : ",").append("{\"code\":\"").append(services[s])
				.append("\",\"relevant\":true,\"updated\":").append(s <= save + 3).append('}');
		}
		json.append("],\"prMedia\":[{\"publishedOn\":\"").append(MONTH.atDay(3))
			.append("\",\"channels\":[\"FACEBOOK\"],\"title\":\"ประชาสัมพันธ์ Shop ชุมชน\",\"link\":\"https://www.facebook.com/cdd\"}");
		if (save > 0) {
			json.append(",{\"publishedOn\":\"").append(MONTH.atDay(17))
				.append("\",\"channels\":[\"LINE\",\"RADIO\"],\"title\":\"เชิญชวนดาวน์โหลด Click ชุมชน\",\"link\":null}");
		}
		json.append("],\"activities\":[{\"heldOn\":\"").append(MONTH.atDay(9))
			.append("\",\"title\":\"อบรมการใช้งาน Click ชุมชน\",\"participants\":45}");
		if (save > 1) {
			json.append(",{\"heldOn\":\"").append(MONTH.atDay(23))
				.append("\",\"title\":\"ลงพื้นที่ช่วยผู้ประกอบการ\",\"participants\":18}");
		}
		json.append("],\"downloads\":[");
		for (int t = 0; t < d.tambons().size(); t++) {
			json.append(t == 0 ? "" : ",").append("{\"tambonCode\":\"").append(d.tambons().get(t))
				.append("\",\"downloads\":").append(5 + 2 * save).append('}');
		}
		json.append("],\"submit\":").append(submit).append(",\"version\":")
			.append(save == 0 ? "null" : String.valueOf(session.getInt("version"))).append('}');
		return json.toString();
	}

	private static ChainBuilder save(int save, boolean submit) {
		return exec(http(submit ? "PUT submit" : "PUT draft").put("#{path}")
			.basicAuth("#{user}", PASSWORD)
			.body(StringBody(session -> body(session, save, submit)))
			.asJson()
			.check(status().is(200), jmesPath("version").ofInt().is(save + 1).saveAs("version"),
					jmesPath("state").is(submit ? "SUBMITTED" : "DRAFT")))
			.pause(PAUSE);
	}

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptHeader("application/json")
		.contentTypeHeader("application/json")
		.shareConnections();

	private final ChainBuilder district = exec(session -> {
		District d = DISTRICTS.get(session.getInt("i"));
		return session.set("user", "rep" + d.code()).set("path", "/api/submissions/" + d.code() + "/" + MONTH);
	}).exec(http("GET report").get("#{path}").basicAuth("#{user}", PASSWORD).check(status().is(200)))
		.pause(PAUSE)
		.exec(save(0, false), save(1, false), save(2, false), save(3, true))
		.exec(http("GET report").get("#{path}")
			.basicAuth("#{user}", PASSWORD)
			.check(status().is(200), jmesPath("state").is("SUBMITTED"), jmesPath("version").ofInt().is(4)));

	private final ScenarioBuilder rush = scenario("deadline rush")
		.exec(session -> session.set("i", NEXT.getAndIncrement()))
		.asLongAs(session -> session.getInt("i") < DISTRICTS.size())
		.on(exec(district).exec(session -> session.set("i", NEXT.getAndIncrement())));

	{
		System.out.printf("deadline rush: %d districts, %d clients, month %s, pause %d ms, %s%n", DISTRICTS.size(),
				CLIENTS, MONTH, PAUSE.toMillis(), BASE_URL);
		setUp(rush.injectOpen(atOnceUsers(CLIENTS))).protocols(protocol)
			.assertions(global().failedRequests().count().is(0L),
					details("PUT draft").responseTime().percentile(95.0).lt(300),
					details("PUT submit").responseTime().percentile(95.0).lt(300),
					details("GET report").responseTime().percentile(95.0).lt(300));
	}

}
