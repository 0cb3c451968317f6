package id.spbe.analytics.pipeline.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as Excel writes it on an Indonesian PC: separator ';' (or ',', tab, '|'), UTF-8 with or without a BOM,
 * UTF-16 with a BOM, or Windows-1252. Encoding and separator are detected, never assumed.
 */
public final class CsvSource implements TabularSource {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final char[] SEPARATORS = {';', ',', '\t', '|'};
  private static final int SNIFF_LINES = 30;

  private final CSVParser parser;
  private final Charset charset;
  private final char separator;

  private CsvSource(CSVParser parser, Charset charset, char separator) {
    this.parser = parser;
    this.charset = charset;
    this.separator = separator;
  }

  /** @param open opens the file from its start; called more than once (detection, then parsing) */
  public static CsvSource open(Supplier<InputStream> open) throws IOException {
    Charset charset = detectCharset(open);
    char separator;
    try (BufferedReader reader = reader(open.get(), charset)) {
      separator = detectSeparator(reader);
    }
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setDelimiter(separator)
        .setIgnoreEmptyLines(false)
        .setTrim(false)
        .get();
    return new CsvSource(CSVParser.parse(reader(open.get(), charset), format), charset, separator);
  }

  public Charset charset() {
    return charset;
  }

  public char separator() {
    return separator;
  }

  @Override
  public String sheetName() {
    return "";
  }

  @Override
  public InputFormat format() {
    return InputFormat.CSV;
  }

  @Override
  public Iterator<RawRow> rows() {
    Iterator<CSVRecord> records = parser.iterator();
    return new Iterator<>() {
      private long lastRow;

      @Override
      public boolean hasNext() {
        try {
          return records.hasNext();
        } catch (UncheckedIOException e) {
          throw unparsable(lastRow, e);
        }
      }

      @Override
      public RawRow next() {
        CSVRecord record;
        try {
          record = records.next();
        } catch (UncheckedIOException e) {
          throw unparsable(lastRow, e);
        }
        List<String> cells = new ArrayList<>(record.size());
        record.forEach(cells::add);
        // a record number is what Excel shows as the row number, even when a quoted cell spans lines
        lastRow = record.getRecordNumber();
        return new RawRow(lastRow, cells);
      }
    };
  }

  /** A quote left open or text after a closing quote: the planner needs the row, not the parser's stack. */
  private static FileLevelException unparsable(long lastGoodRow, UncheckedIOException e) {
    String detail = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
    return new FileLevelException(FileProblemCode.FILE_UNREADABLE,
        "CSV rusak setelah baris " + lastGoodRow + ": tanda kutip (\") tidak berpasangan atau ada teks setelah kutip "
            + "penutup (" + detail + ").",
        "Broken CSV after row " + lastGoodRow + ": an unmatched quote (\") or text after a closing quote ("
            + detail + ").");
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  private static BufferedReader reader(InputStream in, Charset charset) throws IOException {
    InputStream body = skipBom(in);
    return new BufferedReader(new InputStreamReader(body, charset), 1 << 16);
  }

  private static InputStream skipBom(InputStream in) throws IOException {
    java.io.PushbackInputStream pushback = new java.io.PushbackInputStream(in, 3);
    byte[] head = pushback.readNBytes(3);
    int bomLength = bomLength(head);
    if (bomLength < head.length) {
      pushback.unread(head, bomLength, head.length - bomLength);
    }
    return pushback;
  }

  private static int bomLength(byte[] head) {
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      return 3;
    }
    if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
        || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
      return 2;
    }
    return 0;
  }

  /** UTF-16 by BOM; UTF-8 when every byte decodes strictly; otherwise Windows-1252 (Excel's "CSV" on Windows). */
  static Charset detectCharset(Supplier<InputStream> open) throws IOException {
    try (InputStream in = open.get()) {
      byte[] head = in.readNBytes(3);
      if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
        return StandardCharsets.UTF_16LE;
      }
      if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
        return StandardCharsets.UTF_16BE;
      }
      return decodesAsUtf8(head, in) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }
  }

  private static boolean decodesAsUtf8(byte[] head, InputStream rest) throws IOException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    byte[] chunk = new byte[1 << 16];
    ByteBuffer in = ByteBuffer.allocate(chunk.length + 8);
    CharBuffer out = CharBuffer.allocate(chunk.length + 8);
    in.put(head);
    while (true) {
      int n = rest.read(chunk);
      boolean end = n < 0;
      if (!end) {
        in.put(chunk, 0, n);
      }
      in.flip();
      if (decoder.decode(in, out, end).isError()) {
        return false;
      }
      out.clear();
      in.compact(); // an incomplete multi-byte sequence at a chunk's end waits for the next chunk
      if (end) {
        return !decoder.flush(out).isError();
      }
    }
  }

  /** The separator that splits the first lines into the same, largest number of fields (quotes respected). */
  static char detectSeparator(Reader reader) throws IOException {
    BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<String> sample = new ArrayList<>();
    for (String line; sample.size() < SNIFF_LINES && (line = lines.readLine()) != null; ) {
      if (!line.isBlank()) {
        sample.add(line);
      }
    }
    char best = ',';
    int bestScore = 0;
    for (char candidate : SEPARATORS) {
      int score = consistencyScore(sample, candidate);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  /** Lines that share the most common non-zero field count, times that count. */
  private static int consistencyScore(List<String> sample, char separator) {
    java.util.Map<Integer, Integer> byCount = new java.util.HashMap<>();
    for (String line : sample) {
      int count = countOutsideQuotes(line, separator);
      if (count > 0) {
        byCount.merge(count, 1, Integer::sum);
      }
    }
    return byCount.entrySet().stream().mapToInt(e -> e.getValue() * 1000 + e.getKey()).max().orElse(0);
  }

  private static int countOutsideQuotes(String line, char separator) {
    int count = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == separator && !quoted) {
        count++;
      }
    }
    return count;
  }
}
