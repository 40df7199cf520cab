package jp.renkei.input;

import java.time.LocalDate;

/** Where readers note what they learnt about a file (its encoding, layout, 出力日). */
@FunctionalInterface
public interface SourceFileLog {

    void describe(InputFile file, String encoding, String layout, LocalDate exportedOn);
}
