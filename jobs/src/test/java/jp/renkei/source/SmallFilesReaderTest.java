package jp.renkei.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jp.renkei.input.InputFile;
import jp.renkei.input.InputProblem;
import jp.renkei.input.ReadResult;
import jp.renkei.input.SourceItem;
import jp.renkei.input.SourceKind;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class SmallFilesReaderTest {

    private static final InputFile A = new InputFile("activities/a.csv", Path.of("a.csv"), SourceKind.ACTIVITIES, 1, "aa");
    private static final InputFile B = new InputFile("activities/b.csv", Path.of("b.csv"), SourceKind.ACTIVITIES, 1, "bb");
    private static final InputProblem BAD_ROW = InputProblem.at("activities/a.csv", 3, "値", "not a number", "x", "a number");

    private final AtomicInteger filesRead = new AtomicInteger();

    private SmallFilesReader<String> reader() {
        return new SmallFilesReader<>("test", List.of(A, B), f -> {
            filesRead.incrementAndGet();
            return f == A ? new ReadResult<>(f.relativePath(), "UTF-8", "test layout", List.of("a1", "a2"), List.of(BAD_ROW))
                    : new ReadResult<>(f.relativePath(), "windows-31j", "test layout", List.of("b1"), List.of());
        });
    }

    @Test
    void handsOnEachFilesDescriptionRejectsAndItemsThenTheEnd() {
        SmallFilesReader<String> reader = reader();
        reader.open(new ExecutionContext());

        assertThat(readAll(reader)).containsExactly(
                new SourceItem.Described<>(A, "UTF-8", "test layout"), new SourceItem.Rejected<>(BAD_ROW),
                new SourceItem.Read<>("a1", A), new SourceItem.Read<>("a2", A),
                new SourceItem.Described<>(B, "windows-31j", "test layout"), new SourceItem.Read<>("b1", B),
                new SourceItem.End<>());
        assertThat(filesRead).hasValue(2);
    }

    @Test
    void aRestartResumesAfterTheLastItemSaved() throws Exception {
        SmallFilesReader<String> before = reader();
        ExecutionContext context = new ExecutionContext();
        before.open(context);
        for (int i = 0; i < 5; i++) {
            before.read();
        }
        before.update(context); // as a chunk's commit saves it
        before.read();          // b1: read, not committed, so read again after the restart
        before.close();

        SmallFilesReader<String> after = reader();
        after.open(context);
        assertThat(readAll(after)).containsExactly(new SourceItem.Read<>("b1", B), new SourceItem.End<>());
    }

    @Test
    void noFileIsStillAnEnd() throws Exception {
        SmallFilesReader<String> reader = new SmallFilesReader<>("test", List.of(), f -> {
            throw new AssertionError("no file to read");
        });
        reader.open(new ExecutionContext());
        assertThat(readAll(reader)).containsExactly(new SourceItem.End<>());
    }

    private static List<SourceItem<String>> readAll(SmallFilesReader<String> reader) {
        List<SourceItem<String>> items = new ArrayList<>();
        try {
            for (SourceItem<String> item = reader.read(); item != null; item = reader.read()) {
                items.add(item);
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return items;
    }
}
