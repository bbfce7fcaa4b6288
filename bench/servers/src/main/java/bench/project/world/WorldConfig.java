package bench.project.world;

import dev.reinhardt.apps.AppConfig;

/** The app serving the TechEmpower endpoints. */
public final class WorldConfig extends AppConfig {
}
