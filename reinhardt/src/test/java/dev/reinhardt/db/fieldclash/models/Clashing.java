package dev.reinhardt.db.fieldclash.models;

import dev.reinhardt.db.models.fields.CharField;

public class Clashing extends Base {

    @CharField(maxLength = 20) public String name;
}
