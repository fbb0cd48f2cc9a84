package vn.sohoa.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

import org.sqlite.SQLiteConfig;

/**
 * One SQLite connection in WAL mode with foreign keys on, shared by the threads of this process
 * under a lock (SQLite serialises writers anyway). Write transactions begin IMMEDIATE so that a
 * second process (the desktop and the CLI on one home) waits instead of failing half-way.
 */
public final class Database implements AutoCloseable {

    /** Work done inside a transaction; it may throw SQL errors, which roll the transaction back. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    private Database(Connection connection) {
        this.connection = connection;
    }

    public static Database open(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(30_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        try {
            Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            Database db = new Database(c);
            Migrations.apply(db);
            return db;
        } catch (SQLException e) {
            throw new StoreException("cannot open the catalog at " + file, e);
        }
    }

    /** Runs {@code work} in a transaction, or inside the caller's when this thread already holds one. */
    public <T> T inTransaction(Work<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.run(connection);
            }
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("catalog write failed", e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs a read; reads see only committed data. */
    public <T> T read(Work<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("catalog read failed", e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the catalog", e);
        } finally {
            lock.unlock();
        }
    }
}
