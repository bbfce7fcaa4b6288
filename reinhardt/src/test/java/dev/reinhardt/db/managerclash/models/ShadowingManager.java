package dev.reinhardt.db.managerclash.models;

import dev.reinhardt.db.models.Manager;

public class ShadowingManager extends Labelled {

    public static final Manager<ShadowingManager> label = Manager.of(ShadowingManager.class);
}
