package dev.reinhardt.db.throughrel.models;

import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.fields.CharField;

public class Player extends Model {

    @CharField(maxLength = 40) public String name;
}
