package org.gatherlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gatherlab.engine.ScenarioReport;
import org.gatherlab.report.ReportCsv;
import org.gatherlab.report.ReportJson;
import org.gatherlab.report.TextReport;
import org.gatherlab.report.TimelineSvg;

/** The {@code --format} values, and how each puts the reports of several files into one output. */
enum ReportFormat {
    /** Each file's report in turn, under a {@code == file ==} line when there are several. */
    TEXT,
    /** One file: the report object. Several: a JSON array of report objects, in the order given. */
    JSON,
    /** One header, then the rows of every file; the {@code scenario} column tells them apart. */
    CSV,
    /** One picture, the files' scenarios stacked on one time axis. */
    SVG;

    static final String NAMES = "text, json, csv, svg";

    static ReportFormat parse(String name) throws BadInputException {
        for (ReportFormat f : values()) if (f.name().toLowerCase(Locale.ROOT).equals(name)) return f;
        throw new BadInputException("--format: must be one of " + NAMES + ", got \"" + name + "\"");
    }

    String render(List<Path> files, List<ScenarioReport> reports) {
        return switch (this) {
            case TEXT -> {
                if (reports.size() == 1) yield TextReport.render(reports.getFirst());
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < reports.size(); i++) parts.add("== " + files.get(i) + " ==\n" + TextReport.render(reports.get(i)));
                yield String.join("\n", parts);
            }
            case JSON -> reports.size() == 1 ? ReportJson.render(reports.getFirst()) : ReportJson.render(reports);
            case CSV -> ReportCsv.render(reports);
            case SVG -> TimelineSvg.render(reports);
        };
    }
}
