package th.go.cdd.clickreport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.cdd.clickreport.support.MariaDbDatabase;

/**
 * HTTPS as the README sets it up: Spring Boot's SSL bundle properties (here a PKCS12 key
 * store that the JDK's keytool makes for localhost), nothing of the application's own.
 * The pages are then served over TLS with a Secure session cookie and HSTS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpsIntegrationTests {

	static final String PASSWORD = "test-only-store";

	private static Path keyStore;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MariaDbDatabase.register(registry, HttpsIntegrationTests.class);
		registry.add("click.admin.username", () -> "chief");
		registry.add("click.admin.password", () -> "chief-password-1");
		registry.add("server.ssl.bundle", () -> "web");
		registry.add("spring.ssl.bundle.jks.web.keystore.location", () -> "file:" + keyStore());
		registry.add("spring.ssl.bundle.jks.web.keystore.password", () -> PASSWORD);
		registry.add("spring.ssl.bundle.jks.web.keystore.type", () -> "PKCS12");
	}

	/** A self-signed key for localhost, made once for this class by the JDK's keytool. */
	static synchronized Path keyStore() {
		if (keyStore == null) {
			keyStore = makeKeyStore();
		}
		return keyStore;
	}

	private static Path makeKeyStore() {
		try {
			Path dir = Files.createTempDirectory("click-tls");
			dir.toFile().deleteOnExit();
			Path store = dir.resolve("localhost.p12");
			Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
					"-genkeypair", "-alias", "web", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname",
					"CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12", "-keystore",
					store.toString(), "-storepass", PASSWORD)
				.redirectErrorStream(true)
				.start();
			String output = new String(keytool.getInputStream().readAllBytes());
			if (keytool.waitFor() != 0) {
				throw new IllegalStateException("keytool failed: " + output);
			}
			store.toFile().deleteOnExit();
			return store;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not make a test key store with keytool", ex);
		}
	}

	@LocalServerPort
	int port;

	@Test
	void pagesAreServedOverTlsWithASecureSessionCookieAndHsts() throws Exception {
		KeyStore trusted = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keyStore())) {
			trusted.load(in, PASSWORD.toCharArray());
		}
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(trusted);
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(null, trust.getTrustManagers(), null);
		HttpClient client = HttpClient.newBuilder().sslContext(tls).build();

		HttpResponse<String> login = client.send(
				HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("เข้าสู่ระบบ");
		assertThat(login.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("Secure", "HttpOnly"));
		assertThat(login.headers().firstValue("Strict-Transport-Security")).isPresent();
		// HSTS kept alongside the policy headers (issue #15.11)
		assertThat(login.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying(c -> assertThat(c).contains("SameSite=Lax"));
		assertThat(login.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
		assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		// a client that does not trust the key is refused: it is really TLS with this key
		try {
			HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/login")).build(),
						HttpResponse.BodyHandlers.ofString());
			throw new AssertionError("a client without the certificate was served");
		}
		catch (SSLHandshakeException expected) {
			assertThat(expected).hasMessageContaining("PKIX");
		}
	}

}
