package dev.allclose.server.guard;

/** The page a browser gets (401) when it has not opened the link with the launch secret. */
final class SignInPage {
  private SignInPage() {}

  static String html(String message) {
    return """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Allclose · Open the link from the terminal</title>
          <link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
          <link rel="stylesheet" href="/static/app.css">
        </head>
        <body>
          <main class="page">
            <h1>Open the link from the terminal</h1>
            <p>%s.</p>
            <p class="muted">Allclose answers only the browser that opened the link with this
            launch's secret, so that other web pages cannot use it to run code on your machine.</p>
          </main>
        </body>
        </html>
        """
        .formatted(escape(Character.toUpperCase(message.charAt(0)) + message.substring(1)));
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
