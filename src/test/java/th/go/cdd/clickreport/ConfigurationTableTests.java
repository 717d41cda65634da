package th.go.cdd.clickreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The README's configuration table lists every {@code click.*} setting that a settings
 * record binds, in the row that names it with the record's default.
 */
class ConfigurationTableTests {

	private static final String BASE = ConfigurationTableTests.class.getPackageName();

	@Test
	void everySettingOfTheRecordsIsInTheReadmeTableWithItsDefault() throws Exception {
		Map<String, String> settings = settings();
		assertThat(settings).containsKeys("click.batch.remote-grid-size", "click.batch.remote-timeout-minutes",
				"click.output-dir", "click.signing.key-store");
		List<String> rows = configurationRows();
		List<String> missing = new ArrayList<>();
		List<String> wrongDefault = new ArrayList<>();
		settings.forEach((name, defaultValue) -> {
			List<String> naming = rows.stream().filter(row -> firstCell(row).contains("`" + name + "`")).toList();
			if (naming.isEmpty()) {
				missing.add(name);
			}
			else if (defaultValue != null && naming.stream().noneMatch(row -> row.contains("`" + defaultValue + "`"))) {
				wrongDefault.add(name + " (`" + defaultValue + "`)");
			}
		});
		assertThat(missing).as("click.* settings missing from the README's configuration table").isEmpty();
		assertThat(wrongDefault).as("settings whose README row does not show the record's default").isEmpty();
	}

	/**
	 * Every property a {@code @ConfigurationProperties} record of the application binds,
	 * with its default or null.
	 */
	static Map<String, String> settings() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		Map<String, String> settings = new TreeMap<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents(BASE)) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), null);
			ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
			assertThat(type.isRecord()).as(type + " is a record").isTrue();
			collect(annotation.value().isEmpty() ? annotation.prefix() : annotation.value(), type, settings);
		}
		return settings;
	}

	private static void collect(String prefix, Class<?> record, Map<String, String> settings)
			throws ClassNotFoundException {
		RecordComponent[] components = record.getRecordComponents();
		Constructor<?> canonical;
		try {
			canonical = record.getDeclaredConstructor(
					Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
		Parameter[] parameters = canonical.getParameters();
		for (int i = 0; i < components.length; i++) {
			String name = prefix + "." + kebab(components[i].getName());
			Class<?> type = components[i].getType();
			if (type.isRecord() && type.getPackageName().startsWith(BASE)) {
				collect(name, type, settings);
				continue;
			}
			DefaultValue defaultValue = parameters[i].getAnnotation(DefaultValue.class);
			settings.put(name, defaultValue == null ? null : String.join(",", defaultValue.value()));
		}
	}

	private static String kebab(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
	}

	/** The rows of the table under "## Configuration". */
	private static List<String> configurationRows() throws IOException {
		String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
		int start = readme.indexOf("\n## Configuration\n");
		assertThat(start).as("README has a Configuration section").isNotNegative();
		int end = readme.indexOf("\n## ", start + 1);
		String section = end < 0 ? readme.substring(start) : readme.substring(start, end);
		return section.lines().filter(line -> line.startsWith("| ")).collect(Collectors.toList());
	}

	private static String firstCell(String row) {
		int second = row.indexOf(" | ", 1);
		return second < 0 ? row : row.substring(0, second);
	}

}
