/**
 * URL routing (Django's {@code django.urls}): {@link dev.reinhardt.urls.Urls#path path()},
 * {@link dev.reinhardt.urls.Urls#rePath rePath()} and {@link dev.reinhardt.urls.Urls#include include()}
 * declare patterns in a {@link dev.reinhardt.urls.UrlConf}; a {@link dev.reinhardt.urls.UrlResolver},
 * compiled once, maps paths to views and names back to paths.
 *
 * <p>Depends on {@code views} for the {@code View} type and on {@code http}
 * only through it; knows nothing of servers or middleware.
 */
package dev.reinhardt.urls;
