package th.go.cdd.clickreport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ThaiLineBreaksTests {

	private Locale saved;

	@BeforeEach
	void useEnglish() {
		saved = Locale.getDefault();
		Locale.setDefault(Locale.US);
	}

	@AfterEach
	void restore() {
		Locale.setDefault(saved);
	}

	@Test
	void switchesOnlyTheBaseDefaultLocaleWhileOpen() {
		try (ThaiLineBreaks.Scope scope = ThaiLineBreaks.enter()) {
			assertThat(Locale.getDefault()).isEqualTo(Locale.forLanguageTag("th"));
			assertThat(Locale.getDefault(Locale.Category.FORMAT)).isEqualTo(Locale.US);
			assertThat(Locale.getDefault(Locale.Category.DISPLAY)).isEqualTo(Locale.US);
		}
		assertThat(Locale.getDefault()).isEqualTo(Locale.US);
		assertThat(Locale.getDefault(Locale.Category.FORMAT)).isEqualTo(Locale.US);
	}

	@Test
	void theLastRenderOutRestoresTheLocale() {
		ThaiLineBreaks.Scope first = ThaiLineBreaks.enter();
		ThaiLineBreaks.Scope second = ThaiLineBreaks.enter();
		first.close();

		assertThat(Locale.getDefault().getLanguage()).isEqualTo("th");

		second.close();

		assertThat(Locale.getDefault()).isEqualTo(Locale.US);
	}

}
