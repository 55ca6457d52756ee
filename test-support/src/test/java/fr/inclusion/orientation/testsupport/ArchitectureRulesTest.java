package fr.inclusion.orientation.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of {@link ArchitectureRules} fails on a violation planted in this module's test sources
 * ({@code fr.inclusion.orientation.planted*}, one small module per rule) and passes on a module that keeps them all
 * ({@code fr.inclusion.orientation.tidy}). The planted-cycle test keeps the whole failure text: it is what a
 * developer reads when a cycle comes back.
 */
class ArchitectureRulesTest {

    private static final Map<String, ArchRule> RULES = rules();
    private static final String LIFECYCLE =
            "fr.inclusion.orientation.plantedcycle.lifecycle.application.ReferralLifecycle";
    private static final String DEADLINES =
            "fr.inclusion.orientation.plantedcycle.servicelevel.application.AnswerDeadlines";

    static Stream<Arguments> plants() {
        return Stream.of(
                Arguments.of("plantedcycle", Set.of("featuresAreFreeOfCycles", "packagesAreFreeOfCycles")),
                Arguments.of("plantedpackagecycle", Set.of("packagesAreFreeOfCycles")),
                Arguments.of("plantedspring", Set.of("domainIsFreeOfFrameworks")),
                Arguments.of("plantedouterring", Set.of("domainKnowsNoOuterRing")),
                Arguments.of("plantedwebinapplication", Set.of("applicationDoesNotReachIntoWebNorMessaging")),
                Arguments.of("plantedforeignstore", Set.of("persistenceIsPrivateToItsFeature")),
                Arguments.of("plantedstoreinweb", Set.of("webDoesNotReachPersistence")),
                Arguments.of("plantedthrowable", Set.of("throwablesAreNamedException")));
    }

    @ParameterizedTest(name = "{0} breaks {1}")
    @MethodSource("plants")
    void aPlantedViolationFailsItsRuleAndNoOther(String plantedModule, Set<String> brokenRules) {
        JavaClasses planted = classesOf(plantedModule);

        // a plant has no other ring than the one it breaks: the other rules may find nothing to check there
        RULES.forEach((name, rule) -> assertThat(rule.allowEmptyShould(true).evaluate(planted).hasViolation())
                .as("%s on %s", name, plantedModule)
                .isEqualTo(brokenRules.contains(name)));
    }

    @Test
    void aRingRuleFailsOnAModuleWithoutThatRing() {
        JavaClasses withoutDomain = classesOf("plantedwebinapplication");

        AssertionError failure = assertThrows(AssertionError.class,
                () -> ArchitectureRules.Rings.domainIsFreeOfFrameworks.check(withoutDomain));

        assertThat(failure.getMessage()).contains("failed to check any classes");
    }

    @Test
    void everyRuleHasAPlantedViolation() {
        Stream<Object> planted = plants().flatMap(plant -> ((Set<?>) plant.get()[1]).stream());

        assertThat(planted).containsAll(RULES.keySet());
        assertThat(RULES).hasSize(8);
        assertThat(ArchitectureRules.class.getFields()).extracting(Field::getName)
                .containsExactlyInAnyOrder("ROOT", "everyModule", "rings");
    }

    @Test
    void aModuleThatKeepsTheRulesPassesThemAll() {
        JavaClasses tidy = classesOf("tidy");

        RULES.forEach((name, rule) -> assertThat(rule.evaluate(tidy).hasViolation()).as(name).isFalse());
    }

    @Test
    void aPlantedCycleIsReportedWithItsFeaturesAndTheDependenciesEachWay() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> ArchitectureRules.EveryModule.featuresAreFreeOfCycles.check(classesOf("plantedcycle")));

        assertThat(failure.getMessage().lines().map(String::strip)).containsExactly(
                "Architecture Violation [Priority: MEDIUM] - Rule 'slices matching 'fr.inclusion.orientation.(*).(*)..'"
                        + " should be free of cycles' was violated (1 times):",
                "Cycle detected: feature plantedcycle.lifecycle ->",
                "feature plantedcycle.servicelevel ->",
                "feature plantedcycle.lifecycle",
                "1. Dependencies of feature plantedcycle.lifecycle",
                "- Field <" + LIFECYCLE + ".deadlines> has type <" + DEADLINES + "> in (ReferralLifecycle.java:0)",
                "- Constructor <" + LIFECYCLE + ".<init>()> calls constructor <" + DEADLINES + ".<init>()>"
                        + " in (ReferralLifecycle.java:8)",
                "- Method <" + LIFECYCLE + ".send(java.lang.String)> calls method <" + DEADLINES
                        + ".schedule(java.lang.String)> in (ReferralLifecycle.java:11)",
                "2. Dependencies of feature plantedcycle.servicelevel",
                "- Method <" + DEADLINES + ".schedule(java.lang.String)> calls method <" + LIFECYCLE
                        + ".status(java.lang.String)> in (AnswerDeadlines.java:9)");
    }

    /** Imports the planted module's directory only (scanning every jar for the package takes seconds). */
    private static JavaClasses classesOf(String plantedModule) {
        String directory = "/" + (ArchitectureRules.ROOT + "." + plantedModule).replace('.', '/');
        try {
            return new ClassFileImporter().importPath(Path.of(ArchitectureRulesTest.class.getResource(directory).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, ArchRule> rules() {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        Stream.of(ArchitectureRules.EveryModule.class, ArchitectureRules.Rings.class)
                .flatMap(holder -> Arrays.stream(holder.getFields()))
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == ArchRule.class)
                .forEach(field -> rules.put(field.getName(), valueOf(field)));
        return rules;
    }

    private static ArchRule valueOf(Field field) {
        try {
            return (ArchRule) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
