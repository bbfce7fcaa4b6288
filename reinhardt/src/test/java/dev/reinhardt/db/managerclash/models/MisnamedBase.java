package dev.reinhardt.db.managerclash.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Meta;
import dev.reinhardt.db.models.Model;

@Meta(baseManagerName = "everything")
public class MisnamedBase extends Model {

    public static final Manager<MisnamedBase> objects = Manager.of(MisnamedBase.class);
}
