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
        const QStringList keys {QStringLiteral("python"), QStringLiteral("communication"),
                                QStringLiteral("system_design")};
        QCOMPARE(parsed.rows.at(0), CsvExporter::header(keys));

        const QList<SessionWithQuestions> source = exportfixture::sampleData(m_db->clock().nowMs());
        const QStringList header = CsvExporter::header(keys);
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
            // The scorecard, the same on every row of the session.
            QCOMPARE(field("interviewer"), QStringLiteral("王芳 (Wang Fang)"));
            QCOMPARE(field("kit_id"), QStringLiteral("kit_0123456789ab"));
            QCOMPARE(field("recommendation"), QStringLiteral("yes"));
            QCOMPARE(field("weighted_rating"), QStringLiteral("2.9"));
            QCOMPARE(field("scorecard_submitted_at"), QStringLiteral("2025-09-05 14:19:19"));
            QCOMPARE(field("strengths"), source.at(0).scorecard->strengths);
            QCOMPARE(field("concerns"), source.at(0).scorecard->concerns); // a line break
            QCOMPARE(field("rating_python"), QStringLiteral("3"));
            QCOMPARE(field("note_python"), QStringLiteral("GIL 讲得清楚, \"实例\"少"));
            QCOMPARE(field("rating_communication"), QStringLiteral("4"));
            QCOMPARE(field("note_communication"), QStringLiteral("表达清晰\n条理分明"));
            QCOMPARE(field("rating_system_design"), QStringLiteral("2"));
            QCOMPARE(field("note_system_design"), QString());
        }
        QCOMPARE(parsed.rows.at(1).at(header.indexOf(QStringLiteral("source"))), QStringLiteral("api"));
        QCOMPARE(parsed.rows.at(2).at(header.indexOf(QStringLiteral("source"))), QStringLiteral("ui"));
        // The columns of the first release keep their places; the new ones follow.
        QCOMPARE(header.indexOf(QStringLiteral("question_created_at")), 23);
        QCOMPARE(header.mid(24, 3),
                 (QStringList {QStringLiteral("source"), QStringLiteral("reviewed"), QStringLiteral("notes")}));
        QCOMPARE(
            header.mid(27),
            (QStringList {QStringLiteral("interviewer"), QStringLiteral("kit_id"), QStringLiteral("weighted_rating"),
                          QStringLiteral("scorecard_submitted_at"), QStringLiteral("strengths"),
                          QStringLiteral("concerns"), QStringLiteral("rating_python"), QStringLiteral("note_python"),
                          QStringLiteral("rating_communication"), QStringLiteral("note_communication"),
                          QStringLiteral("rating_system_design"), QStringLiteral("note_system_design")}));
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
        QCOMPARE(parsed.rows.at(0), CsvExporter::header()); // no kit, no competency columns
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

    // Sessions from different kits: every competency gets its columns once, in the order first
    // met, and a session without one leaves them empty; rows stay one per question.
    void bulkCsvCompetencyColumns()
    {
        SessionWithQuestions other;
        other.session.sessionId = QStringLiteral("session_20250907_090000_0000abcd");
        other.session.userId = QStringLiteral("user_009");
        other.session.createdAt = other.session.updatedAt = m_db->clock().nowMs() + 48 * 3600 * 1000;
        Scorecard card;
        CompetencyRating leadership;
        leadership.competency.key = QStringLiteral("leadership");
        leadership.competency.name = QStringLiteral("领导力");
        leadership.rating = 1;
        CompetencyRating python;
        python.competency.key = QStringLiteral("python");
        python.competency.name = QStringLiteral("Python");
        python.note = QStringLiteral("未评");
        card.ratings = {leadership, python};
        other.scorecard = card;
        QVERIFY(DataImporter(m_db->database()).importData({other}));

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(Exporter(m_db->service()).exportAll({}, ExportFormat::Csv, buffer));
        const Parsed parsed = parseWithPython(buffer.data());
        const QStringList keys {QStringLiteral("python"), QStringLiteral("communication"),
                                QStringLiteral("system_design"), QStringLiteral("leadership")};
        QCOMPARE(parsed.rows.at(0), CsvExporter::header(keys));
        QCOMPARE(parsed.rows.size(), 1 + 3 + 1 + 1);
        const QStringList &header = parsed.rows.at(0);
        auto field = [&](int row, const QString &name) { return parsed.rows.at(row).at(header.indexOf(name)); };
        for (int row = 1; row < parsed.rows.size(); ++row)
            QCOMPARE(parsed.rows.at(row).size(), header.size());
        QCOMPARE(field(1, QStringLiteral("rating_python")), QStringLiteral("3"));
        QCOMPARE(field(1, QStringLiteral("rating_leadership")), QString());
        QCOMPARE(field(4, QStringLiteral("session_id")), exportfixture::EMPTY_SESSION);
        QCOMPARE(field(4, QStringLiteral("rating_python")), QString());
        QCOMPARE(field(5, QStringLiteral("session_id")), other.session.sessionId);
        QCOMPARE(field(5, QStringLiteral("rating_leadership")), QStringLiteral("1"));
        QCOMPARE(field(5, QStringLiteral("rating_python")), QString()); // unrated
        QCOMPARE(field(5, QStringLiteral("note_python")), QStringLiteral("未评"));
        QCOMPARE(field(5, QStringLiteral("weighted_rating")), QStringLiteral("1"));
        QCOMPARE(field(5, QStringLiteral("scorecard_submitted_at")), QString());
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
