package jp.renkei.normalise;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves region names as 見える化 prints them (行田市, 埼玉県, 全国, 埼玉県行田市) to 全国地方公共団体コード.
 * Names are not unique nationally (府中市 is in 東京都 and 広島県): an ambiguous name is resolved only by the
 * prefectures the file itself names (its 確認している地域 and its prefecture rows), never by a guess.
 */
public final class RegionDirectory {

    /** One region of the master. {@code prefectureCode} is null for the nation. */
    public record Region(String code, String name, String level, String prefectureCode) {
    }

    /** The outcome: a code, or why not. */
    public sealed interface Resolution permits Resolved, Unresolved {
    }

    public record Resolved(Region region) implements Resolution {
    }

    /** {@code what} and {@code expected} go straight into the reject message. */
    public record Unresolved(String what, String expected) implements Resolution {
    }

    private final Map<String, List<Region>> byName = new HashMap<>();
    private final Map<String, Region> prefecturesByName = new HashMap<>();

    public RegionDirectory(Collection<Region> regions) {
        for (Region r : regions) {
            byName.computeIfAbsent(normal(r.name()), k -> new ArrayList<>()).add(r);
            if ("prefecture".equals(r.level())) {
                prefecturesByName.put(normal(r.name()), r);
            }
        }
    }

    /**
     * The prefecture codes a file names: those of {@code names} that are prefectures, and the prefecture
     * at the start of its 確認している地域 (埼玉県行田市 → 埼玉県).
     */
    public Set<String> prefectureContext(Collection<String> names, String checkedRegion) {
        List<String> all = new ArrayList<>(names);
        if (checkedRegion != null) {
            all.add(checkedRegion);
        }
        return all.stream().map(RegionDirectory::normal)
                .flatMap(n -> prefecturesByName.entrySet().stream().filter(e -> n.startsWith(e.getKey())))
                .map(e -> e.getValue().code())
                .collect(Collectors.toSet());
    }

    public Resolution resolve(String name, Set<String> prefectureContext) {
        String n = normal(name);
        if (n.isEmpty()) {
            return new Unresolved("no region name", "a region name from the region master");
        }
        List<Region> candidates = byName.getOrDefault(n, List.of());
        if (candidates.isEmpty()) {
            candidates = prefixedByPrefecture(n);
        }
        if (candidates.isEmpty()) {
            return new Unresolved("unknown region name", "a region name from the region master (input/reference/)");
        }
        if (candidates.size() == 1) {
            return new Resolved(candidates.get(0));
        }
        List<Region> inContext = candidates.stream().filter(r -> prefectureContext.contains(r.prefectureCode())).toList();
        if (inContext.size() == 1) {
            return new Resolved(inContext.get(0));
        }
        String list = candidates.stream().map(r -> r.code() + " (" + prefectureName(r.prefectureCode()) + ")")
                .collect(Collectors.joining(", "));
        return new Unresolved("ambiguous region name",
                "a name unique within the file's prefectures; candidates: " + list
                        + "; write it as 都道府県名+市区町村名 (e.g. 東京都府中市)");
    }

    /** 埼玉県行田市 → 行田市 in 埼玉県. */
    private List<Region> prefixedByPrefecture(String n) {
        for (var e : prefecturesByName.entrySet()) {
            if (n.startsWith(e.getKey()) && n.length() > e.getKey().length()) {
                String rest = n.substring(e.getKey().length());
                return byName.getOrDefault(rest, List.of()).stream()
                        .filter(r -> e.getValue().code().equals(r.prefectureCode())).toList();
            }
        }
        return List.of();
    }

    private String prefectureName(String code) {
        return prefecturesByName.values().stream().filter(p -> p.code().equals(code)).map(Region::name)
                .findFirst().orElse(String.valueOf(code));
    }

    /** NFKC, no white space: 札幌市 中央区 and 札幌市中央区 are one name. */
    static String normal(String name) {
        return name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFKC).replace(" ", "").replace("\u3000", "").strip();
    }
}
