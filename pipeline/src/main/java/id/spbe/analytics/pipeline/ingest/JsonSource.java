package id.spbe.analytics.pipeline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
          addWithDefaults(node, node.has("rows") ? "rows" : "data", records);
        } else {
          records.add(node);
        }
      }
    } catch (JsonProcessingException | RuntimeException e) {
      String where = location(e);
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

  /** Where the parser stopped; the iterator wraps the parser's exception, so look down the causes. */
  private static String location(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonProcessingException j && j.getLocation() != null) {
        return " (baris/line " + j.getLocation().getLineNr() + ", kolom/column " + j.getLocation().getColumnNr() + ")";
      }
    }
    return "";
  }

  /**
   * Portal exports put what every row shares beside the rows: {"tahun": 2023, "kode_instansi": "6521",
   * "rows": [...]}. Those values fill the rows' missing keys; a row's own value wins.
   */
  private static void addWithDefaults(JsonNode container, String arrayKey, List<JsonNode> records) {
    ObjectNode defaults = MAPPER.createObjectNode();
    container.fields().forEachRemaining(e -> {
      if (!e.getKey().equals(arrayKey) && e.getValue().isValueNode()) {
        defaults.set(e.getKey(), e.getValue());
      }
    });
    for (JsonNode record : container.get(arrayKey)) {
      if (record.isObject() && !defaults.isEmpty()) {
        ObjectNode merged = defaults.deepCopy();
        merged.setAll((ObjectNode) record);
        records.add(merged);
      } else {
        records.add(record);
      }
    }
  }

  @Override
  public String sheetName() {
    return "";
  }

  @Override
  public InputFormat format() {
    return InputFormat.JSON;
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
