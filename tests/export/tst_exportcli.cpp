// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfixture.h"
#include "tempdatabase.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ir;
using namespace ir::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QJsonArray sessionsOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value(QStringLiteral("sessions")).toArray();
}

} // namespace

// The real interview-recorder binary: export, import and backup from the command line.
class TestExportCli final : public QObject
{
    Q_OBJECT

private:
    Run run(const QStringList &arguments, bool withDisplayVariables = true)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!withDisplayVariables) {
            for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
                environment.remove(QString::fromLatin1(name));
        }
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(IR_BINARY), arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString out(const QString &name) const { return QDir(m_work.path()).filePath(name); }

    std::unique_ptr<TempDatabase> m_db;
    QTemporaryDir m_work;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TempDatabase>();
        QVERIFY(m_db->isValid());
        exportfixture::load(*m_db); // the connection stays open, as a running server's would
    }

    void cleanup() { m_db.reset(); }

    void exportImportExport()
    {
        const QString first = out(QStringLiteral("first.json"));
        Run r = run({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"),
                     QStringLiteral("json"), QStringLiteral("--output"), first, QStringLiteral("--data-dir"),
                     m_db->dir()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("2 sessions")));

        const QString fresh = out(QStringLiteral("fresh"));
        r = run({QStringLiteral("import"), first, QStringLiteral("--data-dir"), fresh});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Imported 2 sessions and 3 questions")), qPrintable(r.out));
        QVERIFY(QFileInfo::exists(QDir(fresh).filePath(QStringLiteral("interview-recorder.db"))));

        r = run({QStringLiteral("import"), first, QStringLiteral("--data-dir"), fresh});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Imported 0 sessions")));
        QVERIFY(r.out.contains(exportfixture::RICH_SESSION)); // reported as skipped

        const QString second = out(QStringLiteral("second.json"));
        r = run({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format=json"),
                 QStringLiteral("-o"), second, QStringLiteral("--data-dir"), fresh});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(sessionsOf(exportfixture::readFile(second)), sessionsOf(exportfixture::readFile(first)));
    }

    void singleSessionFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("start");
        QTest::addRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF-");
        QTest::addRow("md") << QStringLiteral("md") << QByteArray("# Python");
        QTest::addRow("html") << QStringLiteral("html") << QByteArray("<!DOCTYPE html>");
        QTest::addRow("csv") << QStringLiteral("csv") << QByteArray("\xEF\xBB\xBFsession_id,");
        QTest::addRow("json") << QStringLiteral("json") << QByteArray("{\n    \"format\"");
    }

    void singleSessionFormats()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, start);
        const QString file = out(QStringLiteral("session.") + format);
        // Without any display variable: the PDF path must fall back to the offscreen platform.
        const Run r = run({QStringLiteral("export"), QStringLiteral("--session"), exportfixture::RICH_SESSION,
                           QStringLiteral("--format"), format, QStringLiteral("--output"), file,
                           QStringLiteral("--data-dir"), m_db->dir()},
                          false);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(exportfixture::readFile(file).startsWith(start));
    }

    void bulkCsvWithFilters()
    {
        const QString file = out(QStringLiteral("filtered.csv"));
        const Run r = run({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--user-id"),
                           QStringLiteral("user_001"), QStringLiteral("--min-score"), QStringLiteral("8"),
                           QStringLiteral("--question-type"), QStringLiteral("technical"), QStringLiteral("--since"),
                           QStringLiteral("2025-09-05"), QStringLiteral("--q"), QStringLiteral("GIL"),
                           QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--no-bom"),
                           QStringLiteral("--output"), file, QStringLiteral("--data-dir"), m_db->dir()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("1 sessions (1 questions)")));
        QVERIFY(exportfixture::readFile(file).startsWith("session_id,"));
    }

    void backup()
    {
        const QString file = out(QStringLiteral("backup.db"));
        Run r = run(
            {QStringLiteral("backup"), QStringLiteral("--output"), file, QStringLiteral("--data-dir"), m_db->dir()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(exportfixture::readFile(file).startsWith("SQLite format 3"));
        r = run({QStringLiteral("backup"), QStringLiteral("--output"), QStringLiteral("/proc/ir-cli-test/b.db"),
                 QStringLiteral("--data-dir"), m_db->dir()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("/proc/ir-cli-test/b.db")));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString session = exportfixture::RICH_SESSION;
        QTest::addRow("no output") << QStringList {QStringLiteral("export"), QStringLiteral("--session"), session,
                                                   QStringLiteral("--format"), QStringLiteral("md")}
                                   << 2 << QStringLiteral("--output");
        QTest::addRow("unknown format") << QStringList {
            QStringLiteral("export"),   QStringLiteral("--session"), session,
            QStringLiteral("--format"), QStringLiteral("docx"),      QStringLiteral("-o"),
            QStringLiteral("x")} << 2 << QStringLiteral("--format");
        QTest::addRow("bulk pdf") << QStringList {QStringLiteral("export"),   QStringLiteral("--all"),
                                                  QStringLiteral("--format"), QStringLiteral("pdf"),
                                                  QStringLiteral("-o"),       QStringLiteral("x")}
                                  << 2 << QStringLiteral("csv or json");
        QTest::addRow("session and all") << QStringList {QStringLiteral("export"),    QStringLiteral("--all"),
                                                         QStringLiteral("--session"), session,
                                                         QStringLiteral("--format"),  QStringLiteral("csv"),
                                                         QStringLiteral("-o"),        QStringLiteral("x")}
                                         << 2 << QStringLiteral("either");
        QTest::addRow("bad score") << QStringList {QStringLiteral("export"),      QStringLiteral("--all"),
                                                   QStringLiteral("--min-score"), QStringLiteral("abc"),
                                                   QStringLiteral("--format"),    QStringLiteral("csv"),
                                                   QStringLiteral("-o"),          QStringLiteral("x")}
                                   << 2 << QStringLiteral("--min-score");
        QTest::addRow("unknown option") << QStringList {QStringLiteral("backup"), QStringLiteral("--frobnicate")} << 2
                                        << QStringLiteral("frobnicate");
        QTest::addRow("unknown session") << QStringList {QStringLiteral("export"),       QStringLiteral("--session"),
                                                         QStringLiteral("session_nope"), QStringLiteral("--format"),
                                                         QStringLiteral("md"),           QStringLiteral("-o"),
                                                         QStringLiteral("OUT/nope.md")}
                                         << 1 << QStringLiteral("session_nope");
        QTest::addRow("unwritable output")
            << QStringList {QStringLiteral("export"),           QStringLiteral("--session"), session,
                            QStringLiteral("--format"),         QStringLiteral("md"),        QStringLiteral("-o"),
                            QStringLiteral("/proc/ir-cli/x.md")}
            << 1 << QStringLiteral("/proc/ir-cli/x.md");
        QTest::addRow("import missing file") << QStringList {QStringLiteral("import"), QStringLiteral("OUT/none.json")}
                                             << 1 << QStringLiteral("none.json");
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        arguments.replaceInStrings(QStringLiteral("OUT/"), m_work.path() + u'/');
        const Run r = run(arguments + QStringList {QStringLiteral("--data-dir"), m_db->dir()});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out(QStringLiteral("nope.md"))));
    }

    void invalidImportCreatesNothing()
    {
        const QString file = out(QStringLiteral("bad.json"));
        QFile bad(file);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"format\": \"interview-recorder-export\", \"format_version\": 1, \"sessions\": [{}]}");
        bad.close();
        const QString fresh = out(QStringLiteral("never"));
        const Run r = run({QStringLiteral("import"), file, QStringLiteral("--data-dir"), fresh});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("sessions[0].session_id")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(fresh));
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
