// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Export timings: a 50-question PDF and a bulk CSV/JSON of many sessions.
//   export_bench [--sessions N] [--questions-per-session M] [--runs R]
#include "exporter.h"
#include "exportfixture.h"
#include "pdfexporter.h"
#include "tempdatabase.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>

using namespace ir;
using namespace ir::test;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void report(const char *what, double ms, const QString &detail)
{
    std::printf("%-34s %10.1f ms   %s\n", what, ms, qPrintable(detail));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption sessionsOption(QStringLiteral("sessions"), QStringLiteral("Sessions in the bulk export."),
                                            QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption questionsOption(QStringLiteral("questions-per-session"),
                                             QStringLiteral("Questions per bulk session."), QStringLiteral("m"),
                                             QStringLiteral("10"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Repetitions (median reported)."),
                                        QStringLiteral("r"), QStringLiteral("5"));
    parser.addOptions({sessionsOption, questionsOption, runsOption});
    parser.addHelpOption();
    parser.process(application);
    const int sessions = parser.value(sessionsOption).toInt();
    const int perSession = parser.value(questionsOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    TempDatabase db;
    if (!db.isValid())
        return 1;
    const qint64 base = db.clock().nowMs();

    // 1. One session of 50 questions, answers of ~300 characters, as a PDF.
    const QString pdfSession = QStringLiteral("session_20250905_133219_0000pdf0");
    if (!DataImporter(db.database()).importData({exportfixture::largeSession(pdfSession, base, 50, 9)}))
        return 1;
    Exporter exporter(db.service(), PdfExporter::renderer());
    QList<double> pdfTimes;
    qint64 pdfBytes = 0;
    qsizetype pdfPages = 0;
    for (int run = 0; run < runs; ++run) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QElapsedTimer timer;
        timer.start();
        if (!exporter.exportSession(pdfSession, ExportFormat::Pdf, buffer))
            return 1;
        pdfTimes << timer.nsecsElapsed() / 1e6;
        pdfBytes = buffer.size();
        pdfPages = buffer.data().count("/Type /Page\n");
    }
    report("PDF, 50 questions", median(pdfTimes),
           QStringLiteral("%1 pages, %2 KiB, median of %3").arg(pdfPages).arg(pdfBytes / 1024).arg(runs));

    // 2. Many sessions, bulk CSV and JSON to files.
    QList<SessionWithQuestions> data;
    for (int i = 0; i < sessions; ++i) {
        const QString id = QStringLiteral("session_20250905_%1_%2")
                               .arg(i, 6, 10, QLatin1Char('0'))
                               .arg(uint(0xb0000000u + uint(i)), 8, 16, QLatin1Char('0'));
        data << exportfixture::largeSession(id, base + i * 1000, perSession, 2);
    }
    QElapsedTimer importTimer;
    importTimer.start();
    if (!DataImporter(db.database()).importData(data))
        return 1;
    report("import (one transaction)", importTimer.nsecsElapsed() / 1e6,
           QStringLiteral("%1 sessions x %2 questions").arg(sessions).arg(perSession));

    for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Json}) {
        const QString path = QDir(db.dir()).filePath(QStringLiteral("bulk.") + exportformat::fileExtension(format));
        QList<double> times;
        qint64 progressCalls = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const Result<BulkReport> written = exporter.exportAllToFile({}, format, path, {}, [&](qint64, qint64) {
                ++progressCalls;
                return true;
            });
            if (!written)
                return 1;
            times << timer.nsecsElapsed() / 1e6;
        }
        const QString what
            = QStringLiteral("bulk %1, %2 sessions").arg(exportformat::wireName(format)).arg(sessions + 1);
        report(qPrintable(what), median(times),
               QStringLiteral("%1 KiB, median of %2").arg(QFileInfo(path).size() / 1024).arg(runs));
    }
    return 0;
}
