package dev.reinhardt.core.management;

import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * The {@code main} of a project's {@code manage} script (Django's
 * {@code manage.py}): runs one management command and exits with its status.
 */
public final class Main {

    private Main() {
    }

    /** Run the command {@code args} and exit with its status. */
    public static void main(String[] args) {
        Charset charset = System.out.charset();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true);
        boolean color = System.console() != null && System.getenv("NO_COLOR") == null;
        int status = new ManagementUtility(out, err, color).installGlobally().execute(args);
        System.exit(status);
    }
}
