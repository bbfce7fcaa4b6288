package dev.reinhardt.core.management.commands;

import dev.reinhardt.Reinhardt;
import dev.reinhardt.core.management.BaseCommand;
import picocli.CommandLine.Command;

/** {@code manage version}: print Reinhardt's version. */
@Command(name = "version", description = "Print the version of Reinhardt.")
public final class VersionCommand extends BaseCommand {

    @Override
    protected boolean requiresSettings() {
        return false;
    }

    @Override
    protected void handle() {
        stdout().println(Reinhardt.version());
    }
}
