package fr.inclusion.orientation.venue.search;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The search's own domain (outside the {@code ..venue.domain..} packages the service-wide rules name). */
@AnalyzeClasses(packages = "fr.inclusion.orientation.venue.search", importOptions = ImportOption.DoNotIncludeTests.class)
class SearchArchitectureTest {

    @ArchTest
    static final ArchRule searchDomainDependsOnNoFramework = noClasses()
            .that().resideInAPackage("..search.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "tools.jackson..",
                    "com.fasterxml.jackson..", "org.bson..", "com.mongodb..", "org.apache.kafka..",
                    "..application..", "..web..", "..persistence..", "..messaging..");

    @ArchTest
    static final ArchRule searchApplicationDoesNotReachIntoAdapters = noClasses()
            .that().resideInAPackage("..search.application..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..persistence..", "..messaging..");
}
