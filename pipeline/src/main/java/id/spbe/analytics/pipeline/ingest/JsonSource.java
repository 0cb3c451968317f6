package id.spbe.analytics.pipeline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * JSON as portals and scripts export it: an array of objects, an object with a {@code rows}/{@code data} array,
 * or one object per line. Keys become the header (row 0); record n is row n.
 */
public final class JsonSource implements TabularSource {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final List<RawRow> rows;

  private JsonSource(List<RawRow> rows) {
    this.rows = rows;
  }

  public static JsonSource open(InputStream in) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    try (in; MappingIterator<JsonNode> values = MAPPER.readerFor(JsonNode.class).readValues(in)) {
      while (values.hasNext()) {
        JsonNode node = values.next();
        if (node.isArray()) {
          node.forEach(records::add);
        } else if (node.isObject() && (node.has("rows") || node.has("data"))) {
          node.path(node.has("rows") ? "rows" : "data").forEach(records::add);
        } else {
          records.add(node);
        }
      }
    } catch (JsonProcessingException | RuntimeException e) {
      String where = e instanceof JsonProcessingException j && j.getLocation() != null
          ? " (baris/line " + j.getLocation().getLineNr() + ", kolom/column " + j.getLocation().getColumnNr() + ")" : "";
      throw new FileLevelException(FileProblemCode.FILE_UNREADABLE, "JSON tidak valid" + where + ".",
          "Invalid JSON" + where + ".");
    }
    Set<String> keys = new LinkedHashSet<>();
    for (JsonNode record : records) {
      if (!record.isObject()) {
        throw new FileLevelException(FileProblemCode.FILE_UNREADABLE,
            "Setiap rekaman JSON harus berupa objek {\"kolom\": nilai}.", "Every JSON record must be an object {\"column\": value}.");
      }
      record.fieldNames().forEachRemaining(keys::add);
    }
    List<String> header = List.copyOf(keys);
    List<RawRow> rows = new ArrayList<>();
    rows.add(new RawRow(0, header));
    for (int i = 0; i < records.size(); i++) {
      List<String> cells = new ArrayList<>(header.size());
      for (String key : header) {
        JsonNode value = records.get(i).get(key);
        cells.add(value == null || value.isNull() ? "" : value.isValueNode() ? value.asText() : value.toString());
      }
      rows.add(new RawRow(i + 1L, cells));
    }
    return new JsonSource(rows);
  }

  @Override
  public String sheetName() {
    return "";
  }

  @Override
  public Iterator<RawRow> rows() {
    return rows.iterator();
  }

  @Override
  public void close() {
    // all read on open
  }
}
