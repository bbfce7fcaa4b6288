package dev.reinhardt.core.checks;

import dev.reinhardt.apps.AppConfig;
import dev.reinhardt.apps.Apps;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Options;
import dev.reinhardt.db.models.Relation;
import dev.reinhardt.db.models.fields.Field;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks of the installed models that report rather than refuse (Django's
 * model checks): definitions that work but do not do what they say.
 * Mistakes that would break queries stop start-up instead, in
 * {@link dev.reinhardt.db.models.Relations}.
 */
final class ModelChecks {

    private ModelChecks() {
    }

    /**
     * fields.W345: {@code relatedName} on a symmetrical many-to-many relation
     * does nothing, as such a relation has no reverse side to name.
     */
    static List<CheckMessage> relatedNameOnSymmetrical(CheckContext context) {
        List<CheckMessage> messages = new ArrayList<>();
        for (AppConfig config : context.appConfigs()) {
            // Relations named by string resolve against the app's own registry, whichever one is current.
            Apps.callWith(config.registry(), () -> {
                for (Class<?> model : config.getModels()) {
                    Options<?> options = Options.of(model.asSubclass(Model.class));
                    if (options.isProxy()) {
                        // A proxy shares its concrete model's fields; they are reported once, with that model.
                        continue;
                    }
                    for (Field field : options.manyToMany()) {
                        String relatedName = (String) field.options().getOrDefault("relatedName", "");
                        if (!relatedName.isEmpty() && Relation.of(field).isSymmetrical()) {
                            messages.add(CheckMessage.warning("relatedName has no effect on a symmetrical "
                                            + "many-to-many relation: it has no reverse side to name.",
                                    "Remove relatedName = \"" + relatedName + "\", or set symmetrical = false "
                                            + "if the relation is one-way and needs a reverse side.",
                                    options.label() + "." + field.name(), "fields.W345"));
                        }
                    }
                }
                return null;
            });
        }
        return messages;
    }
}
