package dev.reinhardt.db.testapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.fields.BigIntegerField;
import dev.reinhardt.db.models.fields.BooleanField;
import dev.reinhardt.db.models.fields.FloatField;
import dev.reinhardt.db.models.fields.IntegerField;

/** A model of primitive fields whose initial values differ from the Java defaults. */
public class Reading extends Model {

    public static final Manager<Reading> objects = Manager.of(Reading.class);

    @IntegerField(nullable = true) public int count = -1;
    @BigIntegerField(nullable = true) public long total = -2;
    @FloatField(nullable = true) public double level = -1.5;
    @BooleanField(nullable = true) public boolean active = true;
}
