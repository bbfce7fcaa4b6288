package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.fields.CharField;

/** The person of Django's "Extra fields on many-to-many relationships" example. */
public class Person extends Model {

    public static final Manager<Person> objects = Manager.of(Person.class);

    @CharField(maxLength = 128) public String name;

    public static Person create(String name) {
        Person person = new Person();
        person.name = name;
        person.save();
        return person;
    }

    @Override
    public String toString() {
        return name;
    }
}
