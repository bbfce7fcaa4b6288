package dev.reinhardt.db.managerclash.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;

public class CopiedManager extends Model {

    public static final Manager<Misnamed> objects = Manager.of(Misnamed.class);
}
