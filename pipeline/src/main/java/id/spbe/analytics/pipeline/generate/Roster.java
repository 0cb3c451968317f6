package id.spbe.analytics.pipeline.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The instansi of a generated set: real province names and codes (BPS), illustrative names for regencies, cities
 * and ministries, unique kode instansi of the form kind digit + sequence (2000417 is the 417th kabupaten).
 */
public final class Roster {
  private static final String[][] PROVINCES = {
      {"11", "Aceh"}, {"12", "Sumatera Utara"}, {"13", "Sumatera Barat"}, {"14", "Riau"}, {"15", "Jambi"},
      {"16", "Sumatera Selatan"}, {"17", "Bengkulu"}, {"18", "Lampung"}, {"19", "Kepulauan Bangka Belitung"},
      {"21", "Kepulauan Riau"}, {"31", "DKI Jakarta"}, {"32", "Jawa Barat"}, {"33", "Jawa Tengah"},
      {"34", "DI Yogyakarta"}, {"35", "Jawa Timur"}, {"36", "Banten"}, {"51", "Bali"}, {"52", "Nusa Tenggara Barat"},
      {"53", "Nusa Tenggara Timur"}, {"61", "Kalimantan Barat"}, {"62", "Kalimantan Tengah"},
      {"63", "Kalimantan Selatan"}, {"64", "Kalimantan Timur"}, {"65", "Kalimantan Utara"}, {"71", "Sulawesi Utara"},
      {"72", "Sulawesi Tengah"}, {"73", "Sulawesi Selatan"}, {"74", "Sulawesi Tenggara"}, {"75", "Gorontalo"},
      {"76", "Sulawesi Barat"}, {"81", "Maluku"}, {"82", "Maluku Utara"}, {"91", "Papua"}, {"92", "Papua Barat"},
      {"93", "Papua Selatan"}, {"94", "Papua Tengah"}, {"95", "Papua Pegunungan"}, {"96", "Papua Barat Daya"}};
  private static final String[] FIRST = {"Suka", "Tanjung", "Batu", "Sungai", "Gunung", "Pulau", "Tanah", "Muara",
      "Karang", "Bukit", "Kali", "Rawa", "Teluk", "Lubuk", "Padang", "Sidi", "Mekar", "Purwa", "Sri", "Banjar"};
  private static final String[] SECOND = {"maju", "jaya", "makmur", "sari", "rejo", "mulya", "karya", "indah", "baru",
      "harjo", "agung", "asri", "raya", "lestari", "wangi", "mukti", "sentosa", "tengah", "timur", "barat"};
  private static final String[] MINISTRY_KINDS = {"Kementerian", "Badan", "Lembaga"};
  private static final String[] MINISTRY_SUBJECTS = {"Perhubungan Contoh", "Pertanian Contoh", "Kesehatan Contoh",
      "Pendidikan Contoh", "Keuangan Contoh", "Kelautan Contoh", "Statistik Contoh", "Pangan Contoh", "Energi Contoh",
      "Pariwisata Contoh", "Riset Contoh", "Kepegawaian Contoh", "Arsip Contoh", "Pengadaan Contoh", "Siber Contoh",
      "Meteorologi Contoh"};

  private Roster() {}

  public static List<Instansi> build(GeneratorConfig config) {
    List<Province> provinces = provinces(config.instansiCount(InstansiKind.PROVINSI));
    List<Instansi> all = new ArrayList<>();
    for (InstansiKind kind : InstansiKind.values()) {
      int count = config.instansiCount(kind);
      for (int i = 0; i < count; i++) {
        Province province = switch (kind) {
          case PROVINSI -> provinces.get(i);
          case KABUPATEN, KOTA -> provinces.get(i % provinces.size());
          case PUSAT -> null;
        };
        all.add(instansi(config.seed(), kind, i, province));
      }
    }
    return List.copyOf(all);
  }

  static List<Province> provinces(int count) {
    List<Province> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(i < PROVINCES.length ? new Province(PROVINCES[i][0], PROVINCES[i][1])
          : new Province(String.valueOf(100 + i), "Provinsi Ilustratif " + (i + 1)));
    }
    return out;
  }

  private static Instansi instansi(long seed, InstansiKind kind, int index, Province province) {
    String code = kind.codeDigit() + String.format("%06d", index + 1);
    double provinceEffect = province == null ? 0 : Keyed.normal(seed, 0.2, "province-effect", province.code());
    double level = kind.typicalLevel2018() + provinceEffect + Keyed.normal(seed, 0.4, "level", code);
    double gain = Math.max(0.02, 0.14 + Keyed.normal(seed, 0.06, "gain", code));
    double selfBias = 0.4 + Keyed.normal(seed, 0.25, "self-bias", code);
    return new Instansi(code, name(seed, kind, index, province, code), kind, province, level, gain, selfBias);
  }

  private static String name(long seed, InstansiKind kind, int index, Province province, String code) {
    return switch (kind) {
      case PROVINSI -> "Provinsi " + province.name();
      case KABUPATEN -> "Kabupaten " + placeName(seed, code);
      case KOTA -> "Kota " + placeName(seed, code);
      case PUSAT -> MINISTRY_KINDS[index % MINISTRY_KINDS.length] + " "
          + MINISTRY_SUBJECTS[(index / MINISTRY_KINDS.length) % MINISTRY_SUBJECTS.length]
          + (index >= MINISTRY_KINDS.length * MINISTRY_SUBJECTS.length ? " " + (index + 1) : "");
    };
  }

  private static String placeName(long seed, String code) {
    var random = Keyed.random(seed, "name", code);
    return FIRST[random.nextInt(FIRST.length)] + SECOND[random.nextInt(SECOND.length)];
  }
}
