/** The world app's models. */
package bench.project.world.models;
