package dev.reinhardt.db.models.fields;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Mark an annotation as a model field declaration of the registered {@link FieldKind} named {@code value}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.ANNOTATION_TYPE)
public @interface Kind {

    /** The kind's name, such as {@code "CharField"}. */
    String value();
}
