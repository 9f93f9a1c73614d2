package kpi.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kpi.app.error.ExitCode;
import kpi.app.error.KpiException;
import kpi.app.read.Column;
import kpi.app.read.FileKind;
import kpi.app.read.Kinds;
import kpi.app.read.Suggest;
import kpi.app.write.AtomicFile;
import kpi.app.write.DeterministicXlsx;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kpi template KIND --out FILE}: a blank CSV or XLSX with a kind's expected columns. */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    modelTransformer = TemplateCommand.Description.class)
public final class TemplateCommand extends BaseCommand {
  /** The help's description, with the kinds from the registry. */
  static final class Description implements CommandLine.IModelTransformer {
    @Override
    public CommandLine.Model.CommandSpec transform(CommandLine.Model.CommandSpec spec) {
      spec.usageMessage()
          .description(
              "Write a blank CSV or XLSX (by the --out extension) with the columns a file kind"
                  + " expects, required ones first in the contract's order. Kinds: "
                  + String.join(
                      ", ",
                      Arrays.stream(FileKind.values())
                          .filter(FileKind::listedInTemplateHelp)
                          .map(FileKind::id)
                          .toList())
                  + ".");
      return spec;
    }
  }

  @Parameters(paramLabel = "KIND", description = "The file kind.")
  String kind;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      required = true,
      description = "Where to write it: FILE.csv or FILE.xlsx.")
  Path out;

  @Option(
      names = "--force",
      description =
          "Replace FILE if it exists (by default an existing"
              + " file is never overwritten: it may hold data already typed in).")
  boolean force;

  @Override
  protected ExitCode execute() {
    if (java.nio.file.Files.exists(out) && !force) {
      throw KpiException.usage(
          out
              + " already exists; kpi template does not overwrite a file"
              + " (it may hold your data): choose another name, or add --force to replace it");
    }
    String k = kind.toLowerCase(Locale.ROOT);
    List<Column> columns =
        Kinds.columns(k)
            .orElseThrow(
                () ->
                    KpiException.usage(
                        "unknown kind \""
                            + kind
                            + "\"; kinds are "
                            + String.join(", ", Kinds.names())
                            + Suggest.didYouMean(kind, Kinds.names())));
    List<String> names = columns.stream().map(Column::name).toList();
    String file = out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (file.endsWith(".xlsx")) {
      AtomicFile.write(
          out,
          o -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
              String sheetName = k.substring(k.lastIndexOf('/') + 1);
              XSSFSheet sheet = wb.createSheet(sheetName);
              XSSFCellStyle bold = wb.createCellStyle();
              XSSFFont font = wb.createFont();
              font.setBold(true);
              bold.setFont(font);
              XSSFRow row = sheet.createRow(0);
              for (int i = 0; i < names.size(); i++) {
                row.createCell(i).setCellValue(names.get(i));
                row.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, Math.max(12, names.get(i).length() + 4) * 256);
              }
              sheet.createFreezePane(0, 1);
              DeterministicXlsx.write(wb, "kpi template: " + k, o);
            }
          });
    } else if (file.endsWith(".csv")) {
      AtomicFile.write(
          out, o -> o.write((String.join(",", names) + "\n").getBytes(StandardCharsets.UTF_8)));
    } else {
      throw KpiException.usage("--out must end in .csv or .xlsx: " + out);
    }
    List<String> required =
        columns.stream()
            .filter(Column::required)
            .map(
                c ->
                    c.alternatives().isEmpty()
                        ? c.name()
                        : c.name() + " (or " + String.join(" or ", c.alternatives()) + ")")
            .toList();
    notice("wrote " + out + "; required columns: " + String.join(", ", required));
    return ExitCode.OK;
  }
}
