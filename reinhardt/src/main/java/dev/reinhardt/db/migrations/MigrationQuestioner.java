package dev.reinhardt.db.migrations;

import dev.reinhardt.db.migrations.state.FieldState;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The questions {@code makemigrations} asks when models alone cannot tell
 * what happened (Django's {@code MigrationQuestioner}). Interactive
 * questioners ask a person; {@link #nonInteractive(PrintWriter)} gives the
 * safe answer: a rename is not assumed, and a required field without a
 * default stops with a clear error.
 */
public interface MigrationQuestioner {

    /** Return whether model {@code oldLabel} was renamed to {@code newName}. */
    boolean askRenameModel(String oldLabel, String newName);

    /** Return whether {@code model}'s field {@code oldName} was renamed to {@code newName} (both {@code field}). */
    boolean askRenameField(String model, String oldName, String newName, FieldState field);

    /**
     * Return the one-off default for existing rows when a field that is neither
     * nullable nor has a database default is added.
     *
     * @throws MigrationError when there is none to give: the run stops
     */
    String askNotNullAddition(String model, String field);

    /** Return the value for NULLs when a field becomes required, or null to leave them for the user to handle. */
    String askNotNullAlteration(String model, String field);

    /** Return whether to merge the branches of {@code app}. */
    boolean askMerge(String app);

    /** Return whether to go on squashing {@code count} migrations of {@code app}. */
    boolean askSquash(String app, int count);

    /** Return the questioner that asks through {@code in} and {@code out}. */
    static MigrationQuestioner interactive(BufferedReader in, PrintWriter out) {
        return new Interactive(in, out);
    }

    /** Return the questioner that never asks, writing its warnings to {@code log}. */
    static MigrationQuestioner nonInteractive(PrintWriter log) {
        return new NonInteractive(log);
    }

    /**
     * Return the questioner for finding out only whether models changed: it
     * asks nothing, assumes no rename, and gives a placeholder where a
     * required field needs a one-off default instead of stopping.
     */
    static MigrationQuestioner detectingOnly() {
        return new DetectingOnly();
    }

    /** Answers so that detection runs to the end; its operations are for counting, never for writing. */
    final class DetectingOnly implements MigrationQuestioner {

        private DetectingOnly() {
        }

        @Override
        public boolean askRenameModel(String oldLabel, String newName) {
            return false;
        }

        @Override
        public boolean askRenameField(String model, String oldName, String newName, FieldState field) {
            return false;
        }

        @Override
        public String askNotNullAddition(String model, String field) {
            return "";
        }

        @Override
        public String askNotNullAlteration(String model, String field) {
            return null;
        }

        @Override
        public boolean askMerge(String app) {
            return false;
        }

        @Override
        public boolean askSquash(String app, int count) {
            return false;
        }
    }

    /** Gives the safe answer to every question (Django's {@code --noinput}). */
    final class NonInteractive implements MigrationQuestioner {

        private final PrintWriter log;

        NonInteractive(PrintWriter log) {
            this.log = log;
        }

        @Override
        public boolean askRenameModel(String oldLabel, String newName) {
            return false;
        }

        @Override
        public boolean askRenameField(String model, String oldName, String newName, FieldState field) {
            return false;
        }

        @Override
        public String askNotNullAddition(String model, String field) {
            throw new MigrationError("It is impossible to add a non-nullable field '" + field + "' to " + model
                    + " without specifying a default. This is because the database needs something to populate "
                    + "existing rows. Give the field a dbDefault, make it nullable, or run makemigrations without "
                    + "--noinput to enter a one-off default.");
        }

        @Override
        public String askNotNullAlteration(String model, String field) {
            log.println("Field '" + field + "' on model '" + model + "' becomes non-nullable without a default; rows "
                    + "holding NULL will make the migration fail until they are corrected.");
            return null;
        }

        @Override
        public boolean askMerge(String app) {
            return true;
        }

        @Override
        public boolean askSquash(String app, int count) {
            return true;
        }
    }

    /** Asks a person on the console; end of input counts as the safe answer. */
    final class Interactive implements MigrationQuestioner {

        private final BufferedReader in;
        private final PrintWriter out;

        Interactive(BufferedReader in, PrintWriter out) {
            this.in = in;
            this.out = out;
        }

        @Override
        public boolean askRenameModel(String oldLabel, String newName) {
            return yesNo("Was the model " + oldLabel + " renamed to " + newName + "? [y/N] ");
        }

        @Override
        public boolean askRenameField(String model, String oldName, String newName, FieldState field) {
            return yesNo("Was " + model + "." + oldName + " renamed to " + model + "." + newName + " (a " + field.type()
                    + ")? [y/N] ");
        }

        @Override
        public String askNotNullAddition(String model, String field) {
            out.println("It is impossible to add a non-nullable field '" + field + "' to " + model + " without "
                    + "specifying a default. This is because the database needs something to populate existing rows.");
            String choice = choose("Provide a one-off default now (will be set on all existing rows)",
                    "Quit and manually define a default value (dbDefault) or make the field nullable");
            if (!"1".equals(choice)) {
                throw new MigrationError("Stopped: give '" + field + "' on " + model + " a dbDefault or make it "
                        + "nullable, then run makemigrations again.");
            }
            return literal();
        }

        @Override
        public String askNotNullAlteration(String model, String field) {
            out.println("It is impossible to change a nullable field '" + field + "' on " + model + " to non-nullable "
                    + "without providing a default. This is because the database needs something to populate "
                    + "existing rows.");
            String choice = choose("Provide a one-off default now (will be set on all existing rows with a null value "
                            + "for this column)",
                    "Ignore for now. Existing rows that contain NULL values will have to be handled manually, for "
                            + "example with a RunSQL or RunJava operation",
                    "Quit and manually define a default value (dbDefault)");
            if ("1".equals(choice)) {
                return literal();
            }
            if ("2".equals(choice)) {
                return null;
            }
            throw new MigrationError("Stopped: give '" + field + "' on " + model + " a dbDefault, then run "
                    + "makemigrations again.");
        }

        @Override
        public boolean askMerge(String app) {
            return yesNo("Do you want to merge these migration branches of " + app + "? [y/N] ");
        }

        @Override
        public boolean askSquash(String app, int count) {
            return yesNo("Will squash " + count + " migrations of " + app + ". Do you wish to proceed? [y/N] ");
        }

        private String choose(String... options) {
            out.println("Please select a fix:");
            for (int i = 0; i < options.length; i++) {
                out.println(" " + (i + 1) + ") " + options[i]);
            }
            while (true) {
                out.print("Select an option: ");
                out.flush();
                String answer = readLine();
                if (answer == null) {
                    return String.valueOf(options.length);
                }
                answer = answer.trim();
                if (answer.matches("[1-9]") && Integer.parseInt(answer) <= options.length) {
                    return answer;
                }
                out.println("Please select a valid option.");
            }
        }

        private String literal() {
            out.println("Please enter the default value as it would appear in the column: a number, true or false, "
                    + "or text without quotes.");
            while (true) {
                out.print(">>> ");
                out.flush();
                String answer = readLine();
                if (answer == null) {
                    throw new MigrationError("Stopped: no default value was entered.");
                }
                if (!answer.isEmpty()) {
                    return answer;
                }
                out.println("Please enter some value, or 'exit' (without quotes) to exit.");
            }
        }

        private boolean yesNo(String question) {
            while (true) {
                out.print(question);
                out.flush();
                String answer = readLine();
                if (answer == null) {
                    return false;
                }
                answer = answer.trim().toLowerCase(Locale.ROOT);
                if (answer.isEmpty() || answer.startsWith("n")) {
                    return false;
                }
                if (answer.startsWith("y")) {
                    return true;
                }
                out.println("Please answer yes or no.");
            }
        }

        private String readLine() {
            try {
                String line = in.readLine();
                if (line != null && line.trim().equals("exit")) {
                    throw new MigrationError("Stopped at the user's request.");
                }
                return line;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
