package dev.reinhardt.core.signals;

import dev.reinhardt.dispatch.Signal;
import dev.reinhardt.http.HttpRequest;

/**
 * The signals of the request handler, whose sender is always the handler's
 * class, and {@link #settingChanged}, whose sender is {@code Settings.class}.
 *
 * <pre>{@code
 * Signals.requestFinished.connect((sender, request) -> connections.closeAll());
 * Signals.settingChanged.connect((sender, change) -> {
 *     if (change.setting().equals("timeZone")) {
 *         zoneCache.clear();
 *     }
 * });
 * }</pre>
 */
public final class Signals {

    /** Sent when a request arrives, before any middleware runs. */
    public static final Signal<HttpRequest> requestStarted = new Signal<>("requestStarted");

    /**
     * Sent once per request when the server closes the response: after the
     * last byte of its body, or when the client went away or a streamed body
     * failed; also after an error response.
     */
    public static final Signal<HttpRequest> requestFinished = new Signal<>("requestFinished");

    /** Sent when a request failed with an exception that became a 500 response. */
    public static final Signal<RequestFailure> gotRequestException = new Signal<>("gotRequestException");

    /**
     * Sent when a test overrides a setting and again when the override ends
     * (by {@code @OverrideSettings} or {@code withSettings} of the test tools):
     * caches computed from a setting connect to it to reset themselves. On
     * entry {@link dev.reinhardt.conf.Settings#current()} already returns the overriding
     * settings; on exit, the restored ones.
     */
    public static final Signal<SettingChanged> settingChanged = new Signal<>("settingChanged");

    private Signals() {
    }

    /**
     * What {@link #settingChanged} sends.
     *
     * @param setting the setting's name, such as {@code "timeZone"}
     * @param value   its value from now on
     * @param enter   true when the override starts, false when it ends
     */
    public record SettingChanged(String setting, Object value, boolean enter) {
    }

    /** What {@link #gotRequestException} sends: the request and what it failed with. */
    public record RequestFailure(HttpRequest request, Throwable exception) {
    }
}
