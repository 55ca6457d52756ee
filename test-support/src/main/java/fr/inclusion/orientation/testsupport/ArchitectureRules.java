package fr.inclusion.orientation.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The architecture rules every module applies. Each service has an {@code ArchitectureTest} that imports its own main
 * classes ({@code fr.inclusion.orientation.<module>}) and runs all of them with
 * {@code ArchTests.in(ArchitectureRules.class)}; the gateway and the web UI, which have no rings, run
 * {@code ArchTests.in(ArchitectureRules.EveryModule.class)}. A feature is the second package level below the root
 * ({@code fr.inclusion.orientation.referral.lifecycle}); its rings are the packages {@code domain},
 * {@code application}, {@code persistence}, {@code web}, {@code messaging} below it.
 *
 * <p>{@code ArchitectureRulesTest} (test-support's own tests) plants a violation of each rule and proves the rule
 * fails on it. The ring rules fail when the ring they name is missing (ArchUnit's {@code failOnEmptyShould}), so a
 * renamed package cannot make them pass by protecting nothing.
 */
public final class ArchitectureRules {

    /** The root of every module's packages. */
    public static final String ROOT = "fr.inclusion.orientation";

    private static final Pattern PERSISTENCE_OF_A_FEATURE =
            Pattern.compile("^fr\\.inclusion\\.orientation\\.([^.]+)\\.([^.]+)\\.persistence(\\..*)?$");

    @ArchTest
    public static final ArchTests everyModule = ArchTests.in(EveryModule.class);

    @ArchTest
    public static final ArchTests rings = ArchTests.in(Rings.class);

    private ArchitectureRules() {
    }

    /** Rules for any module, with or without rings. */
    public static final class EveryModule {

        /** Features ({@code <root>.<module>.<feature>}) depend on each other in one direction only. */
        @ArchTest
        public static final ArchRule featuresAreFreeOfCycles = slices()
                .matching(ROOT + ".(*).(*)..").namingSlices("feature $1.$2")
                .should().beFreeOfCycles();

        /** No two packages, at any depth, depend on each other (not even through others). */
        @ArchTest
        public static final ArchRule packagesAreFreeOfCycles = slices()
                .matching(ROOT + ".(**)").namingSlices("package $1")
                .should().beFreeOfCycles();

        @ArchTest
        public static final ArchRule persistenceIsPrivateToItsFeature = classes()
                .should(useNoPersistenceOfAnotherFeature())
                .because("a collection has one owner: another feature asks the owner's application or port");

        @ArchTest
        public static final ArchRule throwablesAreNamedException = classes()
                .that().areAssignableTo(Throwable.class).and().areNotAnonymousClasses()
                .should().haveSimpleNameEndingWith("Exception")
                .because("one name for one kind of thing: a type that is thrown ends with Exception")
                .allowEmptyShould(true);

        private EveryModule() {
        }
    }

    /** The rings of a service's features: dependencies point inwards, to the domain. */
    public static final class Rings {

        @ArchTest
        public static final ArchRule domainIsFreeOfFrameworks = noClasses()
                .that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "tools.jackson..",
                        "com.fasterxml.jackson..", "org.bson..", "com.mongodb..", "org.apache.kafka..", "jakarta..")
                .because("the domain holds the rules, not the framework, the store or the wire format");

        @ArchTest
        public static final ArchRule domainKnowsNoOuterRing = noClasses()
                .that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..web..", "..messaging..",
                        "..persistence..")
                .because("the rings depend inwards: the domain is stored and served, it reaches for nothing");

        @ArchTest
        public static final ArchRule applicationDoesNotReachIntoWebNorMessaging = noClasses()
                .that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "..messaging..")
                .because("controllers and consumers call the application, not the other way round");

        @ArchTest
        public static final ArchRule webDoesNotReachPersistence = noClasses()
                .that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAPackage("..persistence..")
                .because("controllers go through the application");

        private Rings() {
        }
    }

    /**
     * Allows a dependency on {@code <root>.<module>.<feature>.persistence..} only from the same feature or from the
     * module's {@code config} package (which wires the beans).
     */
    static ArchCondition<JavaClass> useNoPersistenceOfAnotherFeature() {
        return new ArchCondition<>("use no persistence of another feature") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    Matcher persistence = PERSISTENCE_OF_A_FEATURE.matcher(target.getPackageName());
                    if (persistence.matches() && !mayUse(origin.getPackageName(), persistence)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static boolean mayUse(String originPackage, Matcher persistence) {
        String feature = ROOT + "." + persistence.group(1) + "." + persistence.group(2);
        String config = ROOT + "." + persistence.group(1) + ".config";
        return within(originPackage, feature) || within(originPackage, config);
    }

    private static boolean within(String packageName, String parent) {
        return packageName.equals(parent) || packageName.startsWith(parent + ".");
    }
}
