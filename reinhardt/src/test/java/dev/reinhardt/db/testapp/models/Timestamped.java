package dev.reinhardt.db.testapp.models;

import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.fields.DateTimeField;

import java.time.Instant;

/** An abstract base lending its fields to concrete models. */
public abstract class Timestamped extends Model {

    @DateTimeField(autoNowAdd = true) public Instant createdAt;
    @DateTimeField(autoNow = true) public Instant updatedAt;
}
