package bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Print, from a JMH JSON result file, each Reinhardt benchmark's time as a
 * multiple of its hand-written equivalent (lower is better; 1.00 is parity).
 *
 * <pre>{@code java -cp benchmarks.jar bench.jmh.Ratios jmh-latest.json}</pre>
 */
public final class Ratios {

    /** Each Reinhardt benchmark and the hand-written one it is compared with, with the target where there is one. */
    private static final List<String[]> PAIRS = List.of(
            new String[] {"HydrationBenchmark.ormList", "HydrationBenchmark.jdbcLoop", "1.5"},
            new String[] {"InsertBenchmark.ormBulkCreate", "InsertBenchmark.jdbcBatchInsert", "1.5"},
            new String[] {"SelectRelatedBenchmark.ormSelectRelated", "SelectRelatedBenchmark.jdbcJoinLoop", "1.5"},
            new String[] {"SingleRowBenchmark.ormGet", "SingleRowBenchmark.jdbcGet", ""},
            new String[] {"QueryCompileBenchmark.chainAndCompile", "QueryCompileBenchmark.handWritten", ""},
            new String[] {"QueryCompileBenchmark.compileBuilt", "QueryCompileBenchmark.handWritten", ""},
            new String[] {"QueryCompileBenchmark.chainAndCompileGet", "QueryCompileBenchmark.handWrittenGet", ""},
            new String[] {"UrlResolveBenchmark.reinhardt", "UrlResolveBenchmark.handWrittenRegexScan", ""},
            new String[] {"MiddlewareBenchmark.defaultMiddleware", "MiddlewareBenchmark.viewOnly", ""},
            new String[] {"MiddlewareBenchmark.noMiddleware", "MiddlewareBenchmark.viewOnly", ""});

    private Ratios() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Map<String, double[]> scores = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (JsonNode result : results) {
            String name = result.get("benchmark").asText().replaceFirst("^bench\\.jmh\\.", "");
            String key = name + params(result.get("params"));
            JsonNode metric = result.get("primaryMetric");
            scores.put(key, new double[] {metric.get("score").asDouble(), metric.get("scoreError").asDouble()});
            units.put(key, metric.get("scoreUnit").asText());
        }
        System.out.println("| benchmark | Reinhardt | hand-written | ratio | target |");
        System.out.println("|---|---|---|---|---|");
        for (String key : scores.keySet()) {
            for (String[] pair : PAIRS) {
                if (!key.startsWith(pair[0] + " ") && !key.equals(pair[0])) {
                    continue;
                }
                String other = pair[1] + key.substring(pair[0].length());
                if (!scores.containsKey(other)) {
                    continue;
                }
                double[] ours = scores.get(key);
                double[] theirs = scores.get(other);
                double ratio = ours[0] / theirs[0];
                String target = pair[2].isEmpty() ? "" : (ratio <= Double.parseDouble(pair[2]) ? "≤ " + pair[2] + " met"
                        : "≤ " + pair[2] + " MISSED");
                System.out.printf(Locale.ROOT, "| %s | %s | %s | " + (ratio < 0.1 ? "%.3f" : "%.2f") + " | %s |%n", key,
                        format(ours, units.get(key)), format(theirs, units.get(other)), ratio, target);
            }
        }
    }

    private static String params(JsonNode params) {
        if (params == null || params.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(" (");
        params.properties().forEach(entry -> text.append(text.length() > 2 ? ", " : "").append(entry.getValue().asText()));
        return text.append(")").toString();
    }

    private static String format(double[] score, String unit) {
        return String.format(Locale.ROOT, "%.3f ± %.3f %s", score[0], Double.isNaN(score[1]) ? 0 : score[1], unit);
    }
}
