/**
 * Requests and responses (Django's {@code django.http}): {@link dev.reinhardt.http.HttpRequest}
 * with its {@link dev.reinhardt.http.QueryDict}s, headers, cookies and uploads, and the
 * {@link dev.reinhardt.http.HttpResponse} family.
 *
 * <p>Nothing here knows a server: the adapters in {@code core.server} build
 * requests and write responses. Besides {@code conf} and {@code exceptions}
 * this package uses {@code urls} only for the type of {@code HttpRequest.resolverMatch()}.
 */
package dev.reinhardt.http;
