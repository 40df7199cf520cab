package jp.renkei.source.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.renkei.domain.LocalGovCode;
import jp.renkei.input.CsvFile;
import jp.renkei.input.CsvHeader;
import jp.renkei.input.CsvRow;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputProblem;
import jp.renkei.input.NumberText;
import jp.renkei.input.ReadResult;
import jp.renkei.input.RegionCodeCell;
import jp.renkei.input.SimpleCsv;

/**
 * Reads the list of regions (全国, prefectures, municipalities, wards) in one of two layouts, told apart
 * by the header: renkei's own {@code region_code,region_name,region_level,parent_code}, or the code4fukui
 * municipality list {@code pid,pref,cid,city,citykana,lat,lng,url,phrase,lgcode} (CC0, the easiest
 * complete list to get; its 2019 edition has no lgcode and the code is derived from cid).
 */
public final class RegionMasterReader {

    public static final List<String> OWN_HEADER = List.of("region_code", "region_name", "region_level", "parent_code");
    public static final List<String> CODE4FUKUI_HEADER = List.of("pid", "pref", "cid", "city", "citykana", "lat", "lng",
            "url", "phrase", "lgcode");
    private static final List<String> CODE4FUKUI_REQUIRED = List.of("pid", "pref", "cid", "city");
    private static final String EITHER_HEADER = "a header " + String.join(",", OWN_HEADER) + " or "
            + String.join(",", CODE4FUKUI_HEADER);
    private static final String LEVELS = "one of nation, prefecture, municipality, ward, insurer";
    public static final String NATION_NAME = "全国";

    public ReadResult<RegionRecord> read(Path inputRoot, Path file) {
        CsvFile csv = CsvFile.read(inputRoot, file);
        CsvHeader header = SimpleCsv.headerOf(csv, EITHER_HEADER);
        if (header.has("region_code")) {
            header.require(csv.name(), OWN_HEADER, OWN_HEADER);
            return new OwnLayout(csv, header).read();
        }
        if (header.has("pid") || header.has("cid") || header.has("lgcode")) {
            header.require(csv.name(), CODE4FUKUI_REQUIRED, CODE4FUKUI_HEADER);
            return new Code4fukuiLayout(csv, header).read();
        }
        throw new InputFileException(new InputProblem(csv.name(), header.row().number(), null,
                "unknown region list layout", header.row().joined(), EITHER_HEADER));
    }

    /** A row read but not yet accepted: its parent must be checked against the whole file first. */
    private record Pending(RegionRecord region, int row, String parentText) {
    }

    /** renkei's own layout: every level explicit, every parent given by code and present in the file. */
    private static final class OwnLayout {
        private final CsvFile csv;
        private final CsvHeader header;
        private final List<InputProblem> rejects = new ArrayList<>();

        OwnLayout(CsvFile csv, CsvHeader header) {
            this.csv = csv;
            this.header = header;
        }

        ReadResult<RegionRecord> read() {
            String name = csv.name();
            Map<LocalGovCode, Integer> rowOfCode = new HashMap<>();
            Map<LocalGovCode, Pending> pending = new LinkedHashMap<>();
            for (CsvRow row : SimpleCsv.dataRows(csv, header)) {
                List<InputProblem> problems = new ArrayList<>();
                LocalGovCode code = RegionCodeCell.parse(name, row.number(), "region_code",
                        header.value(row, "region_code"), problems);
                String regionName = header.value(row, "region_name");
                if (regionName.isEmpty()) {
                    problems.add(InputProblem.at(name, row.number(), "region_name", "missing region name", null,
                            "the region's name, e.g. 行田市"));
                }
                String levelText = header.value(row, "region_level");
                RegionLevel level = RegionLevel.fromText(levelText).orElse(null);
                if (level == null) {
                    problems.add(InputProblem.at(name, row.number(), "region_level",
                            levelText.isEmpty() ? "missing region level" : "unknown region level",
                            levelText.isEmpty() ? null : levelText, LEVELS));
                } else if (code != null && !levelFits(level, code)) {
                    problems.add(InputProblem.at(name, row.number(), "region_level", "region level does not match the code",
                            levelText, levelFor(code)));
                }
                String parentText = header.value(row, "parent_code");
                LocalGovCode parent = null;
                if (level == RegionLevel.NATION || code != null && code.isNation()) {
                    if (!parentText.isEmpty()) {
                        problems.add(InputProblem.at(name, row.number(), "parent_code", "全国 has no parent", parentText,
                                "an empty parent_code"));
                    }
                } else if (parentText.isEmpty()) {
                    problems.add(InputProblem.at(name, row.number(), "parent_code", "missing parent code", null,
                            "the code of the region this one lies in"));
                } else {
                    parent = RegionCodeCell.parse(name, row.number(), "parent_code", parentText, problems);
                }
                if (code != null) {
                    Integer first = rowOfCode.putIfAbsent(code, row.number());
                    if (first != null) {
                        problems.add(InputProblem.at(name, row.number(), "region_code", "duplicated region code",
                                header.value(row, "region_code"), "one row per region (the same at row " + first + ")"));
                    }
                }
                if (!problems.isEmpty()) {
                    rejects.addAll(problems);
                    continue;
                }
                LocalGovCode prefecture = code.isNation() ? null : code.prefecture();
                pending.put(code, new Pending(new RegionRecord(code, regionName, level, parent, prefecture), row.number(),
                        parentText));
            }
            dropOrphans(pending, rowOfCode);
            rejects.sort(Comparator.comparing(InputProblem::row));
            return new ReadResult<>(name, csv.encoding(), "renkei region master", pending.values().stream()
                    .map(Pending::region).toList(), rejects);
        }

