// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"
#include "exportfixture.h"
#include "languages.h"
#include "markdownexporter.h"
#include "pdfexporter.h"
#include "reporttext.h"
#include "tempdatabase.h"

#include <QBuffer>
#include <QDateTime>
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

    void reportsFollowTheirLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("answerLabel");
        QTest::addColumn<QString>("unreviewed");
        QTest::addRow("english") << QStringLiteral("en") << QStringLiteral("en") << QStringLiteral("Answer")
                                 << QStringLiteral("AI, not reviewed by the interviewer");
        QTest::addRow("chinese") << QStringLiteral("zh_CN") << QStringLiteral("zh-CN") << QStringLiteral("回答")
                                 << QStringLiteral("AI，面试官未审核");
    }

    // <html lang> names the language the labels are in, and the marks of AI text are translated.
    void reportsFollowTheirLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, tag);
        QFETCH(QString, answerLabel);
        QFETCH(QString, unreviewed);
        ui::Languages languages;
        QVERIFY(languages.install(language));
        const QString html = QString::fromUtf8(exportBytes(exportfixture::RICH_SESSION, ExportFormat::Html));
        QVERIFY2(html.contains(QStringLiteral("<html lang=\"%1\">").arg(tag)), qPrintable(html.left(80)));
        QVERIFY(html.contains(QStringLiteral("<h4>%1</h4>").arg(answerLabel)));
        QVERIFY(html.contains(QStringLiteral("<span class=\"author\">%1</span>").arg(unreviewed)));
        const QString markdown = QString::fromUtf8(exportBytes(exportfixture::RICH_SESSION, ExportFormat::Markdown));
        QVERIFY(markdown.contains(QStringLiteral(":** **%1**").arg(unreviewed)));
    }

    // Only the question the AI posted and nobody reviewed is marked; the others say who wrote them.
    void unreviewedAiQuestionsAreMarked()
    {
        const QString html = QString::fromUtf8(exportBytes(exportfixture::RICH_SESSION, ExportFormat::Html));
        QCOMPARE(html.count(QStringLiteral("<section class=\"question unreviewed\"")), 1);
        QVERIFY(html.contains(QStringLiteral("<section class=\"question unreviewed\" "
                                             "id=\"session_20250905_133219_a1b2c3d4_q003\">")));
        QCOMPARE(html.count(QStringLiteral("AI, not reviewed by the interviewer")), 1);
        QCOMPARE(html.count(QStringLiteral("AI, reviewed by the interviewer")), 1);
        QCOMPARE(html.count(QStringLiteral("<span class=\"author\">Interviewer</span>")), 1);
        const QString markdown = QString::fromUtf8(exportBytes(exportfixture::RICH_SESSION, ExportFormat::Markdown));
        QCOMPARE(markdown.count(QStringLiteral("- **Written by:** **AI, not reviewed by the interviewer**")), 1);
        QVERIFY(markdown.contains(QStringLiteral("- Not reviewed (AI): 1")));
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

    void safeFileNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << QStringLiteral("li_wei") << QStringLiteral("li_wei");
        QTest::addRow("chinese kept") << QStringLiteral("后端工程师面试") << QStringLiteral("后端工程师面试");
        QTest::addRow("every forbidden character")
            << QStringLiteral("a/b\\c:d*e?f\"g<h>i|j") << QStringLiteral("abcdefghij");
        QTest::addRow("control characters") << QStringLiteral("a\tb\nc\u0001d\u007f") << QStringLiteral("a b cd");
        QTest::addRow("white space runs")
            << QStringLiteral("  Python  开发 \r\n 面试 ") << QStringLiteral("Python 开发 面试");
        QTest::addRow("no leading or trailing dots") << QStringLiteral("..name..") << QStringLiteral("name");
        QTest::addRow("emoji kept") << QStringLiteral("面试😀") << QStringLiteral("面试😀");
        QTest::addRow("nothing left") << QStringLiteral("/:*?") << QString();
    }

    void safeFileNames()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(exportformat::safeFileName(text), expected);
    }

    void sessionFileNames_data()
    {
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QString>("sessionName");
        QTest::addColumn<bool>("started");
        QTest::addColumn<QString>("expected");
        QTest::addRow("candidate, name, creation date")
            << QStringLiteral("li_wei") << QStringLiteral("Python开发: 二面 / \"高级\"") << false
            << QStringLiteral("li_wei_Python开发 二面 高级_2025-09-05.pdf");
        QTest::addRow("the start date when started") << QStringLiteral("li_wei") << QStringLiteral("终面") << true
                                                     << QStringLiteral("li_wei_终面_2025-09-07.pdf");
        QTest::addRow("no session name") << QStringLiteral("user_002") << QString() << false
                                         << QStringLiteral("user_002_2025-09-05.pdf");
        QTest::addRow("a name of forbidden characters only") << QStringLiteral("user_002") << QStringLiteral("???")
                                                             << false << QStringLiteral("user_002_2025-09-05.pdf");
    }

    void sessionFileNames()
    {
        QFETCH(QString, userId);
        QFETCH(QString, sessionName);
        QFETCH(bool, started);
        QFETCH(QString, expected);
        Session session;
        session.sessionId = QStringLiteral("session_20250905_133219_a1b2c3d4");
        session.userId = userId;
        session.sessionName = sessionName;
        // Noon local time, so that no time zone moves the date.
        session.createdAt = QDateTime(QDate(2025, 9, 5), QTime(12, 0)).toMSecsSinceEpoch();
        if (started)
            session.startTime = QDateTime(QDate(2025, 9, 7), QTime(12, 0)).toMSecsSinceEpoch();
        QCOMPARE(exportformat::sessionFileName(session, ExportFormat::Pdf), expected);
    }

    void longSessionNamesAreCut()
    {
        Session session;
        session.userId = QStringLiteral("li_wei");
        session.sessionName = QStringLiteral("很长的面试名称").repeated(30); // 210 characters, 630 bytes
        session.createdAt = QDateTime(QDate(2025, 9, 5), QTime(12, 0)).toMSecsSinceEpoch();
        const QString name = exportformat::sessionFileName(session, ExportFormat::Markdown);
        QVERIFY(name.startsWith(QStringLiteral("li_wei_很长的面试名称")));
        QVERIFY(name.endsWith(QStringLiteral("_2025-09-05.md")));
        QVERIFY2(name.toUtf8().size() <= exportformat::MAX_BASE_NAME_BYTES + 3, qPrintable(name));
    }

    void formatFromFileName_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<int>("format"); // -1: none
        QTest::addRow("pdf") << QStringLiteral("/tmp/li_wei.pdf") << int(ExportFormat::Pdf);
        QTest::addRow("upper case") << QStringLiteral("LI.PDF") << int(ExportFormat::Pdf);
        QTest::addRow("htm") << QStringLiteral("a.htm") << int(ExportFormat::Html);
        QTest::addRow("md after a dotted name") << QStringLiteral("面试 v1.2.md") << int(ExportFormat::Markdown);
        QTest::addRow("none") << QStringLiteral("li_wei") << -1;
        QTest::addRow("unknown") << QStringLiteral("li_wei.txt") << -1;
    }

    void formatFromFileName()
    {
        QFETCH(QString, fileName);
        QFETCH(int, format);
        const std::optional<ExportFormat> found = exportformat::fromFileName(fileName);
        QCOMPARE(found ? int(*found) : -1, format);
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
