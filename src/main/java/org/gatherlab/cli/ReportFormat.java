package org.gatherlab.cli;

import java.io.Writer;
import java.util.Locale;

import org.gatherlab.report.ReportCsv;
import org.gatherlab.report.ReportJson;
import org.gatherlab.report.ReportStream;
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

    /** The report of one or ({@code several}) more files, written to {@code out} run by run. */
    ReportStream stream(Writer out, boolean several) {
        return switch (this) {
            case TEXT -> TextReport.stream(out, several);
            case JSON -> ReportJson.stream(out, several);
            case CSV -> ReportCsv.stream(out);
            case SVG -> TimelineSvg.stream(out);
        };
    }
}
