package dev.reinhardt.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Override one setting for a test class or a test method of a
 * {@link ReinhardtTest} (Django's {@code @override_settings}); repeat it for
 * several. The override ends with the class or method, and
 * {@code Signals.settingChanged} is sent when it starts and ends.
 *
 * <pre>{@code
 * @Test
 * @OverrideSettings(name = "appendSlash", value = "false")
 * @OverrideSettings(name = "middleware", classes = CommonMiddleware.class)
 * void withoutTheSlashRedirect(Client client) { ... }
 * }</pre>
 *
 * <p>{@link #value()} is converted to the setting's type: booleans
 * ({@code "true"}), numbers, strings, enum constants, a list of strings (one
 * element each), a two-element header entry; an empty value means null.
 * Class-valued settings take {@link #classes()}. A name that is no field of
 * the settings class is a free-form extra, read with
 * {@code Settings.extra(name)}. {@code installedApps} and {@code databases}
 * may be overridden only on the class. Settings that cannot be written as
 * text (maps, logging) belong in a settings class for the test, or in
 * {@link TestCase#withSettings(java.util.Map, org.junit.jupiter.api.function.Executable)}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Repeatable(OverrideSettings.List.class)
public @interface OverrideSettings {

    /** The setting's name, as its field is named: {@code "appendSlash"}, {@code "allowedHosts"}. */
    String name();

    /** The value as text, one element per list entry; empty for null. */
    String[] value() default {};

    /** The value of a setting that holds classes ({@code middleware}, {@code rootUrlconf} ...). */
    Class<?>[] classes() default {};

    /** Holds repeated {@link OverrideSettings}. */
    @Documented
    @Inherited
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @interface List {
        /** The overrides, applied in order. */
        OverrideSettings[] value();
    }
}
