package dev.reinhardt.db.clashrel.models;

import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.fields.CharField;

public class Pen extends Model {

    @CharField(maxLength = 10) public String name;
}
