package kpi.app.diff;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import kpi.core.diff.Diff;
import kpi.core.diff.FailRule;

/**
 * JUnit XML: one test case per {@code --fail-on} rule, failing when the rule was broken, so CI
 * servers show the gate natively. Without rules, one passing {@code changes} case. The summary of
 * what changed is the suite's {@code system-out}.
 */
public final class DiffJunitWriter implements DiffWriter {
  @Override
  public void write(DiffReport r, OutputStream out) throws IOException {
    Diff d = r.diff();
    int tests = Math.max(1, d.outcomes().size());
    int failures = (int) d.outcomes().stream().filter(Diff.Outcome::failed).count();
    try {
      // The JDK's own writer, whatever StAX implementation is on the class path (Aalto registers
      // itself): the report's bytes must not depend on the libraries beside it.
      XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "kpi diff");
      x.writeAttribute("tests", Integer.toString(tests));
      x.writeAttribute("failures", Integer.toString(failures));
      x.writeCharacters("\n  ");
      x.writeStartElement("testsuite");
      x.writeAttribute("name", "kpi diff " + d.catalogId() + " " + d.period());
      x.writeAttribute("tests", Integer.toString(tests));
      x.writeAttribute("failures", Integer.toString(failures));
      x.writeAttribute("errors", "0");
      x.writeAttribute("skipped", "0");
      if (d.outcomes().isEmpty()) {
        x.writeCharacters("\n    ");
        x.writeEmptyElement("testcase");
        x.writeAttribute("classname", "kpi.diff");
        x.writeAttribute("name", "changes");
      }
      for (Diff.Outcome o : d.outcomes()) {
        x.writeCharacters("\n    ");
        if (!o.failed()) {
          x.writeEmptyElement("testcase");
          x.writeAttribute("classname", "kpi.diff");
          x.writeAttribute("name", o.rule().text());
          continue;
        }
        x.writeStartElement("testcase");
        x.writeAttribute("classname", "kpi.diff");
        x.writeAttribute("name", o.rule().text());
        x.writeStartElement("failure");
        x.writeAttribute("type", o.rule().text());
        x.writeAttribute(
            "message", o.breaches().size() + " breach(es): " + o.breaches().get(0).message());
        StringBuilder text = new StringBuilder();
        for (FailRule.Breach b : o.breaches()) {
          text.append(b.message()).append('\n');
        }
        x.writeCharacters(text.toString());
        x.writeEndElement();
        x.writeEndElement();
      }
      x.writeCharacters("\n    ");
      x.writeStartElement("system-out");
      x.writeCharacters(r.before() + " -> " + r.after() + ": " + DiffText.summary(r) + "\n");
      x.writeEndElement();
      x.writeCharacters("\n  ");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
  }
}
