package jp.renkei.generate;

import java.util.ArrayList;
import java.util.List;
import jp.renkei.source.survey.AnswerLayout;
import jp.renkei.source.survey.QuestionType;

/**
 * The questionnaire of the generated survey, in the shape of a city's 市民意識調査 on 在宅医療・介護: 性別, 年代
 * and 地区 as 問1–問3, then the questions from 問4 on. The questions repeat a cycle of twenty in which a 40-question
 * survey has 22 SA (some with 無回答 coded 9, as vendors do), 12 MA (flags, slots, codes in one cell, labels one
 * per line; 6 limited to 「3つまで」 or 「2つまで」), 4 numeric and 2 free-text questions.
 */
final class SurveyPlan {

    static final String SURVEY_ID = "generated-2024-07";
    static final String FIELDED = "令和6年7月";
    static final String FOLDER = SURVEY_ID;
    static final String CODEBOOK = "codebook.yaml";
    static final String RESPONSES = "responses.csv";
    /** Questionnaires sent out per respondent: a mailed survey gets about half of them back. */
    static final int SENT_PER_RESPONDENT = 2;
    /** The home city of renkei's activity records (行田市's code: 埼玉第6市 in a generated plan of that size). */
    static final String HOME_CITY = "112062";

    static final List<String> SEX = List.of("男性", "女性", "その他・答えたくない");
    static final List<String> AGE = List.of("10・20代", "30代", "40代", "50代", "60代", "70代", "80歳以上");
    static final List<String> DISTRICTS = List.of("中央", "本町", "東部", "西部", "南部", "北部", "桜台", "緑ヶ丘",
            "川原", "山手", "新田", "旭");

    private static final List<String> LIKERT = List.of("そう思う", "ややそう思う", "どちらともいえない", "あまりそう思わない",
            "そう思わない");

    /** One question of the cycle, before it gets its number. */
    private record Template(String text, String subLabel, QuestionType type, AnswerLayout layout, Integer maxChoices,
                            List<String> options, String noAnswerMark, String separator, SurveyQuestion.NumericScale scale) {

        static Template sa(String text, String subLabel, String noAnswerMark, List<String> options) {
            return new Template(text, subLabel, QuestionType.SA, AnswerLayout.SINGLE, null, options, noAnswerMark, "", null);
        }

        static Template ma(String text, String subLabel, AnswerLayout layout, Integer maxChoices, List<String> options) {
            return ma(text, subLabel, layout, maxChoices, layout == AnswerLayout.LABELS_IN_CELL ? "\n" : ",", options);
        }

        static Template ma(String text, String subLabel, AnswerLayout layout, Integer maxChoices, String separator,
                           List<String> options) {
            return new Template(text, subLabel, QuestionType.MA, layout, maxChoices, options, "", separator, null);
        }

        static Template numeric(String text, String subLabel, SurveyQuestion.NumericScale scale) {
            return new Template(text, subLabel, QuestionType.NUMERIC, AnswerLayout.SINGLE, null, List.of(), "", "", scale);
        }
    }

