package th.go.cdd.clickreport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The rules of the package layout, checked on the production classes. */
class ArchitectureTests {

	private static final JavaClasses PRODUCTION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("th.go.cdd.clickreport");

	@Test
	void packagesDependOnEachOtherWithoutCycles() {
		slices().matching("th.go.cdd.clickreport.(*)..").should().beFreeOfCycles().check(PRODUCTION);
	}

	@Test
	void theSharedPackageDependsOnNoFeature() {
		classes().that()
			.resideInAPackage("th.go.cdd.clickreport.common..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "th.go.cdd.clickreport.common..")
			.check(PRODUCTION);
	}

}
