package id.spbe.analytics.pipeline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/**
 * What a workbook's {@code xl/workbook.xml} says about its sheets, read with a pull parser: their names in workbook
 * order, which are hidden, the part each lives in, and whether dates count from 1904 (old Mac workbooks).
 */
record XlsxWorkbookIndex(List<SheetRef> sheets, boolean date1904) {

  /** One sheet: its name, whether Excel shows it, and the relationship id of its part. */
  record SheetRef(String name, boolean visible, String relationId) {}

  static XlsxWorkbookIndex read(InputStream workbookXml) throws IOException {
    List<SheetRef> sheets = new ArrayList<>();
    Boolean date1904 = null;
    try (workbookXml) {
      XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(workbookXml);
      while (xml.hasNext()) {
        if (xml.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (xml.getLocalName()) {
          // the first workbookPr counts, as POI's cell model reads it
          case "workbookPr" -> date1904 = date1904 != null ? date1904 : isTrue(attribute(xml, "date1904"));
          case "sheet" -> sheets.add(new SheetRef(attribute(xml, "name"),
              attribute(xml, "state") == null || attribute(xml, "state").equals("visible"), attribute(xml, "id")));
          default -> { }
        }
      }
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("workbook.xml is not well-formed: " + e.getMessage(), e);
    }
    return new XlsxWorkbookIndex(List.copyOf(sheets), Boolean.TRUE.equals(date1904));
  }

  /** An attribute by its local name, whatever its namespace ({@code r:id} in transitional and strict OOXML). */
  static String attribute(XMLStreamReader xml, String localName) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      if (xml.getAttributeLocalName(i).equals(localName)) {
        return xml.getAttributeValue(i);
      }
    }
    return null;
  }

  static boolean isTrue(String value) {
    return "1".equals(value) || "true".equals(value);
  }
}
