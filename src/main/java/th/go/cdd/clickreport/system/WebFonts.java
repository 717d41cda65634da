package th.go.cdd.clickreport.system;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the Thai font that the PDFs embed (Sarabun, SIL Open Font Licence) to the admin
 * pages too, so that they read the same on a computer without a Thai font (a fresh Linux
 * desktop, a kiosk) as on Windows. Only the font files and their licence, from the
 * application itself: no external font service.
 */
@Configuration(proxyBeanMethods = false)
class WebFonts implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/fonts/sarabun/*.ttf", "/fonts/sarabun/*.txt")
			.addResourceLocations("classpath:/fonts/sarabun/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic());
	}

}
