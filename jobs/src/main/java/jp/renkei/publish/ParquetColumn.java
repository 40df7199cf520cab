package jp.renkei.publish;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One column of a Parquet file as the manifest describes it.
 *
 * @param name        column name, as the query named it
 * @param parquetType physical type ({@code BINARY}, {@code INT32}, ...) or {@code GROUP} for a list
 * @param logicalType Parquet logical type annotation ({@code STRING}, {@code DATE},
 *                    {@code DECIMAL(10,2)}, {@code LIST}, ...), {@code null} when the physical
 *                    type stands alone
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ParquetColumn(String name, String parquetType, String logicalType) {
}
