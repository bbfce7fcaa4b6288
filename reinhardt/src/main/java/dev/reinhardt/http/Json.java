package dev.reinhardt.http;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson {@link ObjectMapper} Reinhardt reads and writes JSON with.
 *
 * <p>Reading is bounded so a hostile body cannot exhaust the stack or the
 * CPU: nesting deeper than {@value #MAX_NESTING_DEPTH}, numbers longer than
 * {@value #MAX_NUMBER_LENGTH} digits and strings longer than
 * {@value #MAX_STRING_LENGTH} characters are refused. Thread-safe.
 */
public final class Json {

    /** The deepest nesting of arrays and objects a request body may have. */
    public static final int MAX_NESTING_DEPTH = 200;
    /** The most characters of a number in a request body. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** The most characters of a string in a request body. */
    public static final int MAX_STRING_LENGTH = 5_000_000;

    private static final ObjectMapper MAPPER = create();

    private Json() {
    }

    /** Return the shared mapper; configure nothing on it, as every request shares it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper create() {
        JsonMapper mapper = JsonMapper.builder()
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .findAndAddModules()
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .build());
        return mapper;
    }
}
