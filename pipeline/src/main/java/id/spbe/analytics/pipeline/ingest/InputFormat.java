package id.spbe.analytics.pipeline.ingest;

import java.util.Locale;
import java.util.Optional;

/** How an input is encoded. The extension picks the candidates; the first bytes decide (see {@link #sniff}). */
public enum InputFormat {
  CSV, XLSX, JSON;

  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

  public static Optional<InputFormat> byFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
      return Optional.of(CSV);
    }
    if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")) {
      return Optional.of(XLSX);
    }
    if (lower.endsWith(".json") || lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return Optional.of(JSON);
    }
    return Optional.empty();
  }

  /**
   * The format the content really has. Planners rename files: a workbook saved as {@code .csv} is read as a
   * workbook, and a CSV export named {@code .xls} (what many portals produce) as CSV. A web page or XML
   * spreadsheet named {@code .xls} is refused with a message saying how to convert it.
   */
  public static InputFormat sniff(byte[] head, InputFormat declared) {
    if (startsWith(head, ZIP) || startsWith(head, OLE2)) {
      return XLSX;
    }
    if (declared == XLSX) {
      if (looksLikeMarkup(head)) {
        throw new FileLevelException(FileProblemCode.FILE_UNREADABLE,
            "Berkas ini halaman web/XML yang diberi ekstensi Excel; buka di Excel lalu simpan sebagai Buku Kerja Excel (.xlsx).",
            "This file is a web page/XML with an Excel extension; open it in Excel and save it as an Excel Workbook (.xlsx).");
      }
      return CSV;
    }
    return declared;
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean looksLikeMarkup(byte[] head) {
    int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB ? 3 : 0;
    while (i < head.length && Character.isWhitespace(head[i])) {
      i++;
    }
    return i < head.length && head[i] == '<';
  }
}
