// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"
#include "exportfixture.h"
#include "markdownexporter.h"
#include "pdfexporter.h"
#include "tempdatabase.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace ir;
using namespace ir::test;

// Markdown and HTML against golden files. IR_UPDATE_GOLDEN=1 rewrites them (review the diff!).
class TestReportExport final : public QObject
{
    Q_OBJECT

private:
    QByteArray exportBytes(const QString &sessionId, ExportFormat format)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ExportOptions options;
        options.exportedAtMs = m_db->clock().nowMs();
        const Status written = exporter::exportSession(m_db->service(), sessionId, format, buffer, options);
        if (!written)
            qWarning("%s", qPrintable(written.error().details));
        return buffer.data();
    }

    std::unique_ptr<TempDatabase> m_db;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TempDatabase>();
        QVERIFY(m_db->isValid());
        exportfixture::load(*m_db);
        m_db->clock().advance(24LL * 3600 * 1000);
    }

    void cleanup() { m_db.reset(); }

    void golden_data()
    {
        QTest::addColumn<QString>("sessionId");
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<QString>("file");
        QTest::addRow("markdown, rich session")
            << exportfixture::RICH_SESSION << ExportFormat::Markdown << QStringLiteral("rich_session.md");
        QTest::addRow("html, rich session")
            << exportfixture::RICH_SESSION << ExportFormat::Html << QStringLiteral("rich_session.html");
        QTest::addRow("markdown, no questions")
            << exportfixture::EMPTY_SESSION << ExportFormat::Markdown << QStringLiteral("empty_session.md");
        QTest::addRow("html, no questions")
            << exportfixture::EMPTY_SESSION << ExportFormat::Html << QStringLiteral("empty_session.html");
    }

    void golden()
    {
        QFETCH(QString, sessionId);
        QFETCH(ExportFormat, format);
        QFETCH(QString, file);
        const QByteArray actual = exportBytes(sessionId, format);
        QVERIFY(!actual.isEmpty());
        const QString path = exportfixture::dataPath(file);
        if (qEnvironmentVariableIntValue("IR_UPDATE_GOLDEN") == 1) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(actual);
            QSKIP("golden file rewritten");
        }
        const QByteArray expected = exportfixture::readFile(path);
        QVERIFY2(!expected.isEmpty(), qPrintable(path));
        QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(expected));
    }

    void htmlIsSafeAndCarriesTheChart()
    {
        const QString html = QString::fromUtf8(exportBytes(exportfixture::RICH_SESSION, ExportFormat::Html));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; 细节")));
        QVERIFY(html.contains(QStringLiteral("<svg ")));
        QCOMPARE(html.count(QStringLiteral("<rect ")), 2); // two scored questions, one unscored
        QVERIFY(html.contains(QStringLiteral("请介绍一下Python的GIL？")));
        QVERIFY(!html.contains(QStringLiteral("http://"), Qt::CaseInsensitive)
                || html.count(QStringLiteral("http://")) == 1); // only the SVG namespace
    }

    void markdownEscaping_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain Chinese") << QStringLiteral("请介绍一下") << QStringLiteral("请介绍一下");
        QTest::addRow("emphasis") << QStringLiteral("*a* _b_") << QStringLiteral("\\*a\\* \\_b\\_");
        QTest::addRow("underscore inside a word") << QStringLiteral("user_001") << QStringLiteral("user_001");
        QTest::addRow("heading at start") << QStringLiteral("# x") << QStringLiteral("\\# x");
        QTest::addRow("hash inside") << QStringLiteral("C# x") << QStringLiteral("C# x");
        QTest::addRow("ordered list") << QStringLiteral("12. x") << QStringLiteral("12\\. x");
        QTest::addRow("number inside") << QStringLiteral("x 1. y") << QStringLiteral("x 1. y");
        QTest::addRow("html") << QStringLiteral("<b>") << QStringLiteral("\\<b\\>");
        QTest::addRow("dash at start") << QStringLiteral("- a-b") << QStringLiteral("\\- a-b");
    }

    void markdownEscaping()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(MarkdownExporter::escapeInline(input), expected);
    }

    void unknownSession()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const Status written
            = exporter::exportSession(m_db->service(), QStringLiteral("session_x"), ExportFormat::Markdown, buffer);
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::SessionNotFound);
        QVERIFY(buffer.data().isEmpty());
    }

    void pdfNeedsARenderer()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(!exporter::exportSession(m_db->service(), exportfixture::RICH_SESSION, ExportFormat::Pdf, buffer));
        QVERIFY(!Exporter(m_db->service()).supports(ExportFormat::Pdf));
        // This test has a QCoreApplication only: no fonts, so no PDF renderer (and no crash).
        QVERIFY(!PdfExporter::isAvailable());
        QVERIFY(!Exporter(m_db->service(), PdfExporter::renderer()).supports(ExportFormat::Pdf));
        const Result<SessionReport> report = SessionReport::load(m_db->service(), exportfixture::RICH_SESSION, {});
        QVERIFY(report);
        QVERIFY(!PdfExporter::render(*report, buffer));
        QVERIFY(buffer.data().isEmpty());
    }

    void formatNames()
    {
        for (ExportFormat format : exportformat::all())
            QCOMPARE(exportformat::fromWireName(exportformat::wireName(format)), format);
        QCOMPARE(exportformat::wireName(ExportFormat::Markdown), QStringLiteral("md"));
        QCOMPARE(exportformat::mimeType(ExportFormat::Pdf), QStringLiteral("application/pdf"));
        QCOMPARE(exportformat::suggestedFileName(QStringLiteral("s1"), ExportFormat::Csv), QStringLiteral("s1.csv"));
        QVERIFY(!exportformat::fromWireName(QStringLiteral("docx")));
    }
};

QTEST_GUILESS_MAIN(TestReportExport)
#include "tst_reportexport.moc"
