package jp.renkei.source.survey;

import jp.renkei.domain.PeriodLabel;

/**
 * What the published report says about the survey itself.
 *
 * @param id               short stable id chosen by the analyst (letters, digits, - and _), e.g. gyoda-2019-07
 * @param name             the survey's title as published
 * @param fielded          when it was fielded, as a period (令和元年7月 → M2019-07)
 * @param targetPopulation 調査対象, e.g. 市内在住の満18歳以上の男女
 * @param sampleSize       配布数 (questionnaires sent out); null when the codebook does not say
 * @param method           調査方法, e.g. 郵送配布・郵送回収
 * @param regionCode       6-digit 全国地方公共団体コード of the municipality that ran it
 */
public record SurveyMeta(String id, String name, PeriodLabel fielded, String targetPopulation, Integer sampleSize,
                         String method, String regionCode) {
}
