package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.fields.IntegerField;

public class Sticker extends Tagged {

    public static final Manager<Sticker> objects = Manager.of(Sticker.class);

    @IntegerField public Integer size = 1;
}
