package jp.renkei.load;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets chunks written at the same time (a partitioned step) add dimension rows. DuckDB checks a primary key against
 * rows its transaction cannot see: when one chunk commits the period 2023 while another chunk's transaction is
 * open, the other's {@code INSERT … ON CONFLICT DO NOTHING} of 2023 fails with a duplicate key. So the rows a chunk
 * brings are added one chunk at a time, each in a short transaction of its own that sees every committed row, before
 * the chunk's own rows; a chunk whose keys are all committed already adds nothing and does not wait. A dimension row
 * of a chunk that is then rolled back stays: it describes a key (a period, an uncatalogued series) and the same
 * chunk, read again, adds the same row. One gate per load: the keys it knows are those of this load's database.
 */
public final class DimensionGate {

    private final ReentrantLock lock = new ReentrantLock();
    private final Set<String> committed = ConcurrentHashMap.newKeySet();
    private final TransactionTemplate ownTransaction;

    public DimensionGate(PlatformTransactionManager tm) {
        ownTransaction = new TransactionTemplate(tm);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs {@code add} in a transaction of its own, one caller at a time, unless every key is committed already. */
    public void add(Collection<String> keys, Runnable add) {
        if (committed.containsAll(keys)) {
            return;
        }
        lock.lock();
        try {
            if (!committed.containsAll(keys)) {
                ownTransaction.executeWithoutResult(status -> add.run());
                committed.addAll(keys);
            }
        } finally {
            lock.unlock();
        }
    }
}
