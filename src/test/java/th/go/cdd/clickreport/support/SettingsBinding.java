package th.go.cdd.clickreport.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Binds a settings record the way the application does, from properties given as
 * {@code name=value}.
 */
public final class SettingsBinding {

	private SettingsBinding() {
	}

	public static <T> T bind(Class<T> type, String... properties) {
		Map<String, String> map = new LinkedHashMap<>();
		for (String property : properties) {
			int equals = property.indexOf('=');
			map.put(property.substring(0, equals), property.substring(equals + 1));
		}
		String prefix = type.getAnnotation(ConfigurationProperties.class).value();
		return new Binder(new MapConfigurationPropertySource(map)).bindOrCreate(prefix, type);
	}

}
