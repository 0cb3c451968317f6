package id.spbe.analytics.dashboard.api;

import io.javalin.http.Context;

/** A file the dashboard made for download (an export, the PDF report), as remembered and as sent. */
record Download(String fileName, String contentType, byte[] bytes) {

  /** Weight in the downloads cache: its size. */
  int size() {
    return bytes.length;
  }

  void sendTo(Context ctx) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    ctx.contentType(contentType);
    ctx.result(bytes);
  }
}
