package id.spbe.analytics.pipeline.generate;

import id.spbe.analytics.pipeline.generate.Opd.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The OPD list of each instansi: the units every evaluated pemda (or ministry) has, plus a keyed share of the
 * usual others. Illustrative lists in the shape of real ones, not any instansi's actual structure.
 */
public final class OpdRoster {
  private record Template(Opd opd, boolean always) {}

  private static final List<Template> PEMDA = List.of(
      always("BAPPEDA", "Badan Perencanaan Pembangunan Daerah", "Bappeda", Role.PLANNING),
      always("KOMINFO", "Dinas Komunikasi dan Informatika", "Diskominfo", Role.TECHNOLOGY),
      always("ORGANISASI", "Bagian Organisasi Sekretariat Daerah", "Bag. Organisasi", Role.ORGANISATION, Role.POLICY),
      always("HUKUM", "Bagian Hukum Sekretariat Daerah", "Bag. Hukum", Role.POLICY),
      always("INSPEKTORAT", "Inspektorat Daerah", "Inspektorat", Role.AUDIT),
      always("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM", Role.ADMIN_SERVICE),
      always("BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD", Role.ADMIN_SERVICE),
      always("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP", Role.PUBLIC_SERVICE),
      sometimes("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", Role.PUBLIC_SERVICE),
      sometimes("ARSIP", "Dinas Perpustakaan dan Kearsipan", "Dispusip", Role.ADMIN_SERVICE),
      sometimes("PBJ", "Bagian Pengadaan Barang dan Jasa", "Bag. PBJ", Role.ADMIN_SERVICE),
      sometimes("BAPENDA", "Badan Pendapatan Daerah", "Bapenda", Role.PUBLIC_SERVICE),
      sometimes("DINKES", "Dinas Kesehatan", "Dinkes", Role.PUBLIC_SERVICE),
      sometimes("DISDIK", "Dinas Pendidikan", "Disdik", Role.PUBLIC_SERVICE),
      sometimes("DINSOS", "Dinas Sosial", "Dinsos", Role.PUBLIC_SERVICE),
      sometimes("DISHUB", "Dinas Perhubungan", "Dishub"),
      sometimes("DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR"),
      sometimes("DLH", "Dinas Lingkungan Hidup", "DLH"),
      sometimes("DISPARBUD", "Dinas Pariwisata dan Kebudayaan", "Disparbud"),
      sometimes("KESBANGPOL", "Badan Kesatuan Bangsa dan Politik", "Kesbangpol"),
      sometimes("BPBD", "Badan Penanggulangan Bencana Daerah", "BPBD"),
      sometimes("SATPOLPP", "Satuan Polisi Pamong Praja", "Satpol PP"),
      sometimes("DISNAKER", "Dinas Tenaga Kerja", "Disnaker"),
      sometimes("RSUD", "Rumah Sakit Umum Daerah", "RSUD", Role.PUBLIC_SERVICE),
      sometimes("UMUM", "Bagian Umum Sekretariat Daerah", "Bag. Umum", Role.ADMIN_SERVICE));

  private static final List<Template> PUSAT = List.of(
      always("RO_RENCANA", "Biro Perencanaan", "Ro Rencana", Role.PLANNING),
      always("PUSDATIN", "Pusat Data dan Informasi", "Pusdatin", Role.TECHNOLOGY),
      always("RO_ORTALA", "Biro Organisasi dan Tata Laksana", "Ro Ortala", Role.ORGANISATION),
      always("RO_HUKUM", "Biro Hukum", "Ro Hukum", Role.POLICY),
      always("ITJEN", "Inspektorat Jenderal", "Itjen", Role.AUDIT),
      always("RO_SDM", "Biro Sumber Daya Manusia", "Ro SDM", Role.ADMIN_SERVICE),
      always("RO_KEU", "Biro Keuangan", "Ro Keu", Role.ADMIN_SERVICE),
      always("RO_HUMAS", "Biro Hubungan Masyarakat", "Ro Humas", Role.PUBLIC_SERVICE),
      sometimes("RO_UMUM", "Biro Umum", "Ro Umum", Role.ADMIN_SERVICE),
      sometimes("PUSLAY", "Pusat Layanan Terpadu", "Puslay", Role.PUBLIC_SERVICE),
      sometimes("DITJEN_1", "Direktorat Jenderal Pelayanan I", "Ditjen I", Role.PUBLIC_SERVICE),
      sometimes("DITJEN_2", "Direktorat Jenderal Pelayanan II", "Ditjen II", Role.PUBLIC_SERVICE),
      sometimes("PUSDIKLAT", "Pusat Pendidikan dan Pelatihan", "Pusdiklat"));

  private OpdRoster() {}

  public static List<Opd> of(long seed, Instansi instansi) {
    List<Opd> out = new ArrayList<>();
    for (Template t : instansi.kind().isPemda() ? PEMDA : PUSAT) {
      if (t.always() || Keyed.uniform(seed, "opd", instansi.code(), t.opd().code()) < 0.7) {
        out.add(t.opd());
      }
    }
    return List.copyOf(out);
  }

  /** The OPD that answers for an indicator of this role: one of those holding the role, else the IT unit. */
  public static Opd owner(long seed, Instansi instansi, List<Opd> opds, Role role, Object indicatorKey) {
    List<Opd> holders = opds.stream().filter(o -> o.roles().contains(role)).toList();
    if (holders.isEmpty()) {
      holders = opds.stream().filter(o -> o.roles().contains(Role.TECHNOLOGY)).toList();
    }
    return holders.get(Keyed.random(seed, "owner", instansi.code(), indicatorKey).nextInt(holders.size()));
  }

  private static Template always(String code, String name, String shortName, Role... roles) {
    return new Template(new Opd(code, name, shortName, roleSet(roles)), true);
  }

  private static Template sometimes(String code, String name, String shortName, Role... roles) {
    return new Template(new Opd(code, name, shortName, roleSet(roles)), false);
  }

  private static Set<Role> roleSet(Role... roles) {
    return roles.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(roles[0], roles));
  }
}
