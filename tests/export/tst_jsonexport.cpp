// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidate.h"
#include "databasebackup.h"
#include "exporter.h"
#include "exportfixture.h"
#include "jsonimporter.h"
#include "rules.h"
#include "tempdatabase.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace ir;
using namespace ir::test;
using namespace Qt::StringLiterals;

// JSON export and import, bulk export, atomic files and backup.
class TestJsonExport final : public QObject
{
    Q_OBJECT

private:
    static QByteArray exportAll(TempDatabase &db, qint64 exportedAt, const RecordFilter &filter = {})
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ExportOptions options;
        options.exportedAtMs = exportedAt;
        const Result<BulkReport> report = Exporter(db.service()).exportAll(filter, ExportFormat::Json, buffer, options);
        if (!report)
            qWarning("%s", qPrintable(report.error().details));
        return buffer.data();
    }

    static qint64 sessionCount(TempDatabase &db) { return *db.service().countSessions({}); }

    // Service-made data (real IDs, the service's own numbering) next to the fixture.
    static void addServiceData(TempDatabase &db)
    {
        const Session made = db.createSession(QStringLiteral("user_003"));
        db.clock().advance(1234);
        db.addQuestion(made.sessionId, QStringLiteral("什么是闭包？"), 9);
        db.clock().advance(1);
        db.addQuestion(made.sessionId, QStringLiteral("What is RAII?"), 6.5, Source::Ui);
        SessionPatch start;
        start.status = SessionStatus::InProgress;
        QVERIFY(db.service().updateSession(made.sessionId, start, Source::Ui));
    }

    std::unique_ptr<TempDatabase> m_db;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TempDatabase>();
        QVERIFY(m_db->isValid());
        exportfixture::load(*m_db);
        addServiceData(*m_db);
    }

    void cleanup() { m_db.reset(); }

    void exportImportExportIsIdentical()
    {
        const QByteArray first = exportAll(*m_db, 1000);
        QVERIFY(first.contains("请介绍一下Python的GIL？"));
        const QJsonDocument parsed = QJsonDocument::fromJson(first);
        QVERIFY(parsed.isObject());
        QCOMPARE(parsed.object().value(QStringLiteral("sessions")).toArray().size(), 3);

        TempDatabase other;
        other.clock().set(m_db->clock().nowMs()); // in-progress durations count to "now"
        const Result<ImportReport> imported = JsonImporter::importBytes(other.database(), first);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().details));
        QCOMPARE(imported->sessionsImported, 3);
        QCOMPARE(imported->questionsImported, 5);
        QVERIFY(imported->skippedSessionIds.isEmpty());

        // A later export differs only in exported_at.
        const QByteArray second = exportAll(other, 2000);
        QVERIFY(first != second);
        QJsonObject a = QJsonDocument::fromJson(first).object();
        QJsonObject b = QJsonDocument::fromJson(second).object();
        a.remove(QStringLiteral("exported_at"));
        b.remove(QStringLiteral("exported_at"));
        QCOMPARE(a, b);
        QCOMPARE(exportAll(other, 1000), first); // byte for byte with the same time

        // The service reads the imported data as it was.
        const Result<Summary> summary = other.service().summary(exportfixture::RICH_SESSION);
        QVERIFY(summary);
        QCOMPARE(summary->averageScore, std::optional<double>(7.9));
        QCOMPARE(summary->questions.at(1).candidateAnswer, QStringLiteral("我们先沟通……\r\n然后达成一致 😀"));
        QCOMPARE(other.service().session(exportfixture::RICH_SESSION)->metadata,
                 m_db->service().session(exportfixture::RICH_SESSION)->metadata);
    }

    // An import is a use of the user id: each person gets a profile, named from candidate_name,
    // so imported people are found, compared, exported and erased like the others.
    void importedPeopleGetProfiles_data()
    {
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QString>("sessionName");
        QTest::addColumn<QString>("candidateName");
        QTest::newRow("named") << u"imported_1"_s << u"导入的面试"_s << u"  陈小猫 "_s;
        QTest::newRow("unnamed") << u"imported_2"_s << u"Imported"_s << QString();
    }

    void importedPeopleGetProfiles()
    {
        QFETCH(QString, userId);
        QFETCH(QString, sessionName);
        QFETCH(QString, candidateName);
        SessionWithQuestions entry;
        entry.session.sessionId = u"session_20260101_090000_0000beef"_s;
        entry.session.userId = userId;
        entry.session.sessionName = sessionName;
        entry.session.createdAt = entry.session.updatedAt = m_db->clock().nowMs();
        if (!candidateName.isNull())
            entry.session.metadata = QJsonObject {{QString::fromUtf16(rules::CANDIDATE_NAME.field), candidateName}};
        TempDatabase other;
        QVERIFY(DataImporter(other.database()).importData({entry}));
        const Result<Candidate> profile = other.service().candidate(userId);
        QVERIFY2(profile, "the imported person has no profile");
        QCOMPARE(profile->displayName, candidateName.trimmed());
        QCOMPARE(profile->sessions, 1);
        CandidateFilter everyone;
        QCOMPARE(other.service().candidates(everyone)->total, 1);
    }

    void singleSessionJsonImports()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(exporter::exportSession(m_db->service(), exportfixture::RICH_SESSION, ExportFormat::Json, buffer));
        TempDatabase other;
        const Result<ImportReport> imported = JsonImporter::importBytes(other.database(), buffer.data());
        QVERIFY(imported);
        QCOMPARE(imported->sessionsImported, 1);
        QCOMPARE(imported->questionsImported, 3);
    }

    void existingIdsAreSkippedAndReported()
    {
        const QByteArray json = exportAll(*m_db, 1000);
        const Result<ImportReport> again = JsonImporter::importBytes(m_db->database(), json);
        QVERIFY(again);
        QCOMPARE(again->sessionsImported, 0);
        QCOMPARE(again->questionsImported, 0);
        QCOMPARE(again->skippedSessionIds.size(), 3);
        QVERIFY(again->skippedSessionIds.contains(exportfixture::RICH_SESSION));
        QCOMPARE(exportAll(*m_db, 1000), json); // nothing changed
    }

    void mixedImportAddsOnlyTheNew()
    {
        const QByteArray json = exportAll(*m_db, 1000);
        QVERIFY(m_db->service().deleteSession(exportfixture::RICH_SESSION));
        const Result<ImportReport> imported = JsonImporter::importBytes(m_db->database(), json);
        QVERIFY(imported);
        QCOMPARE(imported->sessionsImported, 1);
        QCOMPARE(imported->questionsImported, 3);
        QCOMPARE(imported->skippedSessionIds.size(), 2);
        QVERIFY(!imported->skippedSessionIds.contains(exportfixture::RICH_SESSION));
        // The same sessions again; the re-imported one may now sort after an equally old one.
        auto byId = [](const QByteArray &bytes) {
            QMap<QString, QJsonValue> sessions;
            for (const QJsonValue &session :
                 QJsonDocument::fromJson(bytes).object().value(QStringLiteral("sessions")).toArray())
                sessions.insert(session.toObject().value(QStringLiteral("session_id")).toString(), session);
            return sessions;
        };
        QCOMPARE(byId(exportAll(*m_db, 1000)), byId(json));
    }

    void bytesForHttp()
    {
        const Result<QByteArray> bytes
            = Exporter(m_db->service()).exportSessionBytes(exportfixture::RICH_SESSION, ExportFormat::Html);
        QVERIFY(bytes);
        QVERIFY(bytes->startsWith("<!DOCTYPE html>"));
        const Result<QByteArray> missing
            = Exporter(m_db->service()).exportSessionBytes(QStringLiteral("session_nope"), ExportFormat::Html);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::SessionNotFound);
    }

    void invalidFileChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("detail");
        QTest::addRow("not json") << QByteArray("{\"format\": ") << QStringLiteral("offset");
        QTest::addRow("empty file") << QByteArray() << QStringLiteral("offset");
        QTest::addRow("other format") << QByteArray("{\"format\": \"x\", \"sessions\": []}")
                                      << QStringLiteral("format");
        QTest::addRow("future version") << QByteArray(
            "{\"format\": \"interview-recorder-export\", \"format_version\": 9, \"sessions\": []}")
                                        << QStringLiteral("format_version");
        QTest::addRow("bad enum") << QByteArray("\"difficulty_level\": \"medium\"")
                                  << QStringLiteral("difficulty_level");
        QTest::addRow("score out of range") << QByteArray("\"overall_score\": 8.5") << QStringLiteral("overall_score");
        QTest::addRow("bad time") << QByteArray("\"created_at\": \"") << QStringLiteral("created_at");
        QTest::addRow("duplicate session") << QByteArray("DUPLICATE") << QStringLiteral("appears twice");
    }

    void invalidFileChangesNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, detail);
        // Rows that name a field corrupt a valid export there; the last one repeats a session.
        const QByteArray valid = exportAll(*m_db, 1000);
        if (json.startsWith("\"difficulty_level\""))
            json = QByteArray(valid).replace(json, "\"difficulty_level\": \"extreme\"");
        else if (json.startsWith("\"overall_score\""))
            json = QByteArray(valid).replace(json, "\"overall_score\": 11");
        else if (json.startsWith("\"created_at\""))
            json = QByteArray(valid).replace("\"created_at\": \"2025", "\"created_at\": \"yesterday");
        else if (json == "DUPLICATE") {
            QJsonObject root = QJsonDocument::fromJson(valid).object();
            QJsonArray sessions = root.value(QStringLiteral("sessions")).toArray();
            sessions.append(sessions.at(0));
            root.insert(QStringLiteral("sessions"), sessions);
            json = QJsonDocument(root).toJson();
        }
        QVERIFY(json != valid);
        TempDatabase other;
        const Result<ImportReport> imported = JsonImporter::importBytes(other.database(), json);
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, ErrorCode::ValidationError);
        QVERIFY2(imported.error().details.contains(detail), qPrintable(imported.error().details));
        QCOMPARE(sessionCount(other), 0);
    }

    void bulkFilterSelectsQuestions()
    {
        RecordFilter filter;
        filter.minScore = 8;
        const QJsonArray sessions = QJsonDocument::fromJson(exportAll(*m_db, 1000, filter))
                                        .object()
                                        .value(QStringLiteral("sessions"))
                                        .toArray();
        QCOMPARE(sessions.size(), 2); // the rich session (8.5) and the service's (9)
        for (const QJsonValue &session : sessions)
            QCOMPARE(session.toObject().value(QStringLiteral("questions")).toArray().size(), 1);

        RecordFilter byUser;
        byUser.userId = QStringLiteral("user_002");
        const QJsonArray empty = QJsonDocument::fromJson(exportAll(*m_db, 1000, byUser))
                                     .object()
                                     .value(QStringLiteral("sessions"))
                                     .toArray();
        QCOMPARE(empty.size(), 1); // sessions without questions are kept when only sessions are filtered
        QCOMPARE(empty.at(0).toObject().value(QStringLiteral("session_id")).toString(), exportfixture::EMPTY_SESSION);

        RecordFilter nothing;
        nothing.text = QStringLiteral("不存在的文字");
        const QByteArray none = exportAll(*m_db, 1000, nothing);
        QVERIFY(QJsonDocument::fromJson(none).isObject());
        QCOMPARE(QJsonDocument::fromJson(none).object().value(QStringLiteral("sessions")).toArray().size(), 0);
    }

    void bulkBySessionFilter()
    {
        const QString path = QDir(m_db->dir()).filePath(QStringLiteral("completed.json"));
        SessionFilter filter;
        filter.status = SessionStatus::Completed;
        filter.limit = 1; // ignored: every match is written
        const Result<BulkReport> report
            = Exporter(m_db->service()).exportSessionsToFile(filter, ExportFormat::Json, path);
        QVERIFY(report);
        QCOMPARE(report->sessions, 1);
        QCOMPARE(report->questions, 3);
        const QJsonArray sessions = QJsonDocument::fromJson(exportfixture::readFile(path))
                                        .object()
                                        .value(QStringLiteral("sessions"))
                                        .toArray();
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.at(0).toObject().value(QStringLiteral("session_id")).toString(), exportfixture::RICH_SESSION);
        QVERIFY(!Exporter(m_db->service()).exportSessionsToFile(filter, ExportFormat::Markdown, path));
    }

    void cancelLeavesNoFile()
    {
        const QString path = QDir(m_db->dir()).filePath(QStringLiteral("all.json"));
        QList<qint64> calls;
        const Result<BulkReport> report
            = Exporter(m_db->service())
                  .exportAllToFile({}, ExportFormat::Json, path, {}, [&](qint64 done, qint64 total) {
                      calls << done;
                      return done < total - 1;
                  });
        QVERIFY(report);
        QVERIFY(report->cancelled);
        QCOMPARE(calls, (QList<qint64> {0, 1, 2}));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(QDir(m_db->dir()).entryList(QDir::Files).filter(QStringLiteral("all.json")).size(), 0);
    }

    void unwritablePathReportsAnError_data()
    {
        QTest::addColumn<QString>("path");
        // Root ignores permissions, so the failures come from the file system's shape instead.
        QTest::addRow("parent is a regular file") << QStringLiteral("PARENT_FILE/out.json");
        QTest::addRow("missing folder") << QStringLiteral("missing/deeper/out.json");
        QTest::addRow("proc") << QStringLiteral("/proc/ir-export-test/out.json");
        QTest::addRow("a folder") << QStringLiteral(".");
    }

    void unwritablePathReportsAnError()
    {
        QFETCH(QString, path);
        const QString dir = m_db->dir();
        QFile plain(QDir(dir).filePath(QStringLiteral("plain")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        path.replace(QStringLiteral("PARENT_FILE"), plain.fileName());
        if (QDir::isRelativePath(path))
            path = QDir(dir).filePath(path);
        const QStringList before = QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        const Status written
            = Exporter(m_db->service()).exportSessionToFile(exportfixture::RICH_SESSION, ExportFormat::Json, path);
        QVERIFY(!written);
        QVERIFY(!written.error().message.isEmpty());
        QVERIFY2(written.error().details.contains(QDir::toNativeSeparators(path)), qPrintable(written.error().details));
        QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);

        const Result<BulkReport> bulk = Exporter(m_db->service()).exportAllToFile({}, ExportFormat::Csv, path);
        QVERIFY(!bulk);
    }

    void failedWriteKeepsTheOldFile()
    {
        const QString path = QDir(m_db->dir()).filePath(QStringLiteral("keep.json"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        const Status failed = Exporter(m_db->service())
                                  .exportSessionToFile(QStringLiteral("session_missing"), ExportFormat::Json, path);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::SessionNotFound);
        QCOMPARE(exportfixture::readFile(path), QByteArray("old"));
        QVERIFY(Exporter(m_db->service()).exportSessionToFile(exportfixture::RICH_SESSION, ExportFormat::Json, path));
        QVERIFY(exportfixture::readFile(path).startsWith("{\n    \"format\": \"interview-recorder-export\""));
    }

    void backupIsAConsistentCopy()
    {
        IR_SQLITE_ONLY("a copy of the database file");
        const QString path = QDir(m_db->dir()).filePath(QStringLiteral("backup.db"));
        QVERIFY(DatabaseBackup::write(m_db->database(), path));
        QVERIFY(DatabaseBackup::write(m_db->database(), path)); // replaces an earlier backup
        {
            Database copy(path, Database::Options {1000, true});
            QVERIFY(copy.open());
            InterviewService service(copy, m_db->clock());
            QCOMPARE(*service.countSessions({}), 3);
            QCOMPARE(service.questions(exportfixture::RICH_SESSION)->size(), 3);
        }
        QCOMPARE(QDir(m_db->dir()).entryList({QStringLiteral("*.partial-*")}).size(), 0);
        QVERIFY(!DatabaseBackup::write(m_db->database(), QStringLiteral("/proc/ir-backup-test/x.db")));
        QVERIFY(!DatabaseBackup::write(m_db->database(), m_db->filePath()));
    }
};

QTEST_GUILESS_MAIN(TestJsonExport)
#include "tst_jsonexport.moc"
