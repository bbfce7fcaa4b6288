package dev.reinhardt.test.library.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.EmailField;

public class Member extends Model {

    public static final Manager<Member> objects = Manager.of(Member.class);

    @CharField(maxLength = 50) public String name;
    @EmailField(unique = true) public String email;

    public static Member create(String name, String email) {
        return objects.create(member -> {
            member.name = name;
            member.email = email;
        });
    }
}
