package id.spbe.analytics.pipeline.generate;

/** A province grouping pemda: its BPS code and name; provinces beyond the real 38 are marked illustrative. */
public record Province(String code, String name) {

  /** The group name in generated file names, e.g. {@code prov-35}. */
  public String fileGroup() {
    return "prov-" + code;
  }
}
