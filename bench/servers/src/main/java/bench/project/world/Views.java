package bench.project.world;

import bench.project.world.models.World;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.http.JsonResponse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** The TechEmpower endpoints, written as a Reinhardt user writes views. */
public final class Views {

    private static final byte[] HELLO = "Hello, World!".getBytes(StandardCharsets.UTF_8);

    private Views() {
    }

    /** {@code /plaintext}: the text "Hello, World!". */
    public static HttpResponse plaintext(HttpRequest request) {
        return new HttpResponse(HELLO, "text/plain", 200);
    }

    /** {@code /json}: {@code {"message":"Hello, World!"}}, a new map per request. */
    public static HttpResponse json(HttpRequest request) {
        return new JsonResponse(Map.of("message", "Hello, World!"));
    }

    /** {@code /db}: one random row of the world table. */
    public static HttpResponse db(HttpRequest request) {
        return new JsonResponse(World.objects.get("id", randomId()));
    }

    /** {@code /queries?queries=N}: N random rows, each read by its own query. */
    public static HttpResponse queries(HttpRequest request) {
        return new JsonResponse(readWorlds(queryCount(request)));
    }

    /** {@code /updates?queries=N}: N random rows, each read by its own query, given new numbers in one bulk update. */
    public static HttpResponse updates(HttpRequest request) {
        List<World> worlds = readWorlds(queryCount(request));
        for (World world : worlds) {
            world.randomNumber = randomId();
        }
        World.objects.bulkUpdate(worlds, "randomNumber");
        return new JsonResponse(worlds);
    }

    private static List<World> readWorlds(int count) {
        List<World> worlds = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            worlds.add(World.objects.get("id", randomId()));
        }
        return worlds;
    }

    /** Return the {@code queries} parameter clamped to 1..500 as TechEmpower says; 1 when missing or not a number. */
    private static int queryCount(HttpRequest request) {
        String value = request.GET().get("queries");
        if (value == null) {
            return 1;
        }
        try {
            return Math.clamp(Integer.parseInt(value), 1, 500);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static int randomId() {
        return ThreadLocalRandom.current().nextInt(1, 10_001);
    }
}
