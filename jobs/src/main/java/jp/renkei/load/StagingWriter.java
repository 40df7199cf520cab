package jp.renkei.load;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import jp.renkei.normalise.LoadItem;
import javax.sql.DataSource;
import jp.renkei.domain.PeriodLabel;
import jp.renkei.input.InputInventory;
import jp.renkei.input.InputProblem;
import jp.renkei.input.SourceFileLog;
import jp.renkei.input.SourceKind;
import org.jooq.DSLContext;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes a chunk in the chunk's own transaction: rows through the Appender into staging, rejected input
 * rows into load_reject, new periods into dim_period. The step's commit makes all of it, and the reader's
 * position in the job repository, durable together.
 */
public class StagingWriter<T> implements ItemWriter<LoadItem<T>>, StepExecutionListener {

    private final DataSource dataSource;
    private final DSLContext dsl;
    private final RowFormat<T> format;
    private final SourceKind kind;
    private final String loadId;
    private final InputInventory inventory;
    private final DimensionGate gate;
    private final SourceFileLog files;
    private final EndOfInput end;
    private StepExecution stepExecution;

    public StagingWriter(DataSource dataSource, DSLContext dsl, RowFormat<T> format, SourceKind kind, String loadId,
                         InputInventory inventory) {
        this(dataSource, dsl, format, kind, loadId, inventory, null);
    }

    /** @param gate shared by writers whose chunks commit at the same time (a partitioned step); null when alone */
    public StagingWriter(DataSource dataSource, DSLContext dsl, RowFormat<T> format, SourceKind kind, String loadId,
                         InputInventory inventory, DimensionGate gate) {
        this(dataSource, dsl, format, kind, loadId, inventory, gate, (file, encoding, layout, exportedOn) -> { }, null);
    }

    /**
     * For a step that reads small files: how each file was read goes to {@code files}, and at the end of the input
     * {@code end} runs (a merge) in the last chunk's transaction.
     */
    public StagingWriter(DataSource dataSource, DSLContext dsl, RowFormat<T> format, SourceKind kind, String loadId,
                         InputInventory inventory, SourceFileLog files, EndOfInput end) {
        this(dataSource, dsl, format, kind, loadId, inventory, null, files, end);
    }

    private StagingWriter(DataSource dataSource, DSLContext dsl, RowFormat<T> format, SourceKind kind, String loadId,
                          InputInventory inventory, DimensionGate gate, SourceFileLog files, EndOfInput end) {
        this.gate = gate;
        this.files = files;
        this.end = end;
        this.dataSource = dataSource;
        this.dsl = dsl;
        this.format = format;
        this.kind = kind;
        this.loadId = loadId;
        this.inventory = inventory;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.stepExecution = stepExecution;
    }

    @Override
    public void write(Chunk<? extends LoadItem<T>> chunk) throws Exception {
        ChunkItems<T> items = ChunkItems.of(chunk);
        write(items.rows(), items.rejects());
        items.record(files, stepExecution);
        if (items.ended()) {
            end.finish(stepExecution);
        }
    }

    /** Also used by the tasklet steps, whose files are small enough for one transaction. */
    public void write(List<T> rows, List<InputProblem> rejects) throws Exception {
        List<PeriodLabel> periods = new ArrayList<>();
        rows.forEach(r -> format.period(r).ifPresent(periods::add));
        if (gate == null) {
            PeriodDimension.add(dsl, periods);
            format.addDimensions(dsl, rows, loadId);
        } else {
            java.util.Set<String> keys = new java.util.HashSet<>();
            periods.forEach(p -> keys.add("dim_period " + p.key()));
            format.dimensionKeys(rows).forEach(k -> keys.add(format.stagingTable().getName() + " " + k));
            gate.add(keys, () -> {
                PeriodDimension.add(dsl, periods);
                format.addDimensions(dsl, rows, loadId);
            });
        }
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            if (!rows.isEmpty()) {
                try (StagingAppender a = StagingAppender.open(c, format.stagingTable())) {
                    for (T row : rows) {
                        a.beginRow();
                        format.append(a, row, loadId);
                        a.endRow();
                    }
                }
            }
            Rejects.append(c, loadId, inventory, kind, rejects);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }
}
