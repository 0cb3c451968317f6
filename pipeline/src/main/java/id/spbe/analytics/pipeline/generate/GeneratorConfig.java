package id.spbe.analytics.pipeline.generate;

import java.nio.file.Path;

/**
 * What to generate, built by the CLI from flags. The instansi counts are the national ones (about 630: 38
 * provinsi, 416 kabupaten, 98 kota, 80 instansi pusat); {@code scale} multiplies each, so 0.02 is a quick set and
 * 10 is "ten times national".
 *
 * @param outputDir an empty or new folder the input files are written into
 * @param seed the same seed (and the same other settings) writes byte-identical files
 * @param scale multiplies every instansi count; a kind asked for at all gets at least one instansi
 * @param counts instansi per kind before scaling
 * @param yearFrom first evaluation year written
 * @param yearTo last evaluation year written
 * @param badRowRate share of assessment rows deliberately written wrong, so the quarantine path runs at scale
 * @param xlsxShare share of files written as Excel workbooks
 * @param utf8Share share of files written as UTF-8 CSV with ',' and English headers; the rest are CSV as Excel
 *     writes it on an Indonesian PC (';', decimal comma, Windows-1252)
 */
public record GeneratorConfig(
    Path outputDir,
    long seed,
    double scale,
    InstansiCounts counts,
    int yearFrom,
    int yearTo,
    double badRowRate,
    double xlsxShare,
    double utf8Share) {

  public static final int FIRST_YEAR = 2018;

  public GeneratorConfig {
    if (!(scale > 0) || scale > 200) {
      throw new IllegalArgumentException("--scale must be above 0 and at most 200, was " + scale);
    }
    if (yearFrom < FIRST_YEAR || yearTo < yearFrom || yearTo > 2100) {
      throw new IllegalArgumentException("--years must be a range within " + FIRST_YEAR + "-2100 such as 2018-2026, was "
          + yearFrom + "-" + yearTo);
    }
    requireShare("--bad-rows", badRowRate);
    requireShare("--xlsx-share", xlsxShare);
    requireShare("--utf8-share", utf8Share);
    if (xlsxShare + utf8Share > 1) {
      throw new IllegalArgumentException("--xlsx-share plus --utf8-share must be at most 1, was " + (xlsxShare + utf8Share));
    }
  }

  /** How many instansi of a kind are written: the count times the scale, at least one when the count is not 0. */
  public int instansiCount(InstansiKind kind) {
    int asked = counts.of(kind);
    return asked == 0 ? 0 : (int) Math.max(1, Math.round(asked * scale));
  }

  private static void requireShare(String option, double share) {
    if (!(share >= 0) || share > 1) {
      throw new IllegalArgumentException(option + " must be a share between 0 and 1, was " + share);
    }
  }

  /** Instansi per kind before scaling. */
  public record InstansiCounts(int provinsi, int kabupaten, int kota, int pusat) {
    public static final InstansiCounts NATIONAL = new InstansiCounts(38, 416, 98, 80);

    public InstansiCounts {
      if (provinsi < 0 || kabupaten < 0 || kota < 0 || pusat < 0) {
        throw new IllegalArgumentException("instansi counts must not be negative, were provinsi " + provinsi
            + ", kabupaten " + kabupaten + ", kota " + kota + ", pusat " + pusat);
      }
      if ((kabupaten > 0 || kota > 0) && provinsi == 0) {
        throw new IllegalArgumentException("kabupaten and kota belong to a province: --provinsi must be at least 1, was 0");
      }
    }

    public int of(InstansiKind kind) {
      return switch (kind) {
        case PROVINSI -> provinsi;
        case KABUPATEN -> kabupaten;
        case KOTA -> kota;
        case PUSAT -> pusat;
      };
    }
  }
}
