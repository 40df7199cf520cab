package jp.renkei.generate;

import java.util.List;
import jp.renkei.source.survey.QuestionType;

/**
 * The random part of the generated survey: each respondent's 性別, 年代 and 地区 and answers, drawn from the seed
 * and (respondent, question) alone, so that they do not depend on the order of writing. Answers lean on 年代 the
 * way real ones do (older respondents answer some questions differently, leave more blanks and write less free
 * text), 無回答 grows towards the end of the questionnaire, and about 4 % of the answers to an MA limited to n
 * pick n + 1 options.
 */
final class SurveyDraws {

    private static final long SALT = 0x535256L; // "SRV"
    private static final long DEMOGRAPHIC = 1;
    private static final long WEIGHT = 2;
    private static final long TILT = 3;
    private static final long BLANK = 4;
    private static final long PICK = 5;
    private static final long COUNT = 6;
    private static final long NUMBER = 7;
    private static final long TEXT = 8;

    /** Age bands and one more for a blank 年代. */
    static final int AGE_GROUPS = SurveyPlan.AGE.size() + 1;
    /** The band index of a blank demographic. */
    static final int BLANK_BAND = -1;
    /** Share of each MA-limited answer that picks one option too many. */
    static final double OVER_SELECTION = 0.04;

    private static final double[] SEX_WEIGHTS = {46, 52, 2};
    /** A mailed survey is answered more by older residents. */
    private static final double[] AGE_WEIGHTS = {6, 8, 11, 14, 21, 25, 15};
    private static final int[] AGE_UPPER = {29, 39, 49, 59, 69, 79, 89, 60};

    private static final String[] COMMENTS = {
        "家族に負担をかけずに自宅で療養できる仕組みがほしい。",
        "どこに相談すればよいのか分からない。\n窓口をもっと知らせてほしい。",
        "訪問診療をしてくれる医師が近くにいるのか知りたい。",
        "通院の足がなくて困っている。",
        "介護する家族も高齢なので、支える仕組みを充実してほしい。",
        "特になし。",
        "夜間や休日に相談できるところがあると安心です。",
        "一人暮らしなので、急に具合が悪くなったときが心配。",
        "ケアマネジャーさんにはとても助けられています。",
        "「人生会議」という言葉を初めて知りました。\n広報でもっと取り上げてください。",
        "病院から退院するときに、在宅の準備が間に合わなかった。",
        "医療と介護の情報が一つにまとまっていると分かりやすい。",
    };

    private final Noise noise;
    private final List<SurveyQuestion> questions;
    private final double[] district;
    /** [question][age group][option]: weights of SA options and of MA-limited picks. */
    private final double[][][] weights;
    /** [question][age group][option]: chance that an unlimited MA picks the option. */
    private final double[][][] chances;

    SurveyDraws(long seed, List<SurveyQuestion> questions) {
        this.noise = new Noise(seed);
        this.questions = List.copyOf(questions);
        this.district = new double[SurveyPlan.DISTRICTS.size()];
        for (int d = 0; d < district.length; d++) {
            // the old town centre is the largest 地区
            district[d] = (d == 0 ? 3 : 1) * (0.4 + 1.6 * noise.uniform(SALT, WEIGHT, -1, d));
        }
        this.weights = new double[questions.size()][][];
        this.chances = new double[questions.size()][][];
        for (SurveyQuestion q : questions) {
            int n = q.options().size();
            if (n == 0) {
                continue;
            }
            double tilt = 2 * noise.uniform(SALT, TILT, q.index()) - 1;
            weights[q.index()] = new double[AGE_GROUPS][n];
            chances[q.index()] = new double[AGE_GROUPS][n];
            for (int a = 0; a < AGE_GROUPS; a++) {
                double old = a < SurveyPlan.AGE.size() ? (a - 3) / 3.0 : 0; // -1 for the youngest, +1 for 80歳以上
                for (int o = 0; o < n; o++) {
                    double lean = Math.exp(2 * tilt * old * (n == 1 ? 0 : (double) o / (n - 1) - 0.5));
                    double base = noise.uniform(SALT, WEIGHT, q.index(), o);
                    weights[q.index()][a][o] = (0.3 + 1.7 * base) * lean;
                    chances[q.index()][a][o] = Math.min(0.9, (0.04 + 0.5 * base) * lean);
                }
            }
        }
    }

    /** 0-based option of 性別, or {@link #BLANK_BAND}. */
    int sex(int respondent) {
        return demographic(respondent, 0, SEX_WEIGHTS, 0.01);
    }

    /** 0-based band of 年代, or {@link #BLANK_BAND}. */
    int age(int respondent) {
        return demographic(respondent, 1, AGE_WEIGHTS, 0.01);
    }

    /** 0-based 地区, or {@link #BLANK_BAND}. */
    int district(int respondent) {
        return demographic(respondent, 2, district, 0.015);
    }

    private int demographic(int respondent, int which, double[] w, double blank) {
        if (noise.uniform(SALT, DEMOGRAPHIC, respondent, which, 0) < blank) {
            return BLANK_BAND;
        }
        return weighted(w, noise.uniform(SALT, DEMOGRAPHIC, respondent, which, 1));
    }