    private static final List<Template> CYCLE = List.of(
            Template.sa("住み慣れた地域で最期まで暮らし続けることができると思いますか", "暮らし続けられるか", "", LIKERT),
            Template.sa("あなたは「在宅医療」という言葉を知っていますか", "在宅医療の認知", "9",
                    List.of("言葉も内容も知っている", "言葉は聞いたことがある", "知らない")),
            Template.sa("あなたにはかかりつけ医がいますか", "かかりつけ医", "9", List.of("いる", "いない")),
            Template.ma("在宅医療・介護について相談できる窓口として、知っているものをすべてお選びください", null, AnswerLayout.FLAGS, null,
                    List.of("地域包括支援センター", "市役所の担当課", "かかりつけ医", "ケアマネジャー", "訪問看護ステーション",
                            "病院の相談窓口（医療ソーシャルワーカー）", "民生委員", "社会福祉協議会", "その他")),
            Template.sa("お住まいの地域の医療サービスに満足していますか", "医療サービスの満足度", "",
                    List.of("満足", "やや満足", "ふつう", "やや不満", "不満")),
            Template.numeric("同居しているご家族は、あなたを含めて何人ですか", "同居人数", SurveyQuestion.NumericScale.PEOPLE),
            Template.sa("この1年間に、医療機関にどのくらい通院しましたか", "通院の頻度", "9",
                    List.of("月に2回以上", "月に1回程度", "数か月に1回程度", "ほとんど通院していない")),
            Template.ma("今後の高齢化社会に対応するためにはどのような施策が重要だとお考えですか（3つまで）", null, AnswerLayout.FLAGS, 3,
                    List.of("在宅医療・在宅介護の充実", "介護施設の整備", "介護予防・健康づくりの推進", "認知症の人と家族への支援",
                            "高齢者の就労・社会参加の促進", "見守り・地域の支え合いの推進", "医療と介護の連携強化", "相談窓口の充実",
                            "移動・買い物の支援", "住まいの確保・バリアフリー化", "その他")),
            Template.sa("長期の療養が必要になったとき、最期をどこで迎えたいですか", "最期を迎えたい場所", "9",
                    List.of("自宅", "病院", "介護施設", "子どもや親族の家", "その他", "わからない")),
            Template.ma("介護が必要になったとき、不安に思うことは何ですか（いくつでも）", "介護の不安", AnswerLayout.CODES_IN_CELL, null,
                    List.of("家族の負担", "費用", "住まいの環境", "相談できる人がいない", "医療との連携", "認知症", "その他")),
            Template.sa("人生の最終段階の医療やケアについて、ご家族と話し合ったことがありますか", "家族との話し合い", "",
                    List.of("詳しく話し合っている", "一応話し合っている", "話し合ったことはない")),
            Template.numeric("現在のお住まいに住んで何年になりますか", "居住年数", SurveyQuestion.NumericScale.YEARS),
            Template.sa("「人生会議（ACP：アドバンス・ケア・プランニング）」を知っていますか", "人生会議の認知", "9",
                    List.of("内容まで知っている", "聞いたことはある", "知らない")),
            Template.ma("在宅医療・介護の情報を主にどこから得ていますか（2つまで）", null, AnswerLayout.SLOTS, 2,
                    List.of("市の広報紙", "市のホームページ", "医療機関", "地域包括支援センター", "家族・知人", "テレビ・新聞", "その他")),
            Template.sa("介護が必要になったとき、自宅で介護を受けたいと思いますか", "自宅での介護", "9", List.of("思う", "思わない")),
            Template.ma("在宅で療養するとき、利用したいサービスをお選びください（いくつでも）", "利用したいサービス",
                    AnswerLayout.LABELS_IN_CELL, null,
                    List.of("訪問診療", "訪問看護", "訪問介護", "訪問リハビリテーション", "通所介護（デイサービス）",
                            "短期入所（ショートステイ）")),
            Template.sa("医療と介護の連携が十分にとれていると思いますか", "医療と介護の連携", "", LIKERT),
            Template.ma("地域の支え合いのために参加してみたい活動は何ですか（3つまで）", "参加したい活動", AnswerLayout.CODES_IN_CELL, 3,
                    "、", List.of("見守り活動", "買い物の手伝い", "通院の付き添い", "サロン・通いの場の運営", "配食", "話し相手", "その他")),
            new Template("在宅医療・介護について、ご意見があればご自由にお書きください", "自由記述", QuestionType.FREE_TEXT,
                    AnswerLayout.SINGLE, null, List.of(), "", "", null),
            Template.sa("現在の健康状態はいかがですか", "健康状態", "9", List.of("よい", "まあよい", "あまりよくない", "よくない")));

    /** 問1–問3 are the demographics. */
    static final int FIRST_QUESTION_NUMBER = 4;

    private SurveyPlan() {
    }

    /** The first {@code count} questions: the cycle, again and again; a repeat says which round it is in its text. */
    static List<SurveyQuestion> questions(int count) {
        List<SurveyQuestion> questions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Template t = CYCLE.get(i % CYCLE.size());
            int round = i / CYCLE.size();
            int number = FIRST_QUESTION_NUMBER + i;
            String text = round == 0 ? t.text() : t.text() + "（その" + (round + 1) + "）";
            int slots = t.layout() == AnswerLayout.SLOTS ? t.maxChoices() + 1 : 0;
            questions.add(new SurveyQuestion(i, "Q" + number, "問" + number, text, t.subLabel(), t.type(), t.layout(),
                    t.maxChoices(), slots, t.options(), t.noAnswerMark(), t.separator(), t.scale()));
        }
        return questions;
    }

    /** The city that ran the survey: the home city when the plan has it, else the plan's first municipality. */
    static Region city(RegionPlan plan) {
        Region first = null;
        for (Region r : plan.regions()) {
            if (r.code().equals(HOME_CITY)) {
                return r;
            }
            if (first == null && r.level() == jp.renkei.source.reference.RegionLevel.MUNICIPALITY) {
                first = r;
            }
        }
        return first;
    }
}
