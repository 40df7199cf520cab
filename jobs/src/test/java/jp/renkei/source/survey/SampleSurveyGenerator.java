package jp.renkei.source.survey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.renkei.input.TextDecoder;

/**
 * Writes the synthetic responses of the sample survey (input/surveys/gyoda-2019-07/responses.csv) the way a
 * vendor delivers them: CP932, CRLF, two header rows, 問10(2) as 0/1 flags. Deterministic: the same seed gives
 * the same bytes, which {@code SampleSurveyTest} checks against the committed file.
 *
 * <p>Run {@code main} to rewrite the file after changing the generator.
 */
public final class SampleSurveyGenerator {

    public static final long SEED = 20190701L;
    public static final int RESPONDENTS = 612;

    private static final String[] COMMENTS = {
        "家族に負担をかけずに自宅で療養できる仕組みがほしい。",
        "どこに相談すればよいのか分からない。\n窓口をもっと知らせてほしい。",
        "訪問診療をしてくれる医師が近くにいるのか知りたい。",
        "通院の足がなくて困っている。",
        "介護する家族も高齢なので、\n支える仕組みを充実してほしい。",
        "特になし。",
    };

    /**
     * What some respondents wrote in the その他 flag column of 問10(2) in place of 1 (the codebook declares the option
     * other_text). Drawn from a generator of their own, so that the answers drawn from {@link #SEED} stay as they were.
     */
    public static final String[] OTHER_WORDS = {
        "空き家を使った集いの場づくり",
        "ごみ出しの手伝い",
        "外国人の介護人材の受け入れ",
        "医療費の負担軽減",
    };

    /** Every text a respondent wrote in the sample: the free-text answers of 問11 and the words of 問10(2) その他. */
    public static List<String> respondentTexts() {
        List<String> texts = new ArrayList<>(List.of(COMMENTS));
        texts.addAll(List.of(OTHER_WORDS));
        return texts;
    }

    private SampleSurveyGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "input/surveys/gyoda-2019-07/responses.csv");
        Files.write(out, generate());
        System.out.println("wrote " + out);
    }

    public static byte[] generate() {
        Random random = new Random(SEED);
        Random words = new Random(SEED + 1);
        List<List<String>> rows = new ArrayList<>();
        List<String> top = new ArrayList<>(List.of("No.", "問1", "問2", "問3", "問4", "問5", "問6", "問10(2)"));
        for (int i = 2; i <= 11; i++) {
            top.add("");
        }
        top.add("問11");
        rows.add(top);
        List<String> sub = new ArrayList<>(List.of("", "性別", "年代", "地区", "在宅医療の認知", "かかりつけ医", "最期を迎えたい場所"));
        for (int i = 1; i <= 11; i++) {
            sub.add(Integer.toString(i));
        }
        sub.add("自由記述");
        rows.add(sub);
        for (int n = 1; n <= RESPONDENTS; n++) {
            rows.add(respondent(random, words, n));
        }
        StringBuilder csv = new StringBuilder();
        for (List<String> row : rows) {
            csv.append(String.join(",", row.stream().map(SampleSurveyGenerator::quote).toList())).append("\r\n");
        }
        return csv.toString().getBytes(TextDecoder.CP932);
    }

    private static List<String> respondent(Random r, Random words, int n) {
        List<String> row = new ArrayList<>();
        row.add(String.format("%04d", n));
        row.add(pick(r, new int[] {46, 52, 1}, 1));                                  // 性別, 1 % blank
        int age = Integer.parseInt(orDefault(pick(r, new int[] {8, 10, 12, 15, 22, 22, 11}, 0), "4"));
        row.add(Integer.toString(age));
        row.add(pick(r, new int[] {30, 9, 10, 9, 8, 4, 3, 4, 4, 6, 5, 8}, 1));        // 地区, 1 % blank
        // older respondents know 在宅医療 better and more often have a かかりつけ医
        row.add(sa(r, age >= 5 ? new int[] {35, 45, 20} : new int[] {20, 40, 40}, 3));
        row.add(sa(r, age >= 5 ? new int[] {80, 20} : new int[] {50, 50}, 2));
        row.add(sa(r, new int[] {40, 25, 12, 3, 20}, 3));
        List<String> flags = flags(r);
        if (flags.getLast().equals("1") && words.nextBoolean()) {
            flags.set(flags.size() - 1, OTHER_WORDS[words.nextInt(OTHER_WORDS.length)]); // その他 with words, not 1
        }
        row.addAll(flags);
        row.add(r.nextInt(100) < 6 ? COMMENTS[r.nextInt(COMMENTS.length)] : "");
        return row;
    }

    /** A code 1..weights.length by weight; with {@code blankPercent} % a blank cell. */
    private static String pick(Random r, int[] weights, int blankPercent) {
        if (r.nextInt(100) < blankPercent) {
            return "";
        }
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return Integer.toString(i + 1);
            }
        }
        throw new IllegalStateException();
    }

    private static String orDefault(String code, String otherwise) {
        return code.isEmpty() ? otherwise : code;
    }

    /** An SA answer; 無回答 written as 9 (the vendor's mark for these questions), {@code noAnswerPercent} % of the time. */
    private static String sa(Random r, int[] weights, int noAnswerPercent) {
        return r.nextInt(100) < noAnswerPercent ? "9" : pick(r, weights, 0);
    }

    /** 問10(2) flags: mostly 3 picks, some fewer, a few none (無回答) and a few four (over the limit). */
    private static List<String> flags(Random r) {
        int[] weights = {30, 22, 24, 16, 8, 14, 18, 9, 11, 7, 2};
        int picks = Integer.parseInt(pick(r, new int[] {4, 14, 24, 54, 4}, 0)) - 1;
        boolean[] chosen = new boolean[weights.length];
        for (int done = 0; done < picks; ) {
            int option = Integer.parseInt(pick(r, weights, 0)) - 1;
            if (!chosen[option]) {
                chosen[option] = true;
                done++;
            }
        }
        List<String> cells = new ArrayList<>();
        for (boolean c : chosen) {
            cells.add(c ? "1" : "0");
        }
        return cells;
    }

    private static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
