// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexporter.h"
#include "exporter.h"
#include "exportfixture.h"
#include "tempdatabase.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace ir;
using namespace ir::test;

namespace {

// Python's csv module (a real RFC 4180 reader) turns the bytes back into rows.
const QString PARSER = QStringLiteral("import csv, io, json, sys\n"
                                      "data = sys.stdin.buffer.read()\n"
                                      "bom = data.startswith(b'\\xef\\xbb\\xbf')\n"
                                      "text = data.decode('utf-8-sig')\n"
                                      "rows = list(csv.reader(io.StringIO(text, newline=''), strict=True))\n"
                                      "json.dump({'bom': bom, 'rows': rows}, sys.stdout, ensure_ascii=False)\n");

struct Parsed
{
    bool bom = false;
    QList<QStringList> rows;
};

Parsed parseWithPython(const QByteArray &csv)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), PARSER});
    if (!python.waitForStarted())
        qFatal("python3 is missing");
    python.write(csv);
    python.closeWriteChannel();
    python.waitForFinished();
    const QJsonObject result = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    if (python.exitCode() != 0)
        qWarning("%s", python.readAllStandardError().constData());
    Parsed parsed;
    parsed.bom = result.value(QStringLiteral("bom")).toBool();
    for (const QJsonValue &row : result.value(QStringLiteral("rows")).toArray()) {
        QStringList fields;
        for (const QJsonValue &field : row.toArray())
            fields << field.toString();
        parsed.rows << fields;
    }
    return parsed;
}

} // namespace

class TestCsvExport final : public QObject
{
    Q_OBJECT

private:
    QByteArray exportSession(const QString &sessionId, const ExportOptions &options = {})
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!exporter::exportSession(m_db->service(), sessionId, ExportFormat::Csv, buffer, options))
            qWarning("export failed");
        return buffer.data();
    }

    std::unique_ptr<TempDatabase> m_db;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TempDatabase>();
        QVERIFY(m_db->isValid());
        exportfixture::load(*m_db);
    }

    void cleanup() { m_db.reset(); }

    void readsBackFieldForField()
    {
        const QByteArray csv = exportSession(exportfixture::RICH_SESSION);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "session_id,user_id,"));
        const Parsed parsed = parseWithPython(csv);
        QVERIFY(parsed.bom);
        QCOMPARE(parsed.rows.size(), 4); // header + one row per question
        QCOMPARE(parsed.rows.at(0), CsvExporter::header());

        const QList<SessionWithQuestions> source = exportfixture::sampleData(m_db->clock().nowMs());
        const QStringList header = CsvExporter::header();
        for (int i = 0; i < 3; ++i) {
            const QStringList &row = parsed.rows.at(i + 1);
            QCOMPARE(row.size(), header.size());
            const QuestionRecord &q = source.at(0).questions.at(i);
            auto field = [&](const char *name) { return row.at(header.indexOf(QString::fromLatin1(name))); };
            QCOMPARE(field("session_id"), exportfixture::RICH_SESSION);
            QCOMPARE(field("session_name"), source.at(0).session.sessionName); // comma and quotes
            QCOMPARE(field("question_id"), q.questionId);
            QCOMPARE(field("question_text"), q.questionText);
            QCOMPARE(field("candidate_answer"), q.candidateAnswer); // newlines, CRLF, emoji
            QCOMPARE(field("interviewer_feedback"), q.interviewerFeedback);
            QCOMPARE(field("question_type"), toWire(q.questionType));
            QCOMPARE(field("question_category"), q.questionCategory);
            QCOMPARE(field("overall_score"), q.overallScore ? QString::number(*q.overallScore) : QString());
            QCOMPARE(field("status"), QStringLiteral("completed"));
            QCOMPARE(field("start_time"), QStringLiteral("2025-09-05 13:33:19"));
            QCOMPARE(field("duration"), QStringLiteral("45.5"));
            QCOMPARE(field("average_score"), QStringLiteral("7.9"));
            // Who wrote it (the third question the AI posted and nobody reviewed), and the notes.
            QCOMPARE(field("source"), toWire(q.source));
            QCOMPARE(field("reviewed"), i == 2 ? QStringLiteral("false") : QStringLiteral("true"));
            QCOMPARE(field("notes"), QStringLiteral("备注：表现稳定"));
        }
        QCOMPARE(parsed.rows.at(1).at(header.indexOf(QStringLiteral("source"))), QStringLiteral("api"));
        QCOMPARE(parsed.rows.at(2).at(header.indexOf(QStringLiteral("source"))), QStringLiteral("ui"));
        // The columns of the first release keep their places; the new ones follow.
        QCOMPARE(header.indexOf(QStringLiteral("question_created_at")), 23);
        QCOMPARE(header.mid(24),
                 (QStringList {QStringLiteral("source"), QStringLiteral("reviewed"), QStringLiteral("notes")}));
        // And the whole table equals what the exporter meant to write.
        const Result<SessionReport> report = SessionReport::load(m_db->service(), exportfixture::RICH_SESSION, {});
        QVERIFY(report);
        QCOMPARE(parsed.rows.mid(1), CsvExporter::rows(*report));
    }

    void withoutByteOrderMark()
    {
        ExportOptions options;
        options.csvByteOrderMark = false;
        const QByteArray csv = exportSession(exportfixture::RICH_SESSION, options);
        QVERIFY(csv.startsWith("session_id,"));
        QVERIFY(!parseWithPython(csv).bom);
    }

    void sessionWithoutQuestionsIsOneRow()
    {
        const Parsed parsed = parseWithPython(exportSession(exportfixture::EMPTY_SESSION));
        QCOMPARE(parsed.rows.size(), 2);
        QCOMPARE(parsed.rows.at(1).at(0), exportfixture::EMPTY_SESSION);
        QCOMPARE(parsed.rows.at(1).size(), CsvExporter::header().size());
        QVERIFY(parsed.rows.at(1).constLast().isEmpty());
    }

    void quoting_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << QStringLiteral("abc 中文") << QStringLiteral("abc 中文");
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::addRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::addRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::addRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    }

    void quoting()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(CsvExporter::quote(field), expected);
    }

    void bulkCsvHasOneHeaderAndEveryRow()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QList<std::pair<qint64, qint64>> progress;
        const Result<BulkReport> report
            = Exporter(m_db->service()).exportAll({}, ExportFormat::Csv, buffer, {}, [&](qint64 done, qint64 total) {
                  progress.append({done, total});
                  return true;
              });
        QVERIFY(report);
        QCOMPARE(report->sessions, 2);
        QCOMPARE(report->questions, 3);
        QCOMPARE(progress.constLast(), (std::pair<qint64, qint64> {2, 2}));
        const Parsed parsed = parseWithPython(buffer.data());
        QCOMPARE(parsed.rows.size(), 1 + 3 + 1);
        QCOMPARE(buffer.data().count("\xEF\xBB\xBF"), 1);
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
