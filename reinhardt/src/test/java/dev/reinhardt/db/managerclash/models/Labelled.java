package dev.reinhardt.db.managerclash.models;

import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.fields.CharField;

public abstract class Labelled extends Model {

    @CharField(maxLength = 20) public String label;
}
