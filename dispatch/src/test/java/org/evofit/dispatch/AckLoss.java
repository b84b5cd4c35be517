package org.evofit.dispatch;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Connections of a pool whose next commit goes through on the server and then fails as a broken
 * connection does (SQL state 08006), as when the network drops the acknowledgement.
 */
final class AckLoss {

    private final DataSource pool;
    private final AtomicBoolean armed = new AtomicBoolean();
    private final AtomicInteger lost = new AtomicInteger();

    AckLoss(DataSource pool) {
        this.pool = pool;
    }

    void loseNextAcknowledgement() {
        armed.set(true);
    }

    int lost() {
        return lost.get();
    }

    DataSource dataSource() {
        InvocationHandler source = (proxy, method, args) -> {
            Object out = invoke(pool, method, args);
            return out instanceof Connection c ? connection(c) : out;
        };
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class}, source);
    }

    private Connection connection(Connection real) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object out = invoke(real, method, args);
            if (method.getName().equals("commit") && armed.compareAndSet(true, false)) {
                lost.incrementAndGet();
                throw new SQLException("An I/O error occurred while sending to the backend (test)", "08006");
            }
            return out;
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
