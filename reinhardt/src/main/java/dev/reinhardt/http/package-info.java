/**
 * Requests and responses (Django's {@code django.http}): {@link dev.reinhardt.http.HttpRequest}
 * with its {@link dev.reinhardt.http.QueryDict}s, headers, cookies and uploads, and the
 * {@link dev.reinhardt.http.HttpResponse} family.
 *
 * <p>Nothing here knows a server: the adapters in {@code core.server} build
 * requests and write responses. It depends only on {@code conf}
 * and the leaf packages; {@link dev.reinhardt.http.RouteMatch} lets a request carry its
 * URL match without depending on {@code urls}.
 */
package dev.reinhardt.http;
