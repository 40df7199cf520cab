package jp.renkei.publish;

import com.github.luben.zstd.Zstd;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * Parquet page compression over zstd-jni and snappy-java directly.
 *
 * <p>parquet-java's default {@code CodecFactory} instantiates Hadoop {@code CompressionCodec}s, so it
 * fails with {@code NoClassDefFoundError} when no Hadoop jar is on the run-time class path
 * (apache/parquet-java #2818, #2938). Both native libraries already come with parquet-hadoop, and the
 * byte formats are the plain zstd frame and raw snappy block the Parquet spec prescribes, so any
 * reader (DuckDB, Spark, Trino) decodes the pages.
 */
public final class HadoopFreeCodecFactory implements CompressionCodecFactory {

    /** zstd's own default: a good ratio at several hundred MB/s per core. */
    public static final int DEFAULT_ZSTD_LEVEL = 3;

    private final int zstdLevel;

    public HadoopFreeCodecFactory() {
        this(DEFAULT_ZSTD_LEVEL);
    }

    public HadoopFreeCodecFactory(int zstdLevel) {
        this.zstdLevel = zstdLevel;
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        return switch (codec) {
            case UNCOMPRESSED -> new Compressor(codec, bytes -> bytes);
            case ZSTD -> new Compressor(codec, bytes -> Zstd.compress(bytes, zstdLevel));
            case SNAPPY -> new Compressor(codec, Snappy::compress);
            default -> throw new UnsupportedOperationException("codec not available without Hadoop: " + codec);
        };
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec, int level) {
        return codec == CompressionCodecName.ZSTD
                ? new Compressor(codec, bytes -> Zstd.compress(bytes, level))
                : getCompressor(codec);
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        return switch (codec) {
            case UNCOMPRESSED -> new Decompressor((in, size) -> in);
            case ZSTD -> new Decompressor((in, size) -> {
                byte[] out = Zstd.decompress(in, size);
                if (out.length != size) {
                    throw new IOException("zstd page decoded to " + out.length + " bytes, expected " + size);
                }
                return out;
            });
            case SNAPPY -> new Decompressor((in, size) -> Snappy.uncompress(in));
            default -> throw new UnsupportedOperationException("codec not available without Hadoop: " + codec);
        };
    }

    @Override
    public void release() {
        // nothing pooled: each call allocates its own arrays
    }

    @FunctionalInterface
    private interface ByteTransform {
        byte[] apply(byte[] in) throws IOException;
    }

    /** A page's bytes in one array (parquet-java deprecates {@code BytesInput.toByteArray}). */
    private static byte[] bytesOf(BytesInput input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.toIntExact(input.size()));
        input.writeAllTo(out);
        return out.toByteArray();
    }

    @FunctionalInterface
    private interface SizedByteTransform {
        byte[] apply(byte[] in, int uncompressedSize) throws IOException;
    }

    private record Compressor(CompressionCodecName codec, ByteTransform transform) implements BytesInputCompressor {
        @Override
        public BytesInput compress(BytesInput bytes) throws IOException {
            return BytesInput.from(transform.apply(bytesOf(bytes)));
        }

        @Override
        public CompressionCodecName getCodecName() {
            return codec;
        }

        @Override
        public void release() {
        }
    }

    private record Decompressor(SizedByteTransform transform) implements BytesInputDecompressor {
        @Override
        public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
            return BytesInput.from(transform.apply(bytesOf(bytes), uncompressedSize));
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
                throws IOException {
            byte[] in = new byte[compressedSize];
            input.get(in);
            output.put(transform.apply(in, uncompressedSize));
        }

        @Override
        public void release() {
        }
    }
}
