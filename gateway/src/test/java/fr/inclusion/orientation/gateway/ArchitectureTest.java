package fr.inclusion.orientation.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import fr.inclusion.orientation.testsupport.ArchitectureRules;

/**
 * The shared architecture rules (test-support's {@link ArchitectureRules}) on this module's main code: the ones for
 * every module, as it has no domain nor persistence rings.
 */
@AnalyzeClasses(packages = "fr.inclusion.orientation.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests sharedRules = ArchTests.in(ArchitectureRules.EveryModule.class);
}
