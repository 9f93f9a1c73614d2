package kpi.app.validate;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import kpi.app.read.FileSummary;
import kpi.app.read.Problem;

/**
 * JUnit XML so CI servers show a drop's problems natively: one test suite per file, one test case
 * per check that found something (failing for errors, passing with the warnings as output), and a
 * passing "readable" case for a clean file.
 */
public final class ValidationJunitWriter implements ValidationWriter {
  @Override
  public void write(ValidationReport report, OutputStream out) throws IOException {
    try {
      // The JDK's own writer, whatever StAX implementation is on the class path (Aalto registers
      // itself): the report's bytes must not depend on the libraries beside it.
      XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "kpi validate");
      List<String> files = new ArrayList<>();
      report.files().forEach(f -> files.add(f.file()));
      report.problems().kept().stream()
          .map(Problem::file)
          .filter(f -> f != null && !files.contains(f))
          .distinct()
          .forEach(files::add);
      for (String file : files) {
        suite(x, file, report);
      }
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
  }

  private static void suite(XMLStreamWriter x, String file, ValidationReport report)
      throws XMLStreamException {
    Map<String, List<Problem>> byCheck = new LinkedHashMap<>();
    for (Problem p : report.problems().kept()) {
      if (file.equals(p.file())) {
        byCheck.computeIfAbsent(p.check(), c -> new ArrayList<>()).add(p);
      }
    }
    int failures =
        (int)
            byCheck.values().stream().filter(ps -> ps.stream().anyMatch(Problem::isError)).count();
    int tests = Math.max(1, byCheck.size());
    x.writeCharacters("\n  ");
    x.writeStartElement("testsuite");
    x.writeAttribute("name", file);
    x.writeAttribute("tests", Integer.toString(tests));
    x.writeAttribute("failures", Integer.toString(failures));
    x.writeAttribute("errors", "0");
    x.writeAttribute("skipped", "0");
    FileSummary summary =
        report.files().stream().filter(f -> f.file().equals(file)).findFirst().orElse(null);
    if (summary != null) {
      x.writeAttribute("hostname", summary.kind());
    }
    if (byCheck.isEmpty()) {
      x.writeCharacters("\n    ");
      x.writeEmptyElement("testcase");
      x.writeAttribute("classname", file);
      x.writeAttribute("name", "readable");
    }
    for (Map.Entry<String, List<Problem>> e : byCheck.entrySet()) {
      x.writeCharacters("\n    ");
      x.writeStartElement("testcase");
      x.writeAttribute("classname", file);
      x.writeAttribute("name", e.getKey());
      StringBuilder text = new StringBuilder();
      for (Problem p : e.getValue()) {
        text.append(p.oneLine()).append('\n');
      }
      boolean failed = e.getValue().stream().anyMatch(Problem::isError);
      if (failed) {
        x.writeStartElement("failure");
        x.writeAttribute("type", e.getKey());
        x.writeAttribute(
            "message", e.getValue().size() + " problem(s): " + e.getValue().get(0).message());
        x.writeCharacters(text.toString());
        x.writeEndElement();
      } else {
        x.writeStartElement("system-out");
        x.writeCharacters(text.toString());
        x.writeEndElement();
      }
      x.writeEndElement();
    }
    x.writeCharacters("\n  ");
    x.writeEndElement();
  }
}
