package dev.reinhardt.db.fieldclash.models;

import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.fields.CharField;

public abstract class Base extends Model {

    @CharField(maxLength = 10) public String name;
}
