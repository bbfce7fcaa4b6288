package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.QuerySet;
import dev.reinhardt.db.models.fields.BooleanField;
import dev.reinhardt.db.models.fields.CharField;

/** An abstract base lending its managers, a plain one and a narrowing one, to every subclass. */
public abstract class Animal extends Model {

    public static final Manager<Animal> objects = Manager.of(Animal.class);
    public static final AvailableManager available = new AvailableManager();

    @CharField(maxLength = 40) public String name;
    @BooleanField public Boolean adopted = false;

    /** The animals still waiting for a home. */
    public static final class AvailableManager extends Manager<Animal> {

        AvailableManager() {
            super(Animal.class);
        }

        @Override
        public QuerySet<Animal> getQuerySet() {
            return super.getQuerySet().filter("adopted", false);
        }
    }
}
