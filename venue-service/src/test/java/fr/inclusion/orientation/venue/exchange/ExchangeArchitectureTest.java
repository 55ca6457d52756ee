package fr.inclusion.orientation.venue.exchange;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The exchange feature's rings (the service's ArchitectureTest names the venue feature's packages only). */
@AnalyzeClasses(packages = "fr.inclusion.orientation.venue.exchange",
        importOptions = ImportOption.DoNotIncludeTests.class)
class ExchangeArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnNoFramework = noClasses()
            .that().resideInAPackage("..exchange.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "tools.jackson..",
                    "com.fasterxml.jackson..", "org.bson..", "com.mongodb..", "org.apache.kafka..",
                    "..application..", "..web..", "..persistence..", "..messaging..");

    @ArchTest
    static final ArchRule applicationDoesNotReachIntoAdapters = noClasses()
            .that().resideInAPackage("..exchange.application..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..persistence..", "..messaging..");
}
