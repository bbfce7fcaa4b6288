package dev.reinhardt.db;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The ORM stays usable without the web layer (DESIGN §1, §4). */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.reinhardt");

    @Test
    void ormNeverDependsOnTheWebLayer() {
        noClasses().that().resideInAPackage("dev.reinhardt.db..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.reinhardt.http..", "dev.reinhardt.urls..",
                        "dev.reinhardt.views..", "dev.reinhardt.core.handlers..", "dev.reinhardt.middleware..")
                .check(classes);
    }

    @Test
    void backendsKnowNothingOfModels() {
        noClasses().that().resideInAPackage("dev.reinhardt.db.backends..")
                .should().dependOnClassesThat().resideInAPackage("dev.reinhardt.db.models..")
                .check(classes);
    }
}
