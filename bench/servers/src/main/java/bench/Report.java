package bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Turn the raw measurements of {@code bench/run} into one markdown table on
 * standard output and {@code latest.json}.
 *
 * <p>The raw file has one tab-separated line per measurement:
 * {@code startup <round> <server> <ms>} and
 * {@code load <round> <server> <endpoint> <req/s> <p99 ms> <errors> <peak rss MB> <server CPU µs per request>}.
 * Each figure reported is the median over the rounds (and over the starts, should a server be started more than
 * once); the req/s range is shown beside it. The server's CPU time per request is the steadiest figure on a
 * machine shared with other work.
 *
 * <pre>{@code java -cp ... bench.Report raw.tsv latest.json "threads=2 connections=64 ..."}</pre>
 */
public final class Report {

    private static final List<String> SERVERS = List.of("reinhardt", "baseline");

    private record Load(String server, String endpoint, double rps, double p99, long errors, long rssMb, double cpuUs) {
    }

    private Report() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("Usage: bench.Report RAW_TSV OUTPUT_JSON [SETTINGS]");
            System.exit(2);
        }
        List<Load> loads = new ArrayList<>();
        Map<String, List<Double>> startups = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] cells = line.split("\t");
            if (cells[0].equals("startup")) {
                startups.computeIfAbsent(cells[2], k -> new ArrayList<>()).add(Double.parseDouble(cells[3]));
            } else if (cells[0].equals("load")) {
                loads.add(new Load(cells[2], cells[3], Double.parseDouble(cells[4]), Double.parseDouble(cells[5]),
                        Long.parseLong(cells[6]), Long.parseLong(cells[7]), Double.parseDouble(cells[8])));
            }
        }
        String settings = args.length > 2 ? args[2] : "";
        StringBuilder table = new StringBuilder();
        table.append("| endpoint | Reinhardt req/s (range) | baseline req/s (range) | ratio | Reinhardt p99 ms "
                + "| baseline p99 ms | Reinhardt CPU µs/req | baseline CPU µs/req |\n");
        table.append("|---|---|---|---|---|---|---|---|\n");
        StringBuilder json = new StringBuilder("{\n  \"date\": \"").append(LocalDate.now())
                .append("\",\n  \"settings\": \"").append(settings).append("\",\n  \"endpoints\": {");
        List<String> endpoints = loads.stream().map(Load::endpoint).distinct().toList();
        for (int i = 0; i < endpoints.size(); i++) {
            String endpoint = endpoints.get(i);
            List<Load> reinhardt = loads.stream().filter(l -> l.endpoint().equals(endpoint) && l.server().equals("reinhardt")).toList();
            List<Load> baseline = loads.stream().filter(l -> l.endpoint().equals(endpoint) && l.server().equals("baseline")).toList();
            double reinhardtRps = median(reinhardt, Load::rps);
            double baselineRps = median(baseline, Load::rps);
            double ratio = baselineRps == 0 ? 0 : reinhardtRps / baselineRps;
            long errors = reinhardt.stream().mapToLong(Load::errors).sum() + baseline.stream().mapToLong(Load::errors).sum();
            table.append(String.format(Locale.ROOT, "| %s | %,.0f (%s) | %,.0f (%s) | %.2f | %.2f | %.2f | %.0f | %.0f |%s\n",
                    endpoint, reinhardtRps, range(reinhardt), baselineRps, range(baseline), ratio,
                    median(reinhardt, Load::p99), median(baseline, Load::p99), median(reinhardt, Load::cpuUs),
                    median(baseline, Load::cpuUs), errors > 0 ? " " + errors + " errors!" : ""));
            json.append(i == 0 ? "\n" : ",\n").append(String.format(Locale.ROOT,
                    "    \"%s\": {\"reinhardt_rps\": %.1f, \"baseline_rps\": %.1f, \"ratio\": %.3f, "
                            + "\"reinhardt_p99_ms\": %.2f, \"baseline_p99_ms\": %.2f, "
                            + "\"reinhardt_cpu_us_per_req\": %.1f, \"baseline_cpu_us_per_req\": %.1f, "
                            + "\"reinhardt_rps_runs\": %s, \"baseline_rps_runs\": %s, \"errors\": %d}",
                    endpoint, reinhardtRps, baselineRps, ratio, median(reinhardt, Load::p99), median(baseline, Load::p99),
                    median(reinhardt, Load::cpuUs), median(baseline, Load::cpuUs), runs(reinhardt), runs(baseline),
                    errors));
        }
        json.append("\n  },\n  \"startup_ms\": {");
        table.append("\n| | Reinhardt | baseline |\n|---|---|---|\n| start-up to first response, ms |");
        for (int i = 0; i < SERVERS.size(); i++) {
            List<Double> times = startups.getOrDefault(SERVERS.get(i), List.of());
            double median = medianOf(times);
            json.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "\"%s\": %.0f", SERVERS.get(i), median));
            table.append(String.format(Locale.ROOT, " %.0f |", median));
        }
        json.append("},\n  \"rss_mb\": {");
        table.append("\n| peak RSS under load, MB |");
        for (int i = 0; i < SERVERS.size(); i++) {
            String server = SERVERS.get(i);
            long peak = loads.stream().filter(l -> l.server().equals(server)).mapToLong(Load::rssMb).max().orElse(0);
            json.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "\"%s\": %d", server, peak));
            table.append(String.format(Locale.ROOT, " %d |", peak));
        }
        json.append("}\n}\n");
        Files.writeString(Path.of(args[1]), json);
        System.out.println();
        System.out.println(table);
        System.out.println();
        System.out.println(settings + "; written to " + args[1]);
    }

    private static double median(List<Load> loads, Function<Load, Double> value) {
        return medianOf(loads.stream().map(value).toList());
    }

    private static double medianOf(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String range(List<Load> loads) {
        double min = loads.stream().mapToDouble(Load::rps).min().orElse(0);
        double max = loads.stream().mapToDouble(Load::rps).max().orElse(0);
        return String.format(Locale.ROOT, "%,.0f–%,.0f", min, max);
    }

    private static String runs(List<Load> loads) {
        return loads.stream().map(l -> String.format(Locale.ROOT, "%.0f", l.rps())).toList().toString();
    }
}
