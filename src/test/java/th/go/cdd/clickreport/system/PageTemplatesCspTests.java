package th.go.cdd.clickreport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The pages work under the Content-Security-Policy (no 'unsafe-inline'): no inline
 * script, no event handler attributes, no style attributes or blocks in any template;
 * scripts come from static/js.
 */
class PageTemplatesCspTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bth:src=|[^>]*\\bsrc=)[^>]*>",
			Pattern.CASE_INSENSITIVE);

	static final Pattern HANDLER = Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

	static final Pattern STYLE = Pattern.compile("\\s(th:)?style\\s*=|<style[\\s>]", Pattern.CASE_INSENSITIVE);

	@Test
	void noTemplateHasInlineScriptHandlersOrStyles() throws Exception {
		List<Path> templates;
		try (Stream<Path> files = Files.list(TEMPLATES)) {
			templates = files.filter(f -> f.toString().endsWith(".html")).toList();
		}
		assertThat(templates).hasSizeGreaterThanOrEqualTo(9);
		for (Path template : templates) {
			String html = Files.readString(template);
			assertThat(INLINE_SCRIPT.matcher(html).find()).as(template + ": inline <script>").isFalse();
			assertThat(HANDLER.matcher(html).find()).as(template + ": on…= handler").isFalse();
			assertThat(STYLE.matcher(html).find()).as(template + ": style").isFalse();
		}
	}

	@Test
	void thePolicyAllowsNoInlineScriptOrStyle() {
		assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).contains("script-src 'self'", "style-src 'self'")
			.doesNotContain("unsafe-inline", "unsafe-eval", "*");
	}

}
