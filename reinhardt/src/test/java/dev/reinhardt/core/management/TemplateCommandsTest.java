package dev.reinhardt.core.management;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.reinhardt.core.management.ManagementUtilityTest.manage;
import static dev.reinhardt.core.management.ManagementUtilityTest.manageWith;
import static org.assertj.core.api.Assertions.assertThat;

class TemplateCommandsTest {

    @TempDir
    Path dir;

    @Test
    void startprojectWritesARunnableSkeleton() throws IOException {
        Path target = dir.resolve("mysite");
        ManagementUtilityTest.Run run = manage("startproject", "mysite", target.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(target.resolve("manage")).isExecutable();
        assertThat(target.resolve("mvnw")).isExecutable();
        assertThat(target.resolve(".mvn/wrapper/maven-wrapper.properties")).exists();
        assertThat(Files.readString(target.resolve("manage")))
                .contains("REINHARDT_SETTINGS_MODULE:-mysite.config.settings.Development");
        assertThat(Files.readString(target.resolve("pom.xml")))
                .contains("<artifactId>reinhardt-parent</artifactId>")
                .doesNotContain("{{");
        String development = Files.readString(target.resolve("src/main/java/mysite/config/settings/Development.java"));
        assertThat(development).startsWith("package mysite.config.settings;")
                .containsPattern("secretKey = \"reinhardt-insecure-.{50}\";");
        assertThat(target.resolve("src/test/java/mysite/config/SettingsTest.java")).exists();
    }

    @Test
    void startprojectGivesEachProjectItsOwnKey() throws IOException {
        manage("startproject", "one", dir.resolve("one").toString());
        manage("startproject", "two", dir.resolve("two").toString());
        String one = Files.readString(dir.resolve("one/src/main/java/one/config/settings/Development.java"));
        String two = Files.readString(dir.resolve("two/src/main/java/two/config/settings/Development.java"));
        assertThat(one.replace("one.config", "")).isNotEqualTo(two.replace("two.config", ""));
    }

    @Test
    void startprojectRejectsNamesThatCannotBePackages() {
        assertThat(manage("startproject", "My-Site", dir.resolve("x").toString()).err())
                .isEqualTo("CommandError: 'My-Site' is not a valid project name. Use lowercase letters, digits and "
                        + "underscores, starting with a letter (for example 'mysite').\n");
        assertThat(manage("startproject", "class", dir.resolve("y").toString()).err())
                .isEqualTo("CommandError: 'class' is a Java keyword and cannot be a project name. Please try another name.\n");
    }

    @Test
    void startprojectRefusesToOverwriteAFolder() throws IOException {
        Path target = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(target.resolve("notes.txt"), "mine");

        ManagementUtilityTest.Run run = manage("startproject", "taken", target.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("already exists and is not empty");
        assertThat(Files.readString(target.resolve("notes.txt"))).isEqualTo("mine");
    }

    @Test
    void startappAddsAnAppToTheProjectPackage() throws IOException {
        Files.createDirectories(dir.resolve("src/main/java"));
        ManagementUtilityTest.Run run = manageWith(ManagementUtilityTest.GreeterSettings.class,
                "startapp", "order_lines", "--directory", dir.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Next: add dev.order_lines.OrderLinesConfig.class to installedApps");
        assertThat(Files.readString(dir.resolve("src/main/java/dev/order_lines/OrderLinesConfig.java")))
                .contains("package dev.order_lines;").contains("public final class OrderLinesConfig extends AppConfig");
        assertThat(dir.resolve("src/main/java/dev/order_lines/models/package-info.java")).exists();
        assertThat(dir.resolve("src/test/java/dev/order_lines/OrderLinesConfigTest.java")).exists();
    }

    @Test
    void startappRefusesAnExistingPackage() throws IOException {
        Files.createDirectories(dir.resolve("src/main/java/shop/orders"));
        ManagementUtilityTest.Run run = manageWith(ManagementUtilityTest.GreeterSettings.class,
                "startapp", "orders", "--package", "shop", "--directory", dir.toString());

        assertThat(run.err()).isEqualTo("CommandError: 'orders' conflicts with the existing package shop.orders and "
                + "cannot be used as an app name. Please try another name.\n");
    }

    @Test
    void startappOutsideAProjectSaysWhereToRunIt() {
        ManagementUtilityTest.Run run = manageWith(ManagementUtilityTest.GreeterSettings.class,
                "startapp", "orders", "--directory", dir.toString());
        assertThat(run.err()).startsWith("CommandError: There is no src/main/java in ")
                .endsWith(". Run startapp from the project folder, or pass --directory.\n");
    }
}
