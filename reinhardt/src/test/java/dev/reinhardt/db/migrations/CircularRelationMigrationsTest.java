package dev.reinhardt.db.migrations;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.migrations.MigrationTestSupport.Run;
import dev.reinhardt.db.migrations.fixtures.people.PeopleConfig;
import dev.reinhardt.db.migrations.fixtures.teams.TeamsConfig;
import dev.reinhardt.exceptions.IntegrityError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.reinhardt.db.migrations.MigrationTestSupport.compile;
import static dev.reinhardt.db.migrations.MigrationTestSupport.rows;
import static dev.reinhardt.db.migrations.MigrationTestSupport.withClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * New models pointing at each other, across two apps (a person plays for a
 * team, a team's captain is a person) and within one (a team plays in a
 * league, a league's champion is a team): makemigrations splits the cycle
 * across apps into three migrations that compile, migrate builds every
 * foreign key, unapplies them all again, and no change is left over.
 */
class CircularRelationMigrationsTest extends OnEachVendor {

    public static class CycleSettings extends Settings {
        public CycleSettings() {
            installedApps = List.of(PeopleConfig.class, TeamsConfig.class);
            debug = true;
            timeZone = "UTC";
        }
    }

    private static final String PEOPLE = "dev/reinhardt/db/migrations/fixtures/people";
    private static final String TEAMS = "dev/reinhardt/db/migrations/fixtures/teams";

    @TempDir
    Path project;

    private static Run manage(String... args) {
        return MigrationTestSupport.manage(CycleSettings.class, args);
    }

    @Test
    void aCycleAcrossAppsBecomesThreeMigrationsThatMigrateBothWaysAndLeaveNoChanges() throws Exception {
        Path sources = project.resolve("src/main/java");
        Files.createDirectories(sources.resolve(PEOPLE));
        Files.createDirectories(sources.resolve(TEAMS));
        Connections previous = Connections.install(db.handler());
        try {
            Run make = manage("makemigrations", "--noinput", "--directory", project.toString());
            assertThat(make.status()).as(make.err()).isZero();
            Path people1 = sources.resolve(PEOPLE + "/migrations/M0001_initial.java");
            Path people2 = sources.resolve(PEOPLE + "/migrations/M0002_person_team.java");
            Path teams1 = sources.resolve(TEAMS + "/migrations/M0001_initial.java");
            assertThat(make.out()).isEqualTo("Migrations for 'people':\n"
                    + "  " + people1 + "\n    - Create model Person\n"
                    + "  " + people2 + "\n    - Add field team to person\n"
                    + "Migrations for 'teams':\n"
                    + "  " + teams1 + "\n    - Create model League\n    - Create model Team\n"
                    + "    - Add field champion to league\n");
            assertWrittenSources(people1, people2, teams1);

            Path classes = compile(project.resolve("classes"), people1, people2, teams1);
            withClasses(classes, () -> {
                Run migrate = manage("migrate", "--noinput");
                assertThat(migrate.status()).as(migrate.err()).isZero();
                assertThat(migrate.out()).contains("  Applying people.0001_initial... OK\n"
                        + "  Applying teams.0001_initial... OK\n"
                        + "  Applying people.0002_person_team... OK\n");
                assertForeignKeysEnforced();

                Run check = manage("makemigrations", "--check", "--directory", project.toString());
                assertThat(check.status()).as(check.out() + check.err()).isZero();
                assertThat(check.out()).isEqualTo("No changes detected\n");

                Run back = manage("migrate", "people", "zero");
                assertThat(back.status()).as(back.err()).isZero();
                assertThat(back.out()).endsWith("  Unapplying people.0002_person_team... OK\n"
                        + "  Unapplying teams.0001_initial... OK\n"
                        + "  Unapplying people.0001_initial... OK\n");
                assertThat(connection.introspection().tableNames())
                        .noneMatch(table -> table.startsWith("people_") || table.startsWith("teams_"));
                return null;
            });
        } finally {
            Connections.install(previous);
        }
    }

    /** Check the migrations read as Django's would: the split field added last, after the other app's migration. */
    private static void assertWrittenSources(Path people1, Path people2, Path teams1) throws Exception {
        assertThat(Files.readString(people1)).contains("""
                        return List.of();
                """, """
                        return List.of(
                                CreateModel.of("Person")
                                        .field("id", field("BigAutoField"))
                                        .field("name", field("CharField", "maxLength", 40)));
                """);
        assertThat(Files.readString(people2)).contains("public final class M0002_person_team extends Migration", """
                        return List.of("people.0001_initial", "teams.0001_initial");
                """, """
                        return List.of(
                                AddField.of("Person", "team", field("ForeignKey", "to", "teams.Team", "onDelete", OnDelete.CASCADE,
                                        "relatedName", "players")));
                """);
        assertThat(Files.readString(teams1)).contains("""
                        return List.of("people.0001_initial");
                """, """
                                CreateModel.of("Team")
                                        .field("id", field("BigAutoField"))
                                        .field("name", field("CharField", "maxLength", 40))
                                        .field("captain", field("ForeignKey", "to", "people.Person", "onDelete", OnDelete.SET_NULL,
                                                "nullable", true, "relatedName", "captained"))
                                        .field("league", field("ForeignKey", "to", "teams.League", "onDelete", OnDelete.SET_NULL,
                                                "nullable", true, "relatedName", "teams")),
                                AddField.of("League", "champion", field("ForeignKey", "to", "teams.Team", "onDelete", OnDelete.SET_NULL,
                                        "nullable", true, "relatedName", "titles")));
                """);
    }

    private void assertForeignKeysEnforced() {
        SchemaSnapshot schema = SchemaSnapshot.of(connection, "people_", "teams_");
        assertThat(schema.foreignKeys("people_person")).containsExactly("team_id -> teams_team.id");
        assertThat(schema.foreignKeys("teams_team"))
                .containsExactly("captain_id -> people_person.id", "league_id -> teams_league.id");
        assertThat(schema.foreignKeys("teams_league")).containsExactly("champion_id -> teams_team.id");
        if (vendor.equals("postgresql")) {
            // Named constraints: PostgreSQL reports only real ones, added at the end of each migration.
            assertThat(schema.tables().values()).flatMap(SchemaSnapshot.Table::foreignKeys).hasSize(4)
                    .allMatch(key -> key.endsWith("_fk)"));
        }

        connection.execute("INSERT INTO teams_team (id, name) VALUES (?, ?)", 1, "Owls");
        connection.execute("INSERT INTO people_person (id, name, team_id) VALUES (?, ?, ?)", 1, "Ada", 1);
        connection.execute("UPDATE teams_team SET captain_id = ?", 1);
        connection.execute("INSERT INTO teams_league (id, name, champion_id) VALUES (?, ?, ?)", 1, "North", 1);
        connection.execute("UPDATE teams_team SET league_id = ?", 1);
        assertThat(rows(connection, "SELECT p.name, l.name FROM teams_team t JOIN people_person p ON p.id = "
                + "t.captain_id JOIN teams_league l ON l.id = t.league_id")).containsExactly(List.of("Ada", "North"));
        assertThatThrownBy(() -> connection.execute("UPDATE teams_team SET captain_id = ?", 99))
                .isInstanceOf(IntegrityError.class);
        assertThatThrownBy(() -> connection.execute("INSERT INTO people_person (name, team_id) VALUES (?, ?)",
                "Bo", 99))
                .isInstanceOf(IntegrityError.class);
        assertThatThrownBy(() -> connection.execute("UPDATE teams_league SET champion_id = ?", 99))
                .isInstanceOf(IntegrityError.class);
    }
}
