package th.go.cdd.clickreport.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.design.JRAbstractMultiClassCompiler;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * The templates hold only plain {@code $P}/{@code $F}/{@code $V} references, which
 * JasperReports evaluates directly: compiling them at start needs no Java compiler, so
 * they also compile in a packaged jar and on a runtime without javac.
 */
class ReportTemplatesTests {

	@ParameterizedTest
	@ValueSource(strings = { "reports/summary.jrxml", "reports/district.jrxml" })
	void compileWithoutAJavaCompiler(String template) throws Exception {
		SimpleJasperReportsContext context = new SimpleJasperReportsContext();
		context.setProperty("net.sf.jasperreports.compiler.java", NoJavaCompiler.class.getName());

		try (InputStream in = getClass().getClassLoader().getResourceAsStream(template)) {
			assertThatCode(() -> JasperCompileManager.getInstance(context).compile(JRXmlLoader.load(context, in)))
				.doesNotThrowAnyException();
		}
	}

	/**
	 * Styled markup would be parsed as XML for every such cell of every PDF: colours and
	 * sizes come from styles (conditional ones where they depend on a row) instead.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "reports/summary.jrxml", "reports/district.jrxml" })
	void setNoTextMarkup(String template) throws Exception {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(template)) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).doesNotContain("markup=");
		}
	}

	public static class NoJavaCompiler extends JRAbstractMultiClassCompiler {

		public NoJavaCompiler(JasperReportsContext context) {
			super(context);
		}

		@Override
		public String compileClasses(File[] sources, String classpath) throws JRException {
			throw new AssertionError("A template holds a Java expression that needs compiling");
		}

	}

}
