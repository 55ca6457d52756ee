package fr.inclusion.orientation.notification;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "fr.inclusion.orientation.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFreeOfSpring = noClasses()
            .that().resideInAnyPackage("..inbox.domain..", "..preferences.domain..", "..venues.domain..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule inboxDomainSpeaksOnlyJavaTheEventContractsTheReferenceAndKinds = classes()
            .that().resideInAPackage("..inbox.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..inbox.domain..",
                    "..preferences.domain..", "fr.inclusion.orientation.contracts..",
                    "fr.inclusion.orientation.reference..")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule preferencesAndVenuesDomainsSpeakOnlyJava = classes()
            .that().resideInAnyPackage("..preferences.domain..", "..venues.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..preferences.domain..",
                    "..venues.domain..")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule webAndMessagingGoThroughTheApplication = noClasses()
            .that().resideInAnyPackage("..inbox.web..", "..inbox.messaging..", "..preferences.web..",
                    "..venues.messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("..inbox.persistence..", "..preferences.persistence..",
                    "..venues.persistence..")
            .allowEmptyShould(false);

    /** The inbox side knows the sending side by its contract only, never by its implementations. */
    @ArchTest
    static final ArchRule inboxSideUsesTheOutboundContractOnly = noClasses()
            .that().resideInAnyPackage("..notification.inbox..", "..notification.preferences..",
                    "..notification.venues..")
            .should().dependOnClassesThat(resideInAPackage("..notification.outbound..")
                    .and(not(resideInAPackage("fr.inclusion.orientation.notification.outbound"))))
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule outboundDomainIsFreeOfSpring = classes()
            .that().resideInAPackage("..outbound.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..",
                    "fr.inclusion.orientation.notification.outbound", "..outbound.domain..")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule outboundAdaptersMeetOnlyThroughThePorts = noClasses()
            .that().resideInAnyPackage("..outbound.web..", "..outbound.mail..", "..outbound.sms..",
                    "..outbound.directory..", "..outbound.application..")
            .should().dependOnClassesThat().resideInAPackage("..outbound.persistence..")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule inboxSeesOnlyTheOutboundContract = noClasses()
            .that().resideInAPackage("..notification.inbox..")
            .should().dependOnClassesThat().resideInAnyPackage("..outbound.domain..", "..outbound.application..",
                    "..outbound.persistence..", "..outbound.mail..", "..outbound.sms..", "..outbound.directory..",
                    "..outbound.web..")
            .allowEmptyShould(false);
}
