package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;

public class Badge extends Tagged {

    public static final Manager<Badge> objects = Manager.of(Badge.class);
}
