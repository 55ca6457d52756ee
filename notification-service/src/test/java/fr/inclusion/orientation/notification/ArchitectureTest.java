package fr.inclusion.orientation.notification;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import fr.inclusion.orientation.testsupport.ArchitectureRules;

/** The shared architecture rules (test-support's {@link ArchitectureRules}), then this service's own. */
@AnalyzeClasses(packages = "fr.inclusion.orientation.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Plain Java from service-support a domain may use: exceptions that carry their problem, and a page. */
    private static final String PROBLEM = "fr.inclusion.orientation.support.problem";
    private static final String PAGE = "fr.inclusion.orientation.support.page";

    @ArchTest
    static final ArchTests sharedRules = ArchTests.in(ArchitectureRules.class);

    @ArchTest
    static final ArchRule inboxDomainSpeaksOnlyJavaTheEventContractsTheReferenceAndKinds = classes()
            .that().resideInAPackage("..inbox.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..inbox.domain..",
                    "..preferences.domain..", "fr.inclusion.orientation.contracts..",
                    "fr.inclusion.orientation.reference..", PROBLEM, PAGE);

    @ArchTest
    static final ArchRule preferencesAndVenuesDomainsSpeakOnlyJava = classes()
            .that().resideInAnyPackage("..preferences.domain..", "..venues.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..preferences.domain..",
                    "..venues.domain..", "fr.inclusion.orientation.reference..", PROBLEM, PAGE);

    @ArchTest
    static final ArchRule messagingGoesThroughTheApplication = noClasses()
            .that().resideInAnyPackage("..inbox.messaging..", "..venues.messaging..")
            .should().dependOnClassesThat().resideInAPackage("..persistence..");

    /** The inbox side knows the sending side by its contract only, never by its implementations. */
    @ArchTest
    static final ArchRule inboxSideUsesTheOutboundContractOnly = noClasses()
            .that().resideInAnyPackage("..notification.inbox..", "..notification.preferences..",
                    "..notification.venues..")
            .should().dependOnClassesThat(resideInAPackage("..notification.outbound..")
                    .and(not(resideInAPackage("fr.inclusion.orientation.notification.outbound"))));

    @ArchTest
    static final ArchRule outboundDomainSpeaksOnlyJavaAndTheOutboundContract = classes()
            .that().resideInAPackage("..outbound.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..",
                    "fr.inclusion.orientation.notification.outbound", "..outbound.domain..", PROBLEM, PAGE);

    @ArchTest
    static final ArchRule outboundAdaptersMeetOnlyThroughThePorts = noClasses()
            .that().resideInAnyPackage("..outbound.web..", "..outbound.mail..", "..outbound.sms..",
                    "..outbound.directory..", "..outbound.application..")
            .should().dependOnClassesThat().resideInAPackage("..outbound.persistence..");
}
