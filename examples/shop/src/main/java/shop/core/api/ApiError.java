package shop.core.api;

import dev.reinhardt.http.JsonResponse;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stop an API view with an HTTP error: {@link ApiView} answers
 * {@code {"status": <status>, "error": "<message>"}}. The message is for the
 * client, so it says what was wrong and what to send instead.
 */
public final class ApiError extends RuntimeException {

    private final int status;

    public ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** Return a 400 Bad Request error with {@code message}. */
    public static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    /** Return a 404 Not Found error with {@code message}. */
    public static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    /** Return the HTTP status. */
    public int status() {
        return status;
    }

    /** Return the JSON response for this error. */
    public JsonResponse response() {
        return json(status, getMessage());
    }

    /** Return {@code {"status": <status>, "error": "<message>"}} with that status. */
    public static JsonResponse json(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", message);
        return new JsonResponse(body, status);
    }
}
