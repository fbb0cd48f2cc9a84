package vn.sohoa.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;

import vn.sohoa.app.cli.Cli;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.scanner.simulated.CaseFilePageGenerator;

/**
 * The onion, enforced (as JabRef does): app → engine → casefile model; app → drivers; the engine
 * never touches JavaFX or the app and sees only the drivers' SPI; drivers never touch the engine;
 * no cycles between packages; nothing below the app writes to stdout or stderr.
 */
class ArchitectureTest {

    /** Production classes only: not test classes, nor the engine's test-jar of shared test helpers. */
    static final ImportOption PRODUCTION = location -> !location.contains("/test-classes/") && !location.contains("-tests.jar");

    static final JavaClasses ENGINE = importModuleOf(Workstation.class);
    static final JavaClasses DRIVERS = importModuleOf(CaseFilePageGenerator.class);
    static final JavaClasses APP = importModuleOf(Cli.class);
    static final JavaClasses ALL = new ClassFileImporter().withImportOption(PRODUCTION)
            .importPackages("vn.sohoa");

    @Test
    void eachModuleWasFound() {
        org.assertj.core.api.Assertions.assertThat(ENGINE.size()).isGreaterThan(30);
        org.assertj.core.api.Assertions.assertThat(DRIVERS.size()).isGreaterThan(2);
        org.assertj.core.api.Assertions.assertThat(APP.size()).isGreaterThan(5);
    }

    @Test
    void theEngineNeverTouchesJavaFxOrTheApp() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "vn.sohoa.app..")
                .because("the engine runs headless under the CLI, the desktop and tests").check(ENGINE);
    }

    @Test
    void theEngineSeesOnlyTheDriversSpi() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("vn.sohoa.scanner.*..")
                .because("drivers are chosen by the app; the engine knows only the SPI in vn.sohoa.scanner").check(ENGINE);
    }

    @Test
    void driversNeverTouchTheEngineOrTheApp() {
        String[] enginePackages = packagesOf(ENGINE).toArray(String[]::new);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(enginePackages).check(DRIVERS);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("vn.sohoa.app..", "javafx..").check(DRIVERS);
    }

    @Test
    void theCasefileModelDependsOnNothingButMessages() {
        noClasses().that().resideInAPackage("vn.sohoa.casefile..").should().dependOnClassesThat()
                .resideInAnyPackage("vn.sohoa.store..", "vn.sohoa.capture..", "vn.sohoa.pipeline..", "vn.sohoa.imaging..")
                .check(ENGINE);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("vn.sohoa.(*)..").should().beFreeOfCycles().check(ALL);
        slices().matching("vn.sohoa.app.(*)..").should().beFreeOfCycles().check(APP);
    }

    @Test
    void desktopViewModelsNeverTouchJavaFxControlsOrViews() {
        // views -> view models -> engine (as JabRef keeps gui apart from logic): view models are testable without a toolkit.
        noClasses().that().resideInAPackage("vn.sohoa.app.desktop.model..").should().dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..", "javafx.animation..",
                        "vn.sohoa.app.desktop.view..")
                .because("view models hold state and call the engine; only views know controls").check(APP);
    }

    @Test
    void desktopViewsLeaveTheEnginesWorkToViewModels() {
        noClasses().that().resideInAPackage("vn.sohoa.app.desktop.view..").should().dependOnClassesThat()
                .resideInAnyPackage("vn.sohoa.store..", "vn.sohoa.capture..", "vn.sohoa.evidence..", "vn.sohoa.ocr..",
                        "vn.sohoa.anonymize..")
                .because("views show what view models hold; the work is the view models'").check(APP);
    }

    @Test
    void nothingBelowTheAppPrints() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(ENGINE);
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(DRIVERS);
    }

    private static JavaClasses importModuleOf(Class<?> member) {
        return new ClassFileImporter().withImportOption(PRODUCTION)
                .importLocations(Set.of(com.tngtech.archunit.core.importer.Location.of(
                        member.getProtectionDomain().getCodeSource().getLocation())));
    }

    private static Set<String> packagesOf(JavaClasses classes) {
        return classes.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
    }
}
