package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Meta;

/** A proxy declaring no manager: it inherits Person's. */
@Meta(proxy = true)
public class QuietPerson extends Person {

    public String whisper() {
        return name.toLowerCase(java.util.Locale.ROOT);
    }
}
