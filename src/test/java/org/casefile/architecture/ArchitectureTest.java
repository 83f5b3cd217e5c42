package org.casefile.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;

/** The layering rules of docs/design.md, checked on every build. */
@AnalyzeClasses(packages = "org.casefile", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule screensAndCommandsNeverTouchTheDatabase = noClasses()
            .that().resideInAnyPackage("org.casefile.app..", "org.casefile.ui..", "org.casefile.cli..",
                    "org.casefile.settings..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..", "org.h2..",
                    "org.flywaydb..", "com.zaxxer..")
            .because("screens and commands call services, which own their transactions");

    /** A screen class: a controller, form, view-model or cell, or a class nested in one. */
    static final DescribedPredicate<JavaClass> SCREEN_CLASS = new DescribedPredicate<>("a screen class") {
        @Override
        public boolean test(JavaClass c) {
            JavaClass top = c;
            while (top.getEnclosingClass().isPresent()) {
                top = top.getEnclosingClass().get();
            }
            String name = top.getSimpleName();
            return name.endsWith("Controller") || name.endsWith("Form") || name.endsWith("ViewModel")
                    || name.endsWith("Cell");
        }
    };

    @ArchTest
    static final ArchRule onlyScreensTouchJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.casefile.app..", "org.casefile.ui..", "org.casefile")
            .and(DescribedPredicate.not(SCREEN_CLASS))
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..",
                    "org.kordamp..")
            .because("services, typology, importing and bundle rendering run without a screen");

    @ArchTest
    static final ArchRule screensNeverTouchEntities = noClasses()
            .that(SCREEN_CLASS).or().resideInAPackage("org.casefile.ui..")
            .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
            .because("screens receive records from services; entities never reach the FX thread");

    @ArchTest
    static final ArchRule theStoreAndSecurityHaveNoScreens = noClasses()
            .that().resideInAnyPackage("org.casefile.store..", "org.casefile.security..", "org.casefile.search..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.casefile.ui..", "org.casefile.app..")
            .because("the lower layers run headless, for the command line and for tests");

    @ArchTest
    static final ArchRule sharedScreenPartsKnowNoWindow = noClasses()
            .that().resideInAPackage("org.casefile.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.casefile.app..")
            .because("app is the window's composition root; features use ui, app uses features");

    @ArchTest
    static final ArchRule pureFeaturesStayPure = noClasses()
            .that().resideInAnyPackage("org.casefile.typology..", "org.casefile.importing..", "org.casefile.bundle..")
            // The import review screen lives beside its parsers; only it (a *Controller) may use JavaFX.
            .and(DescribedPredicate.not(SCREEN_CLASS))
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "jakarta.persistence..", "org.hibernate..")
            .allowEmptyShould(true)
            .because("typology, importers and bundle rendering are records in, records out (the bundle screen's "
                    + "controller lives beside them, as every feature's screens do)");

    @ArchTest
    static final ArchRule pureFeaturesNeverTouchTheDatabase = noClasses()
            .that().resideInAnyPackage("org.casefile.typology..", "org.casefile.importing..", "org.casefile.bundle..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
            .allowEmptyShould(true)
            .because("bundles gather the case through the services, which own their transactions");

    @ArchTest
    static final ArchRule entitiesStayInsideTheirPackage = classes()
            .that().areAnnotatedWith(Entity.class)
            .should().notBePublic()
            .because("services return records; entities never reach a screen");

    @ArchTest
    static final ArchRule theStoreKnowsNoFeature = noClasses()
            .that().resideInAPackage("org.casefile.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.casefile.security..", "org.casefile.app..",
                    "org.casefile.cli..")
            .because("the store is the bottom layer");

    @ArchTest
    static final ArchRule theWindowAndTheCommandLineAreSeparate = noClasses()
            .that().resideInAPackage("org.casefile.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.casefile.app..")
            .because("commands run headless; Main decides which one starts");

    @ArchTest
    static final ArchRule nobodyPrintsToTheConsoleButTheCommandLine = noClasses()
            .that().resideOutsideOfPackage("org.casefile.cli..")
            .should().accessField(System.class, "out")
            .because("logs go through SLF4J and must not carry case data to a console");
}
