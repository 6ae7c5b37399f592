package dev.allclose.store;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Keeps Flyway's progress lines ("Migrating schema ...") off the user's terminal: only its warnings
 * and errors go on, to java.util.logging, less the warning that out-of-order mode is on, which
 * {@link Store} turns on on purpose. Named in {@code Flyway.configure().loggers()}.
 */
public final class FlywayLog implements LogCreator {
  @Override
  public Log createLogger(Class<?> clazz) {
    Logger logger = Logger.getLogger("dev.allclose.store.flyway");
    return new Log() {
      @Override
      public boolean isDebugEnabled() {
        return false;
      }

      @Override
      public void debug(String message) {}

      @Override
      public void info(String message) {}

      @Override
      public void warn(String message) {
        if (!message.startsWith("outOfOrder mode is active")) {
          logger.warning(message);
        }
      }

      @Override
      public void error(String message) {
        logger.severe(message);
      }

      @Override
      public void error(String message, Exception e) {
        logger.log(Level.SEVERE, message, e);
      }

      @Override
      public void notice(String message) {}
    };
  }
}
