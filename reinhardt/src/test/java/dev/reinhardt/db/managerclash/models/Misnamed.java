package dev.reinhardt.db.managerclash.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Meta;
import dev.reinhardt.db.models.Model;

@Meta(defaultManagerName = "publshed")
public class Misnamed extends Model {

    public static final Manager<Misnamed> objects = Manager.of(Misnamed.class);
    public static final Manager<Misnamed> published = Manager.of(Misnamed.class);
}
