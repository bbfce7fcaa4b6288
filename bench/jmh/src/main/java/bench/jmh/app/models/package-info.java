/** The benchmark models. */
package bench.jmh.app.models;
