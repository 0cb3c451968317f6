package id.spbe.analytics.pipeline.generate;

/** A cell written exactly as given in every format: how the generator plants a deliberately bad value. */
public record Raw(String text) {}
