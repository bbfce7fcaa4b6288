/**
 * Model fields (Django's {@code django.db.models.fields}): the annotations a
 * model puts on its public fields, the runtime {@link dev.reinhardt.db.models.fields.Field}
 * built from them once per model class, and the {@link dev.reinhardt.db.models.fields.FieldKind}s
 * that convert and validate each type.
 *
 * <p>New field types are a {@code FieldKind} registered with
 * {@link dev.reinhardt.db.models.fields.FieldKinds#register} plus an annotation
 * carrying {@link dev.reinhardt.db.models.fields.Kind}. Relation fields
 * ({@link dev.reinhardt.db.models.fields.ForeignKey},
 * {@link dev.reinhardt.db.models.fields.OneToOneField},
 * {@link dev.reinhardt.db.models.fields.ManyToManyField}) are described the
 * same way, by kind and options; their kinds live with the relation code in
 * {@code dev.reinhardt.db.models}.
 */
package dev.reinhardt.db.models.fields;
