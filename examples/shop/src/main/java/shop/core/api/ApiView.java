package shop.core.api;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.exceptions.BadRequest;
import dev.reinhardt.exceptions.RequestDataTooBig;
import dev.reinhardt.exceptions.TooManyFieldsSent;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.views.generic.ClassBasedView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JSON API view: one method per HTTP method, as {@link ClassBasedView},
 * and every client error answered as JSON with a message, whether
 * {@code debug} is on or off: an {@link ApiError} the view throws, a body
 * that is not JSON (400), too large (413) or a form with too many fields
 * (400), and a method the view does not answer (405 with {@code Allow}).
 * Server errors are left to the framework: they are logged and answered
 * without internals.
 */
public abstract class ApiView extends ClassBasedView {

    private static final Logger LOG = LoggerFactory.getLogger("shop.api");

    @Override
    protected HttpResponse dispatch(HttpRequest request) throws Exception {
        try {
            return super.dispatch(request);
        } catch (ApiError e) {
            return e.response();
        } catch (BadRequest e) {
            return ApiError.json(400, e.getMessage());
        } catch (RequestDataTooBig e) {
            LOG.warn("{} {}: {}", request.method(), request.path(), e.getMessage());
            return ApiError.json(413, "The request body is larger than "
                    + Settings.current().dataUploadMaxMemorySize() + " bytes, the most this server accepts "
                    + "(setting dataUploadMaxMemorySize). Send a smaller body.");
        } catch (TooManyFieldsSent e) {
            LOG.warn("{} {}: {}", request.method(), request.path(), e.getMessage());
            return ApiError.json(400, "The request has more than " + Settings.current().dataUploadMaxNumberFields()
                    + " fields, the most this server accepts (setting dataUploadMaxNumberFields). Send fewer fields.");
        }
    }

    @Override
    protected HttpResponse httpMethodNotAllowed(HttpRequest request) {
        String allow = super.httpMethodNotAllowed(request).header("Allow");
        return ApiError.json(405, "Method " + request.method() + " is not allowed on " + request.path()
                + ". Allowed methods: " + allow + ".").header("Allow", allow);
    }
}
