package id.spbe.analytics.dashboard.web;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers, made before a request reaches the app (a malformed request 400, a URI too long 414,
 * headers too large 431), with the same security headers as every other answer, and without naming the server
 * or showing a stack.
 */
public final class SecureErrorHandler extends ErrorHandler {
  public SecureErrorHandler() {
    setShowStacks(false);
    setShowCauses(false);
    setShowMessageInTitle(false);
    setShowOrigin(false);
  }

  /** The requests Jetty cannot parse: answered from here, with only the fields given. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    SecurityHeaders.apply(fields);
    return super.badMessageError(status, reason, fields);
  }

  /** Every other error Jetty answers itself. */
  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    SecurityHeaders.apply(response.getHeaders());
    return super.handle(request, response, callback);
  }
}
