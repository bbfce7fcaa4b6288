/**
 * What the shop's JSON APIs share: a class-based view whose every error,
 * from a bad parameter to a body too large, is a JSON answer with a message
 * ({@link shop.core.api.ApiView}), and the exception that carries one
 * ({@link shop.core.api.ApiError}).
 */
package shop.core.api;
