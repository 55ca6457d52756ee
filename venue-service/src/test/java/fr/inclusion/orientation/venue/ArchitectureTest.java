package fr.inclusion.orientation.venue;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import fr.inclusion.orientation.testsupport.ArchitectureRules;

/**
 * The shared architecture rules (test-support's {@link ArchitectureRules}) on every feature of the directory
 * (directory, exchange, proposal, search, territory), then this service's own.
 */
@AnalyzeClasses(packages = "fr.inclusion.orientation.venue", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests sharedRules = ArchTests.in(ArchitectureRules.class);

    /**
     * Of service-support, the domain uses only plain Java: exceptions that carry their problem ({@code support.problem})
     * and pages ({@code support.page}).
     */
    @ArchTest
    static final ArchRule domainKnowsNoEdgePlumbing = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat(resideInAPackage("fr.inclusion.orientation.support..")
                    .and(not(resideInAnyPackage("fr.inclusion.orientation.support.problem",
                            "fr.inclusion.orientation.support.page"))));

    @ArchTest
    static final ArchRule applicationUsesPortsNotStores = noClasses()
            .that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAPackage("..persistence..");
}
