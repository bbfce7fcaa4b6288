package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.fields.BooleanField;

/** A multi-table child declaring no manager: it inherits Place's. */
public class Cafe extends Place {

    @BooleanField public Boolean servesCake = true;
}
