package id.spbe.analytics.pipeline.facts;

import id.spbe.analytics.pipeline.quarantine.ReasonCode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Tells which OPD of one instansi's OPD list a name written in a self-assessment or an owner file means.
 * Staff write office names their own way: abbreviated words ({@code Bag.}, {@code Setda}, {@code SDM}),
 * {@code &} for {@code dan}, the regency appended after a dash ({@code Dinas Kesehatan - Kab. Blitar}). Both the
 * written name and every name in the list are brought to one key (words spelled out, the instansi name, case and
 * punctuation dropped) and compared; a key shared by two OPDs is ambiguous and never guessed.
 */
public final class OpdNames {
  /** The usual abbreviations in Indonesian office names, each to the words it stands for. */
  private static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("setda", "sekretariat daerah"), Map.entry("sekda", "sekretariat daerah"),
      Map.entry("setwan", "sekretariat dprd"), Map.entry("sekwan", "sekretariat dprd"),
      Map.entry("sekr", "sekretariat"), Map.entry("sekret", "sekretariat"), Map.entry("set", "sekretariat"),
      Map.entry("sdm", "sumber daya manusia"), Map.entry("kab", "kabupaten"), Map.entry("kabupaten", "kabupaten"),
      Map.entry("pemkab", "pemerintah kabupaten"), Map.entry("pemkot", "pemerintah kota"),
      Map.entry("pemprov", "pemerintah provinsi"), Map.entry("prov", "provinsi"), Map.entry("pem", "pemerintah"),
      Map.entry("dis", "dinas"), Map.entry("din", "dinas"), Map.entry("dns", "dinas"),
      Map.entry("bag", "bagian"), Map.entry("bgn", "bagian"), Map.entry("bid", "bidang"), Map.entry("bdn", "badan"),
      Map.entry("kec", "kecamatan"), Map.entry("kel", "kelurahan"), Map.entry("insp", "inspektorat"),
      Map.entry("kominfo", "komunikasi informatika"),
      Map.entry("diskominfo", "dinas komunikasi informatika"),
      Map.entry("diskominfotiksan", "dinas komunikasi informatika statistik persandian"),
      Map.entry("kominfotiksan", "komunikasi informatika statistik persandian"),
      Map.entry("dukcapil", "kependudukan pencatatan sipil"), Map.entry("ptsp", "pelayanan terpadu satu pintu"),
      Map.entry("pbj", "pengadaan barang jasa"), Map.entry("pupr", "pekerjaan umum penataan ruang"),
      Map.entry("kesbangpol", "kesatuan bangsa politik"), Map.entry("adm", "administrasi"),
      Map.entry("admin", "administrasi"), Map.entry("org", "organisasi"), Map.entry("keu", "keuangan"));
  /** Words that carry no meaning in a name ("Dinas Komunikasi dan Informatika" = "... Komunikasi & Informatika"). */
  private static final Set<String> FILLER = Set.of("dan", "serta");
  private static final String SEKRETARIAT_DAERAH = " sekretariat daerah";
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
  private static final int SUGGESTIONS = 3;

  /** One OPD of the list, with every name it may be written by. */
  public record Opd(String code, String name, String shortName, List<String> aliases) {}

  /** The OPD a name means, or why none: UNKNOWN_OPD or AMBIGUOUS_OPD with what to write instead. */
  public record Match(String opdCode, ReasonCode problem, String expectedId, String expectedEn) {
    static Match of(String code) {
      return new Match(code, null, "", "");
    }
  }

  private final String instansiCode;
  private final List<Opd> opds;
  private final List<String> instansiNames;
  private final Map<String, Set<Opd>> exact = new HashMap<>();
  private final Map<String, Set<Opd>> byKey = new HashMap<>();

  /**
   * @param instansiNames the instansi's own names ("Kabupaten Blitar"), dropped where a written name ends with
   *     them; may be empty
   */
  public OpdNames(String instansiCode, List<Opd> opds, List<String> instansiNames) {
    this.instansiCode = instansiCode;
    this.opds = List.copyOf(opds);
    this.instansiNames = instansiNames.stream().filter(n -> n != null && !n.isBlank()).toList();
    for (Opd opd : opds) {
      for (String name : names(opd)) {
        exact.computeIfAbsent(name.trim().toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>()).add(opd);
        for (String key : keys(name)) {
          byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(opd);
        }
      }
    }
  }

  /** Several aliases in one cell, separated by a vertical bar, a semicolon or a line break, as one text. */
  public static String joinAliases(String cell) {
    if (cell == null) {
      return "";
    }
    return Arrays.stream(cell.split("[|;\\n]")).map(String::trim).filter(a -> !a.isEmpty()).distinct()
        .collect(Collectors.joining(" | "));
  }

  public static List<String> splitAliases(String joined) {
    return joined == null || joined.isBlank() ? List.of()
        : Arrays.stream(joined.split("\\|")).map(String::trim).filter(a -> !a.isEmpty()).toList();
  }

  public Match match(String written) {
    String raw = written == null ? "" : written.trim();
    Set<Opd> same = exact.getOrDefault(raw.toLowerCase(Locale.ROOT), Set.of());
    if (same.size() == 1) {
      return Match.of(same.iterator().next().code());
    }
    Set<Opd> found = new LinkedHashSet<>(same);
    if (found.isEmpty()) {
      for (String key : keys(raw)) {
        found.addAll(byKey.getOrDefault(key, Set.of()));
      }
    }
    if (found.size() == 1) {
      return Match.of(found.iterator().next().code());
    }
    if (found.size() > 1) {
      String list = found.stream().map(o -> o.code() + " (" + o.name() + ")").collect(Collectors.joining(", "));
      return new Match(null, ReasonCode.AMBIGUOUS_OPD, list, list);
    }
    return unknown(raw);
  }

  /** The closest known OPDs and the alias to add, so fixing the OPD list is one paste. */
  private Match unknown(String raw) {
    List<String> rawKeys = keys(raw);
    JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
    List<Opd> closest = opds.stream()
        .sorted(Comparator.comparingDouble((Opd o) -> -names(o).stream().flatMap(n -> keys(n).stream())
            .mapToDouble(k -> rawKeys.stream().mapToDouble(r -> similarity.apply(r, k)).max().orElse(0)).max()
            .orElse(0)).thenComparing(Opd::code))
        .limit(SUGGESTIONS).toList();
    if (closest.isEmpty()) {
      return new Match(null, ReasonCode.UNKNOWN_OPD, ".", ".");
    }
    String names = closest.stream().map(o -> o.code() + " (" + o.name() + ")").collect(Collectors.joining(", "));
    Opd first = closest.get(0);
    List<String> aliases = new ArrayList<>(first.aliases());
    aliases.add(raw);
    String row = String.join(";", instansiCode, first.code(), first.name(), first.shortName() == null ? ""
        : first.shortName(), String.join(" | ", aliases));
    return new Match(null, ReasonCode.UNKNOWN_OPD,
        "; OPD terdekat: " + names + ". Bila yang dimaksud " + first.code() + ", tambahkan alias di daftar OPD "
            + "(kode_instansi;kode_opd;nama_opd;singkatan;alias): " + row,
        "; closest known OPDs: " + names + ". If " + first.code() + " is meant, add the alias to the OPD list "
            + "(kode_instansi;kode_opd;nama_opd;singkatan;alias): " + row);
  }

  private static List<String> names(Opd opd) {
    List<String> names = new ArrayList<>();
    names.add(opd.code());
    names.add(opd.name());
    if (opd.shortName() != null && !opd.shortName().isBlank()) {
      names.add(opd.shortName());
    }
    names.addAll(opd.aliases());
    return names.stream().filter(n -> n != null && !n.isBlank()).toList();
  }

  /**
   * A name's comparison keys: words spelled out, fillers, punctuation and a trailing instansi name dropped; for a
   * Bagian of the Sekretariat Daerah, also without "Sekretariat Daerah", since staff often leave it off.
   */
  List<String> keys(String name) {
    String key = spelledOut(name);
    for (String instansi : instansiNames) {
      key = withoutSuffix(key, spelledOut(instansi));
      key = withoutSuffix(key, spelledOut(instansi).replaceFirst("^(kabupaten|kota|provinsi) ", ""));
      key = withoutSuffix(key, "pemerintah");
    }
    List<String> keys = new ArrayList<>(List.of(key));
    if (key.startsWith("bagian ") && key.endsWith(SEKRETARIAT_DAERAH)) {
      keys.add(key.substring(0, key.length() - SEKRETARIAT_DAERAH.length()));
    }
    return keys.stream().filter(k -> !k.isEmpty()).toList();
  }

  private static String withoutSuffix(String key, String suffix) {
    if (!suffix.isEmpty() && key.length() > suffix.length() && key.endsWith(" " + suffix)) {
      return key.substring(0, key.length() - suffix.length() - 1);
    }
    return key;
  }

  private static String spelledOut(String name) {
    String plain = MARKS.matcher(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)).replaceAll("")
        .toLowerCase(Locale.ROOT).replace("&", " dan ");
    List<String> out = new ArrayList<>();
    for (String word : NOT_WORD.split(plain)) {
      if (word.isEmpty() || FILLER.contains(word)) {
        continue;
      }
      out.add(WORDS.getOrDefault(word, word));
    }
    return String.join(" ", out);
  }
}
