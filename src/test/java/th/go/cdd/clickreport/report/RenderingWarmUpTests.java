package th.go.cdd.clickreport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.support.GenericApplicationContext;

/**
 * A command's application context (no web server) does not warm up the rendering: its run
 * is the work, and the warm-up would compile the templates for nothing.
 */
class RenderingWarmUpTests {

	@Test
	void aContextWithoutAWebServerDoesNotWarmUp() {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		RenderingWarmUp warmUp = new RenderingWarmUp(beans.getBeanProvider(ReportDataRepository.class),
				beans.getBeanProvider(ReportRenderer.class), new ReportSettings(25, true, 120));
		try (GenericApplicationContext command = new GenericApplicationContext()) {
			warmUp.onReady(new ApplicationReadyEvent(new SpringApplication(), new String[0], command, Duration.ZERO));
		}
		assertThat(warmUp.started()).isEmpty();
	}

}
