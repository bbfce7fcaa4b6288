/** JMH benchmarks of the ORM and the request path, each beside its hand-written equivalent. */
package bench.jmh;
