package jp.renkei.generate;

/**
 * Stateless pseudo-random numbers: every draw is a hash of the seed and the draw's own coordinates
 * (indicator, region, year, …). Nothing depends on the order in which files or rows are written, so the
 * generator can stream, skip or reorder work and still write the same bytes for the same seed.
 */
public record Noise(long seed) {

    /** A uniform number in [0, 1) for the given coordinates. */
    public double uniform(long... keys) {
        return (hash(keys) >>> 11) * 0x1.0p-53;
    }

    /** A standard normal number (Box–Muller over two independent hashes of the same coordinates). */
    public double normal(long... keys) {
        long h = hash(keys);
        double u1 = ((mix(h ^ 0x9E3779B97F4A7C15L) >>> 11) + 1) * 0x1.0p-53; // (0, 1]: log stays finite
        double u2 = (mix(h + 0x632BE59BD9B4E019L) >>> 11) * 0x1.0p-53;
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** An integer in [0, bound). */
    public int below(int bound, long... keys) {
        return (int) (uniform(keys) * bound);
    }

    private long hash(long... keys) {
        long h = mix(seed);
        for (long k : keys) {
            h = mix(h ^ mix(k + 0x9E3779B97F4A7C15L));
        }
        return h;
    }

    /** SplitMix64's finaliser: a bijective mix with full avalanche. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
