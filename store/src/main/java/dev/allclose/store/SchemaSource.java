package dev.allclose.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Connections of a pool, each set to one schema of a PostgreSQL database before use: an account's
 * workspace. Every statement of the store names its tables without a schema, so the connection's
 * {@code search_path} alone decides whose data a query reads; no query has to remember to filter by
 * owner. The pool sets its own schema back when a connection returns to it (HikariCP resets a
 * schema that was changed).
 */
final class SchemaSource implements DataSource {
  private final DataSource pool;
  private final String schema;

  SchemaSource(DataSource pool, String schema) {
    this.pool = pool;
    this.schema = schema;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return inSchema(pool.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return inSchema(pool.getConnection(username, password));
  }

  private Connection inSchema(Connection c) throws SQLException {
    try {
      c.setSchema(schema);
      return c;
    } catch (SQLException e) {
      c.close();
      throw e;
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return pool.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    pool.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    pool.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return pool.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return pool.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    return pool.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || pool.isWrapperFor(type);
  }
}
