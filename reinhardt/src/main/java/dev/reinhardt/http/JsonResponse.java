package dev.reinhardt.http;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A response whose content is {@code data} written as JSON with the shared
 * {@link Json#mapper()}: {@code return new JsonResponse(Map.of("ok", true));}
 */
public class JsonResponse extends HttpResponse {

    /** Create a 200 response with {@code data} as JSON. */
    public JsonResponse(Object data) {
        this(data, 200);
    }

    /**
     * Create a response with {@code data} as JSON and {@code status}.
     *
     * @throws IllegalArgumentException when Jackson cannot write {@code data}
     */
    public JsonResponse(Object data, int status) {
        super(write(data), "application/json", status);
    }

    private static byte[] write(Object data) {
        try {
            return Json.mapper().writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Could not write a " + data.getClass().getName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }
}
