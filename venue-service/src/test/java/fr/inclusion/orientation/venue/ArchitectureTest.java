package fr.inclusion.orientation.venue;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "fr.inclusion.orientation.venue", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    // failOnEmptyShould (ArchUnit's default) makes these fail if the domain package disappears or is renamed

    @ArchTest
    static final ArchRule domainDependsOnNoFramework = noClasses()
            .that().resideInAPackage("..directory.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "tools.jackson..",
                    "com.fasterxml.jackson..", "org.bson..", "com.mongodb..", "org.apache.kafka..");

    @ArchTest
    static final ArchRule domainKnowsNoOuterRing = noClasses()
            .that().resideInAPackage("..directory.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..application..", "..web..", "..persistence..",
                    "..messaging..", "fr.inclusion.orientation.contracts..", "fr.inclusion.orientation.support",
                    // service-support's plain-Java vocabulary (problems, pages) is the domain's to use; the rest not
                    "fr.inclusion.orientation.support.csv..", "fr.inclusion.orientation.support.health..",
                    "fr.inclusion.orientation.support.lease..", "fr.inclusion.orientation.support.messaging..",
                    "fr.inclusion.orientation.support.outbox..", "fr.inclusion.orientation.support.security..",
                    "fr.inclusion.orientation.support.store..", "fr.inclusion.orientation.support.web..");

    @ArchTest
    static final ArchRule applicationDoesNotReachIntoAdapters = noClasses()
            .that().resideInAPackage("..venue.application..")
            .should().dependOnClassesThat().resideInAnyPackage("..venue.web..", "..venue.persistence..",
                    "..venue.messaging..");
}
