package jp.renkei.normalise;

import jp.renkei.source.population.PopulationFigure;

/** A figure and the file it came from: a row of stg_population. */
public record PopulationRow(PopulationFigure figure, String sourceFileId) {
}
