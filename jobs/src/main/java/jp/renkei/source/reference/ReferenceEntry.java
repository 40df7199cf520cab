package jp.renkei.source.reference;

/** A row of input/reference/: a region of a region master or an indicator of the catalogue. */
public sealed interface ReferenceEntry permits CatalogueEntry, RegionRecord {
}
