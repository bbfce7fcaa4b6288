package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.ForeignKey;

import static dev.reinhardt.db.models.fields.OnDelete.CASCADE;

/** A foreign key to a unique field other than the primary key, limited to some customers. */
public class Referral extends Model {

    public static final Manager<Referral> objects = Manager.of(Referral.class);

    @CharField(maxLength = 20) public String code;
    @ForeignKey(onDelete = CASCADE, toField = "email", relatedName = "referrals", limitChoicesTo = "country=IN")
    public final Ref<Customer> referrer = new Ref<>();
}
