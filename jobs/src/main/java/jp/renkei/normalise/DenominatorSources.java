package jp.renkei.normalise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.renkei.domain.RateBase;
import jp.renkei.source.population.PopulationFigure;

/**
 * Decides which export figures become denominators beside those of population/. The rule, one for every case:
 * <b>population/ wins</b>. Staff put a file there on purpose (the census as e-Stat published it, or figures they
 * keep); an export's figure for the same region, base and as-of date is left out, and when the two differ the
 * difference is reported. Between two exports the first one holding the key wins (one already loaded, then by path),
 * and a different figure from a later one is reported the same way.
 */
public final class DenominatorSources {

    /** A figure and the file it came from. */
    public record Sourced(PopulationFigure figure, String sourceFileId, String file) {
    }

    /** A figure left out because another source holds the same region, base and date with another number. */
    public record Conflict(Sourced kept, Sourced leftOut) {
        public String message() {
            PopulationFigure k = kept.figure();
            PopulationFigure l = leftOut.figure();
            return String.format("%s row %d gives %s %s on %s as %,d; %s row %d gives %,d, which is kept (%s)",
                    leftOut.file(), l.sourceRow(), k.regionCode().value(), k.base().label(), k.asOf(), l.population(),
                    kept.file(), k.sourceRow(), k.population(),
                    kept.figure().statistic().startsWith(ExportDenominators.STATISTIC_PREFIX)
                            ? "the export read first wins" : "population/ wins over an export");
        }

        public boolean againstPopulationFolder() {
            return !kept.figure().statistic().startsWith(ExportDenominators.STATISTIC_PREFIX);
        }
    }

    /** What to stage, and what was left out with a different figure. */
    public record Outcome(List<Sourced> toStage, List<Conflict> conflicts) {
    }

    private record Key(String region, RateBase base, LocalDate asOf) {
        static Key of(PopulationFigure f) {
            return new Key(f.regionCode().value(), f.base(), f.asOf());
        }
    }

    private DenominatorSources() {
    }

    /**
     * @param populationFolder every figure of population/ (read every time)
     * @param held             export figures already in the warehouse from exports not read again (population/ has
     *                         not changed since they were decided: a change makes every export be read again)
     * @param read             export figures of the exports read now, in path order
     */
    public static Outcome decide(Collection<Sourced> populationFolder, Collection<Sourced> held, List<Sourced> read) {
        Map<Key, Sourced> population = new HashMap<>();
        populationFolder.forEach(s -> population.putIfAbsent(Key.of(s.figure()), s));
        Map<Key, Sourced> exports = new HashMap<>();
        held.forEach(s -> exports.putIfAbsent(Key.of(s.figure()), s));
        List<Sourced> toStage = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        for (Sourced s : read) {
            Key key = Key.of(s.figure());
            Sourced kept = population.containsKey(key) ? population.get(key) : exports.get(key);
            if (kept == null) {
                exports.put(key, s);
                toStage.add(s);
            } else if (kept.figure().population() != s.figure().population()) {
                conflicts.add(new Conflict(kept, s));
            }
        }
        return new Outcome(toStage, conflicts);
    }
}
