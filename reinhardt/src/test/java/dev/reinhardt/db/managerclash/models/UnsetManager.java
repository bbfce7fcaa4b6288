package dev.reinhardt.db.managerclash.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;

public class UnsetManager extends Model {

    public static Manager<UnsetManager> objects;
}