    /**
     * One answer as drawn: blank (written as the question's no-answer mark), or the picks (0-based options, in
     * option order; empty for an MA with nothing ticked), a number or a text.
     */
    record Drawn(boolean blank, int[] picks, int number, String text) {

        static final Drawn BLANK = new Drawn(true, new int[0], 0, null);
    }

    Drawn answer(int respondent, int ageBand, SurveyQuestion q) {
        int a = ageBand == BLANK_BAND ? AGE_GROUPS - 1 : ageBand;
        int i = q.index();
        if (q.type() == QuestionType.FREE_TEXT) {
            // few write anything; the young less than the old
            double writes = 0.06 + 0.015 * Math.min(a, 6);
            if (noise.uniform(SALT, BLANK, respondent, i) >= writes) {
                return Drawn.BLANK;
            }
            String text = COMMENTS[noise.below(COMMENTS.length, SALT, TEXT, respondent, i, 0)];
            if (noise.uniform(SALT, TEXT, respondent, i, 1) < 0.2) {
                text = text + "\n" + COMMENTS[noise.below(COMMENTS.length, SALT, TEXT, respondent, i, 2)];
            }
            return new Drawn(false, new int[0], 0, text);
        }
        // 無回答 grows with the questionnaire's length and is commoner at 80歳以上 and where 年代 was left blank
        double blank = 0.015 + 0.0009 * Math.min(i, 40) + (a == 6 ? 0.03 : 0) + (a == AGE_GROUPS - 1 ? 0.05 : 0);
        if (noise.uniform(SALT, BLANK, respondent, i) < blank) {
            return Drawn.BLANK;
        }
        return switch (q.type()) {
            case SA -> new Drawn(false, new int[] {weighted(weights[i][a], noise.uniform(SALT, PICK, respondent, i, 0))}, 0, null);
            case MA -> new Drawn(false, q.maxChoices() == null ? independent(respondent, i, a) : limited(respondent, q, a), 0, null);
            case NUMERIC -> new Drawn(false, new int[0], number(respondent, q, a), null);
            case FREE_TEXT, DATE -> throw new IllegalStateException("the plan has no date question, and free text is handled above");
        };
    }

    /** An MA without a limit: each option ticked on its own; nothing ticked is possible (and is 無回答). */
    private int[] independent(int respondent, int i, int a) {
        double[] p = chances[i][a];
        int[] picked = new int[p.length];
        int n = 0;
        for (int o = 0; o < p.length; o++) {
            if (noise.uniform(SALT, PICK, respondent, i, o) < p[o]) {
                picked[n++] = o;
            }
        }
        return java.util.Arrays.copyOf(picked, n);
    }

    /** An MA limited to k: mostly k picks, some fewer, {@link #OVER_SELECTION} k + 1. */
    private int[] limited(int respondent, SurveyQuestion q, int a) {
        int k = q.maxChoices();
        double u = noise.uniform(SALT, COUNT, respondent, q.index());
        int count;
        if (u < OVER_SELECTION) {
            count = k + 1;
        } else if (u < OVER_SELECTION + 0.15) {
            count = 1;
        } else if (k >= 3 && u < OVER_SELECTION + 0.40) {
            count = 2;
        } else {
            count = k;
        }
        double[] w = weights[q.index()][a].clone();
        boolean[] chosen = new boolean[w.length];
        for (int p = 0; p < Math.min(count, w.length); p++) {
            int o = weighted(w, noise.uniform(SALT, PICK, respondent, q.index(), p));
            chosen[o] = true;
            w[o] = 0; // without replacement
        }
        int[] picked = new int[count];
        int n = 0;
        for (int o = 0; o < chosen.length; o++) {
            if (chosen[o]) {
                picked[n++] = o;
            }
        }
        return java.util.Arrays.copyOf(picked, n);
    }

    private int number(int respondent, SurveyQuestion q, int a) {
        double u = noise.uniform(SALT, NUMBER, respondent, q.index());
        return switch (q.scale()) {
            // households of the old are smaller
            case PEOPLE -> Math.min(10, 1 + (int) (-Math.log(1 - u) * (a >= 5 && a < SurveyPlan.AGE.size() ? 0.9 : 1.6)));
            case YEARS -> Math.min(q.scale().max, (int) (u * (AGE_UPPER[a] + 1)));
        };
    }

    /** Whether a number is written in full-width digits, as some are typed by hand (1 %). */
    boolean fullWidth(int respondent, SurveyQuestion q) {
        return noise.uniform(SALT, NUMBER, respondent, q.index(), 1) < 0.01;
    }

    /** The index whose share of the weights' sum holds u. */
    private static int weighted(double[] w, double u) {
        double total = 0;
        for (double x : w) {
            total += x;
        }
        double target = u * total;
        int last = -1;
        for (int o = 0; o < w.length; o++) {
            if (w[o] <= 0) {
                continue;
            }
            last = o;
            target -= w[o];
            if (target < 0) {
                return o;
            }
        }
        return last; // rounding left a sliver at the end
    }
}
