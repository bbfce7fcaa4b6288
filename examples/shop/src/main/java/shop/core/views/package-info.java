/** The shop's project-wide views: the home page and the health checks load balancers probe. */
package shop.core.views;
