package jp.renkei.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParquetRunTest {

    @Test
    void readsDuckdbSizeSettingsInMegabytes_soThatTheCopyIsGivenAtLeastItsFloor() {
        assertThat(ParquetRun.megabytes("384MB")).isEqualTo(384);
        assertThat(ParquetRun.megabytes(" 2GB ")).isEqualTo(2048);
        assertThat(ParquetRun.megabytes("800KB")).isZero();
        assertThat(ParquetRun.megabytes("1GiB")).isEqualTo(Long.MAX_VALUE);
        assertThat(ParquetRun.megabytes("80%")).isEqualTo(Long.MAX_VALUE);
        assertThat(ParquetRun.megabytes("384MB")).isLessThan(ParquetRun.megabytes(ParquetRun.COPY_MEMORY_LIMIT));
    }
}
