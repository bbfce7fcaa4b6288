package dev.reinhardt.core.handlers;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Only core.server may know the server: everything else serves any container. */
class ServerNeutralityTest {

    private static final JavaClasses REINHARDT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.reinhardt");

    @Test
    void onlyCoreServerDependsOnJettyOrServlets() {
        noClasses().that().resideOutsideOfPackage("dev.reinhardt.core.server..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jetty..", "jakarta.servlet..")
                .check(REINHARDT);
    }

    @Test
    void requestsAndResponsesDoNotDependOnTheHandlerOrMiddleware() {
        noClasses().that().resideInAnyPackage("dev.reinhardt.http..", "dev.reinhardt.urls..", "dev.reinhardt.views..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.reinhardt.core..", "dev.reinhardt.middleware..")
                .check(REINHARDT);
    }
}
