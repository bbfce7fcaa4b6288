package dev.reinhardt.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson {@link ObjectMapper} Reinhardt reads and writes JSON with.
 *
 * <p>Reading is bounded so a hostile body cannot exhaust the stack or the
 * CPU: nesting deeper than {@value #MAX_NESTING_DEPTH}, numbers longer than
 * {@value #MAX_NUMBER_LENGTH} digits and strings longer than
 * {@value #MAX_STRING_LENGTH} characters are refused. Thread-safe.
 *
 * <p>Its parsers and generators take their buffers from a pool shared by all
 * threads. Jackson's default keeps them per thread, which a server that runs
 * each request on a new virtual thread never reuses: every response would
 * allocate them anew.
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
        JsonFactory factory = JsonFactory.builder()
                .recyclerPool(JsonRecyclerPools.newConcurrentDequePool())
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .findAndAddModules()
                .build();
    }
}
