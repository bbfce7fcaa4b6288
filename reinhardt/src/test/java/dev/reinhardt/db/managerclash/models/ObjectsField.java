package dev.reinhardt.db.managerclash.models;

import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.fields.IntegerField;

public class ObjectsField extends Model {

    @IntegerField public Integer objects = 0;
}
