package fr.inclusion.orientation.venue.proposal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The proposal feature's rings; failOnEmptyShould makes these fail if its packages are renamed. */
@AnalyzeClasses(packages = "fr.inclusion.orientation.venue.proposal",
        importOptions = ImportOption.DoNotIncludeTests.class)
class ProposalArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnNoFramework = noClasses()
            .that().resideInAPackage("..proposal.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "tools.jackson..",
                    "com.fasterxml.jackson..", "org.bson..", "com.mongodb..", "org.apache.kafka..");

    @ArchTest
    static final ArchRule domainKnowsNoOuterRing = noClasses()
            .that().resideInAPackage("..proposal.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..application..", "..web..", "..persistence..",
                    "..messaging..", "fr.inclusion.orientation.support",
                    // service-support's plain-Java vocabulary (problems, pages) is the domain's to use; the rest not
                    "fr.inclusion.orientation.support.csv..", "fr.inclusion.orientation.support.health..",
                    "fr.inclusion.orientation.support.lease..", "fr.inclusion.orientation.support.messaging..",
                    "fr.inclusion.orientation.support.outbox..", "fr.inclusion.orientation.support.security..",
                    "fr.inclusion.orientation.support.store..", "fr.inclusion.orientation.support.web..");

    @ArchTest
    static final ArchRule applicationDoesNotReachIntoAdapters = noClasses()
            .that().resideInAPackage("..proposal.application..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..persistence..", "..messaging..");
}
