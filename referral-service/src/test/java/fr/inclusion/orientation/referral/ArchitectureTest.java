package fr.inclusion.orientation.referral;

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

/** The shared architecture rules (test-support's {@link ArchitectureRules}), then this service's own. */
@AnalyzeClasses(packages = "fr.inclusion.orientation.referral", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests sharedRules = ArchTests.in(ArchitectureRules.class);

    /**
     * Of service-support, the domain uses only plain Java: exceptions that carry their problem ({@code support.problem})
     * and pages ({@code support.page}).
     */
    @ArchTest
    static final ArchRule domainKnowsNoWireFormatNorEdgePlumbing = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat(resideInAnyPackage("fr.inclusion.orientation.contracts..",
                    "fr.inclusion.orientation.support..")
                    .and(not(resideInAnyPackage("fr.inclusion.orientation.support.problem",
                            "fr.inclusion.orientation.support.page"))));

    @ArchTest
    static final ArchRule territoryReferenceIsSharedAndDependsOnNoFeature = noClasses()
            .that().resideInAPackage("fr.inclusion.orientation.referral.territory..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.inclusion.orientation.referral.lifecycle..",
                    "fr.inclusion.orientation.referral.flows..", "fr.inclusion.orientation.referral.servicelevel..",
                    "fr.inclusion.orientation.referral.venues..")
            .because("the commune→EPCI table serves referrals, service levels and flows alike");

    @ArchTest
    static final ArchRule webDoesNotUseSpringData = noClasses()
            .that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.data..");
}
