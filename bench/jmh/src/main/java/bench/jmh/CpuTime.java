package bench.jmh;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Run one benchmark class's methods in a plain loop and print the CPU time
 * of the calling thread per operation: the figure to compare on a machine
 * other work shares, where JMH's wall-clock scores swing with the load.
 * Not a replacement for JMH (one thread, no forks, no blackholes); database
 * benchmarks count only this JVM's CPU, not the database server's.
 *
 * <pre>{@code java -cp benchmarks.jar bench.jmh.CpuTime HydrationBenchmark vendor=sqlite}</pre>
 */
public final class CpuTime {

    private static final int ROUNDS = 5;
    private static final long ROUND_NANOS = 2_000_000_000L;

    private CpuTime() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("Usage: bench.jmh.CpuTime BenchmarkClass [param=value ...]");
            System.exit(2);
        }
        Class<?> type = Class.forName(CpuTime.class.getPackageName() + "." + args[0]);
        Object benchmark = type.getConstructor().newInstance();
        for (String assignment : Arrays.copyOfRange(args, 1, args.length)) {
            String[] parts = assignment.split("=", 2);
            java.lang.reflect.Field field = type.getField(parts[0]);
            if (!field.isAnnotationPresent(Param.class)) {
                throw new IllegalArgumentException(parts[0] + " is not a @Param of " + type.getSimpleName() + ".");
            }
            field.set(benchmark, parts[1]);
        }
        List<Method> perInvocation = new ArrayList<>();
        List<Method> benchmarks = new ArrayList<>();
        for (Method method : type.getMethods()) {
            Setup setup = method.getAnnotation(Setup.class);
            if (setup != null && setup.value() == Level.Invocation) {
                perInvocation.add(method);
            } else if (setup != null) {
                method.invoke(benchmark);
            }
            if (method.isAnnotationPresent(Benchmark.class)) {
                benchmarks.add(method);
            }
        }
        benchmarks.sort((a, b) -> a.getName().compareTo(b.getName()));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int pass = 0; pass < 2; pass++) {
            for (Method method : benchmarks) {
                long[] perOp = new long[ROUNDS];
                for (int round = 0; round < ROUNDS; round++) {
                    perOp[round] = perInvocation.isEmpty() ? batch(threads, benchmark, method)
                            : eachAfterSetup(threads, benchmark, method, perInvocation);
                }
                Arrays.sort(perOp);
                // The first pass warms the JIT for every method; only the second is the result.
                if (pass == 1) {
                    System.out.printf(Locale.ROOT, "%-28s %12.2f µs CPU/op (median of %d rounds; min %.2f, max %.2f)%n",
                            type.getSimpleName() + "." + method.getName(), perOp[ROUNDS / 2] / 1000.0, ROUNDS,
                            perOp[0] / 1000.0, perOp[ROUNDS - 1] / 1000.0);
                }
            }
        }
        System.exit(0);
    }

    /** Return the CPU nanoseconds per call of {@code method}, timing whole batches of calls. */
    private static long batch(ThreadMXBean threads, Object benchmark, Method method) throws Exception {
        long ops = 0;
        long end = System.nanoTime() + ROUND_NANOS;
        long before = threads.getCurrentThreadCpuTime();
        while (System.nanoTime() < end) {
            for (int i = 0; i < 100; i++) {
                method.invoke(benchmark);
            }
            ops += 100;
        }
        return (threads.getCurrentThreadCpuTime() - before) / ops;
    }

    /** Return the CPU nanoseconds per call of {@code method}, each after its untimed per-invocation set-up. */
    private static long eachAfterSetup(ThreadMXBean threads, Object benchmark, Method method, List<Method> setups)
            throws Exception {
        long cpu = 0;
        long ops = 0;
        long end = System.nanoTime() + ROUND_NANOS;
        while (System.nanoTime() < end) {
            for (Method setup : setups) {
                setup.invoke(benchmark);
            }
            long before = threads.getCurrentThreadCpuTime();
            method.invoke(benchmark);
            cpu += threads.getCurrentThreadCpuTime() - before;
            ops++;
        }
        return cpu / ops;
    }
}
