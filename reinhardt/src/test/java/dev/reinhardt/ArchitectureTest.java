package dev.reinhardt;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the layering of DESIGN.md §1: the ORM never depends on the web layer, and top-level packages form no cycle. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.reinhardt");

    @Test
    void ormDoesNotDependOnTheWebLayer() {
        noClasses().that().resideInAPackage("dev.reinhardt.db..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.reinhardt.http..", "dev.reinhardt.urls..", "dev.reinhardt.views..",
                        "dev.reinhardt.core.handlers..", "dev.reinhardt.middleware..", "dev.reinhardt.core.server..",
                        "dev.reinhardt.core.management..", "dev.reinhardt.template..")
                .because("the ORM must be usable without the web layer (DESIGN.md §1)")
                .check(CLASSES);
    }

    @Test
    void ormDependsOnlyOnConfAppsDispatchAndLeafPackages() {
        noClasses().that().resideInAPackage("dev.reinhardt.db..")
                .should().dependOnClassesThat(resideInAPackage("dev.reinhardt..").and(resideOutsideOfPackages(
                        "dev.reinhardt.db..", "dev.reinhardt.conf..", "dev.reinhardt.apps..",
                        "dev.reinhardt.dispatch..", "dev.reinhardt.exceptions..", "dev.reinhardt.utils..")))
                .check(CLASSES);
    }

    @Test
    void leafPackagesDependOnNothingElseInReinhardt() {
        noClasses().that().resideInAnyPackage("dev.reinhardt.exceptions..", "dev.reinhardt.utils..",
                        "dev.reinhardt.dispatch..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.reinhardt.conf..", "dev.reinhardt.apps..",
                        "dev.reinhardt.core..", "dev.reinhardt.db..", "dev.reinhardt.http..")
                .check(CLASSES);
    }

    @Test
    void settingsAndAppsDoNotDependOnTheLayersAboveThem() {
        noClasses().that().resideInAnyPackage("dev.reinhardt.conf..", "dev.reinhardt.apps..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.reinhardt.core..", "dev.reinhardt.db..",
                        "dev.reinhardt.http..", "dev.reinhardt.urls..", "dev.reinhardt.views..")
                .check(CLASSES);
    }

    @Test
    void topLevelPackagesFormNoCycle() {
        slices().matching("dev.reinhardt.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
