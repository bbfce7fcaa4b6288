/**
 * The shop's own middleware, listed in the settings around Reinhardt's:
 * a request id on every request, response and log line, and request timing.
 */
package shop.core.middleware;
