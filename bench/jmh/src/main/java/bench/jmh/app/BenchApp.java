package bench.jmh.app;

import dev.reinhardt.apps.AppConfig;

/** The app holding the benchmark models. */
public final class BenchApp extends AppConfig {
}
