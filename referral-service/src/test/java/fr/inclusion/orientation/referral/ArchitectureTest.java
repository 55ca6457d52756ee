package fr.inclusion.orientation.referral;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "fr.inclusion.orientation.referral", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule referralDomainIsFreeOfSpring = noClasses()
            .that().resideInAPackage("..lifecycle.domain..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .because("the domain holds the rules of a referral, not the framework");

    @ArchTest
    static final ArchRule venuesDomainIsFreeOfSpring = noClasses()
            .that().resideInAPackage("..referral.venues.domain..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule domainKnowsNoAdapterNorWireFormat = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..persistence..", "..messaging..",
                    "..application..", "fr.inclusion.orientation.contracts..", "fr.inclusion.orientation.support",
                    // service-support's plain-Java vocabulary (problems, pages) is the domain's to use; the rest not
                    "fr.inclusion.orientation.support.csv..", "fr.inclusion.orientation.support.health..",
                    "fr.inclusion.orientation.support.lease..", "fr.inclusion.orientation.support.messaging..",
                    "fr.inclusion.orientation.support.outbox..", "fr.inclusion.orientation.support.security..",
                    "fr.inclusion.orientation.support.store..", "fr.inclusion.orientation.support.web..");

    @ArchTest
    static final ArchRule territoryReferenceIsSharedAndDependsOnNoFeature = noClasses()
            .that().resideInAPackage("fr.inclusion.orientation.referral.territory..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.inclusion.orientation.referral.lifecycle..",
                    "fr.inclusion.orientation.referral.flows..", "fr.inclusion.orientation.referral.servicelevel..",
                    "fr.inclusion.orientation.referral.venues..")
            .because("the commune→EPCI table serves referrals, service levels and flows alike");

    @ArchTest
    static final ArchRule webDoesNotReachPersistence = noClasses()
            .that().resideInAPackage("..referral.lifecycle.web..")
            .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "org.springframework.data..");
}