        /** Removes regions whose parent is not an accepted region of the file, until none is left (a chain). */
        private void dropOrphans(Map<LocalGovCode, Pending> pending, Map<LocalGovCode, Integer> rowOfCode) {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (var it = pending.values().iterator(); it.hasNext();) {
                    Pending p = it.next();
                    LocalGovCode parent = p.region().parent();
                    if (parent != null && !pending.containsKey(parent)) {
                        Integer parentRow = rowOfCode.get(parent);
                        rejects.add(InputProblem.at(csv.name(), p.row(), "parent_code",
                                parentRow == null ? "parent not in the file" : "parent was rejected", p.parentText(),
                                parentRow == null ? "the code of a region listed in this file"
                                        : "a parent that loads (row " + parentRow + " was rejected)"));
                        it.remove();
                        changed = true;
                    }
                }
            }
        }

        private static boolean levelFits(RegionLevel level, LocalGovCode code) {
            return switch (level) {
                case NATION -> code.isNation();
                case PREFECTURE -> code.isPrefecture();
                case MUNICIPALITY, WARD, INSURER -> !code.isNation() && !code.isPrefecture();
            };
        }

        private static String levelFor(LocalGovCode code) {
            if (code.isNation()) {
                return "nation (000000 is 全国)";
            }
            if (code.isPrefecture()) {
                return "prefecture (" + code + " is a prefecture's code)";
            }
            return "municipality, ward or insurer (" + code + " is a municipality's code)";
        }
    }

    /**
     * The code4fukui list: one row per municipality and ward, the prefecture by number and name. Prefectures
     * and 全国 are derived; a city name with a space ("札幌市 中央区") is a ward of the city named before it.
     */
    private static final class Code4fukuiLayout {
        private final CsvFile csv;
        private final CsvHeader header;
        private final boolean hasLgcode;
        private final List<InputProblem> rejects = new ArrayList<>();

        Code4fukuiLayout(CsvFile csv, CsvHeader header) {
            this.csv = csv;
            this.header = header;
            this.hasLgcode = header.has("lgcode");
        }

        private record Row(int row, int pid, LocalGovCode code, String city, String cityOfWard) {
        }

        ReadResult<RegionRecord> read() {
            String name = csv.name();
            TreeMap<Integer, String> prefectureNames = new TreeMap<>();
            Map<Integer, Integer> prefectureRows = new HashMap<>();
            Map<LocalGovCode, Integer> rowOfCode = new HashMap<>();
            List<Row> rows = new ArrayList<>();
            for (CsvRow row : SimpleCsv.dataRows(csv, header)) {
                List<InputProblem> problems = new ArrayList<>();
                String pidText = header.value(row, "pid");
                String n = NumberText.normalise(pidText);
                int pid = n.matches("\\d{1,2}") ? Integer.parseInt(n) : 0;
                if (pid < 1 || pid > 47) {
                    problems.add(InputProblem.at(name, row.number(), "pid", "not a prefecture number",
                            pidText.isEmpty() ? null : pidText, "a number from 1 to 47"));
                }
                String pref = header.value(row, "pref");
                if (pref.isEmpty()) {
                    problems.add(InputProblem.at(name, row.number(), "pref", "missing prefecture name", null,
                            "the prefecture's name, e.g. 埼玉県"));
                } else if (pid >= 1 && pid <= 47) {
                    // The first row naming a prefecture names it, even if that row fails for another reason.
                    prefectureNames.putIfAbsent(pid, pref);
                    prefectureRows.putIfAbsent(pid, row.number());
                    if (!prefectureNames.get(pid).equals(pref)) {
                        problems.add(InputProblem.at(name, row.number(), "pref", "another name for prefecture " + pid, pref,
                                prefectureNames.get(pid) + " (as at row " + prefectureRows.get(pid) + ")"));
                    }
                }
                LocalGovCode code = code(row, pid, problems);
                String city = header.value(row, "city");
                if (city.isEmpty()) {
                    problems.add(InputProblem.at(name, row.number(), "city", "missing municipality name", null,
                            "the municipality's name, e.g. 行田市"));
                }
                if (code != null) {
                    Integer first = rowOfCode.putIfAbsent(code, row.number());
                    if (first != null) {
                        problems.add(InputProblem.at(name, row.number(), "cid", "duplicated municipality code",
                                header.value(row, "cid"), "one row per municipality (the same at row " + first + ")"));
                    }
                }
                if (!problems.isEmpty()) {
                    rejects.addAll(problems);
                    continue;
                }
                // Wards of designated cities are written "札幌市 中央区" (sometimes with a full-width space).
                String[] parts = city.split("[ \u3000]+", 2);
                rows.add(new Row(row.number(), pid, code, city, parts.length == 2 ? parts[0] : null));
            }

            Map<String, LocalGovCode> cityByName = new HashMap<>();
            for (Row r : rows) {
                if (r.cityOfWard() == null) {
                    cityByName.putIfAbsent(r.pid() + "/" + r.city(), r.code());
                }
            }
            List<RegionRecord> regions = new ArrayList<>();
            regions.add(new RegionRecord(LocalGovCode.NATION, NATION_NAME, RegionLevel.NATION, null, null));
            prefectureNames.forEach((pid, pref) -> {
                LocalGovCode p = LocalGovCode.ofPrefecture(pid);
                regions.add(new RegionRecord(p, pref, RegionLevel.PREFECTURE, LocalGovCode.NATION, p));
            });
            for (Row r : rows) {
                LocalGovCode prefecture = LocalGovCode.ofPrefecture(r.pid());
                if (r.cityOfWard() == null) {
                    regions.add(new RegionRecord(r.code(), r.city(), RegionLevel.MUNICIPALITY, prefecture, prefecture));
                    continue;
                }
                LocalGovCode city = cityByName.get(r.pid() + "/" + r.cityOfWard());
                if (city == null) {
                    rejects.add(InputProblem.at(name, r.row(), "city", "ward of a city not in the file", r.city(),
                            "a row for " + r.cityOfWard() + " in " + prefectureNames.get(r.pid()) + " (a name with a space is a ward of the city named before the space)"));
                    continue;
                }
                regions.add(new RegionRecord(r.code(), r.city(), RegionLevel.WARD, city, prefecture));
            }
            rejects.sort(Comparator.comparing(InputProblem::row));
            String layout = hasLgcode ? "code4fukui localgovjp" : "code4fukui localgovjp (no lgcode: codes from cid)";
            return new ReadResult<>(name, csv.encoding(), layout, regions, rejects);
        }

        /** The code from cid (4 or 5 digits, no check digit), checked against lgcode where the file has it. */
        private LocalGovCode code(CsvRow row, int pid, List<InputProblem> problems) {
            String name = csv.name();
            String cidText = header.value(row, "cid");
            String cid = NumberText.normalise(cidText);
            if (!cid.matches("\\d{4,5}")) {
                problems.add(InputProblem.at(name, row.number(), "cid", "not a municipality code",
                        cidText.isEmpty() ? null : cidText, "the code without check digit, 5 digits (or 4 if the leading zero was lost)"));
                return null;
            }
            LocalGovCode code = LocalGovCode.fromFiveDigits(cid);
            if (code.isNation() || code.isPrefecture()) {
                problems.add(InputProblem.at(name, row.number(), "cid", "not a municipality code", cidText,
                        "a municipality's code, not " + (code.isNation() ? "全国's" : "a prefecture's")));
                return null;
            }
            if (pid >= 1 && pid <= 47 && Integer.parseInt(code.prefectureDigits()) != pid) {
                problems.add(InputProblem.at(name, row.number(), "cid", "municipality code of another prefecture", cidText,
                        String.format("a code starting with %02d (pid %d)", pid, pid)));
                return null;
            }
            String lgText = header.value(row, "lgcode");
            if (!hasLgcode || lgText.isEmpty()) {
                return code;
            }
            String lg = NumberText.normalise(lgText);
            if (lg.matches("\\d{5}")) {
                lg = "0" + lg; // a spreadsheet dropped the leading zero of 011002
            }
            if (!lg.matches("\\d{6}")) {
                problems.add(InputProblem.at(name, row.number(), "lgcode", "not a 全国地方公共団体コード", lgText,
                        code + " (6 digits with the check digit)"));
                return null;
            }
            if (!LocalGovCode.isValid(lg)) {
                problems.add(InputProblem.at(name, row.number(), "lgcode", "wrong check digit", lgText,
                        RegionCodeCell.rightCode(lg.substring(0, 5))));
                return null;
            }
            if (!lg.equals(code.value())) {
                problems.add(InputProblem.at(name, row.number(), "lgcode", "lgcode does not match cid " + cidText, lgText,
                        code.value()));
                return null;
            }
            return code;
        }
    }
}
