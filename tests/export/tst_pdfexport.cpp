// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfixture.h"
#include "pdfexporter.h"
#include "tempdatabase.h"

#include <QBuffer>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace ir;
using namespace ir::test;

namespace {

const QString LARGE_SESSION = QStringLiteral("session_20250907_100000_0badf00d");

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString withoutSpace(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

} // namespace

// The PDF, read back with poppler-utils (pdftotext, pdfinfo, pdffonts).
class TestPdfExport final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_db;
    QString m_pdfPath;

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils is not installed (scripts/setup installs it)");
        m_db = std::make_unique<TempDatabase>();
        QVERIFY(m_db->isValid());
        exportfixture::load(*m_db);
        // 50 questions; the first answer alone is longer than a page.
        SessionWithQuestions large = exportfixture::largeSession(LARGE_SESSION, m_db->clock().nowMs(), 50, 2);
        large.questions[0].candidateAnswer = large.questions[0].candidateAnswer.repeated(40);
        QVERIFY(DataImporter(m_db->database()).importData({large}));
        m_pdfPath = QDir(m_db->dir()).filePath(QStringLiteral("report.pdf"));
        Exporter exporter(m_db->service(), PdfExporter::renderer());
        ExportOptions options;
        options.exportedAtMs = m_db->clock().nowMs();
        const Status written = exporter.exportSessionToFile(LARGE_SESSION, ExportFormat::Pdf, m_pdfPath, options);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().details));
        if (const QByteArray keep = qgetenv("IR_KEEP_PDF"); !keep.isEmpty())
            QFile::copy(m_pdfPath, QString::fromLocal8Bit(keep));
    }

    void cleanupTestCase() { m_db.reset(); }

    void isA4WithSeveralPages()
    {
        const QString info = run(QStringLiteral("pdfinfo"), {m_pdfPath});
        QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY(pages.hasMatch());
        QVERIFY(pages.captured(1).toInt() >= 3);
        QVERIFY(info.contains(QStringLiteral("后端工程师综合面试"))); // the title
    }

    void chineseTextIsExtractable()
    {
        const QString text = withoutSpace(run(QStringLiteral("pdftotext"), {m_pdfPath, QStringLiteral("-")}));
        QVERIFY(!text.isEmpty());
        const Result<QList<QuestionRecord>> questions = m_db->service().questions(LARGE_SESSION);
        QVERIFY(questions);
        QCOMPARE(questions->size(), 50);
        for (const QuestionRecord &q : *questions)
            QVERIFY2(text.contains(withoutSpace(q.questionText)), qPrintable(q.questionText));
        QVERIFY(text.contains(withoutSpace(questions->constFirst().interviewerFeedback)));
        QVERIFY(text.contains(QStringLiteral("Page1of")));
        QVERIFY(text.contains(QStringLiteral("Scoreperquestion"))); // the chart
        QVERIFY(text.contains(QStringLiteral("Average5.1"))); // its average line
        QVERIFY(text.contains(QStringLiteral("user_bench")));
    }

    void cjkFontIsEmbedded()
    {
        const QString fonts = run(QStringLiteral("pdffonts"), {m_pdfPath});
        const QStringList lines = fonts.split(u'\n').filter(QStringLiteral("CJK"));
        QVERIFY2(!lines.isEmpty(), qPrintable(fonts));
        for (const QString &line : lines)
            QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line)); // emb column
    }

    void longAnswerFlowsAcrossPages()
    {
        // The first answer's last paragraph sits on a later page than the question.
        const QString first = run(QStringLiteral("pdftotext"),
                                  {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                                   m_pdfPath, QStringLiteral("-")});
        const QString second = run(QStringLiteral("pdftotext"),
                                   {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                                    QStringLiteral("2"), m_pdfPath, QStringLiteral("-")});
        QVERIFY(withoutSpace(first).contains(QStringLiteral("候选人的回答第1段")));
        QVERIFY(withoutSpace(second).contains(QStringLiteral("候选人的回答第1段")));
        QVERIFY(withoutSpace(second).contains(QStringLiteral("Page2of")));
    }

    // The HTTP server exports on its own thread.
    void rendersOnAWorkerThread()
    {
        QByteArray bytes;
        Status written = Error::database();
        std::thread worker([&] {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            written = Exporter(m_db->service(), PdfExporter::renderer())
                          .exportSession(exportfixture::RICH_SESSION, ExportFormat::Pdf, buffer);
            bytes = buffer.data();
        });
        worker.join();
        QVERIFY(written);
        QVERIFY(bytes.startsWith("%PDF-"));
        QTemporaryDir dir;
        QFile file(QDir(dir.path()).filePath(QStringLiteral("t.pdf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const QString text = withoutSpace(run(QStringLiteral("pdftotext"), {file.fileName(), QStringLiteral("-")}));
        QVERIFY(text.contains(QStringLiteral("请介绍一下Python的GIL？")));
        QVERIFY(text.contains(QStringLiteral("Python开发工程师面试")));
    }

    void sessionWithoutQuestions()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        Exporter exporter(m_db->service(), PdfExporter::renderer());
        QVERIFY(exporter.exportSession(exportfixture::EMPTY_SESSION, ExportFormat::Pdf, buffer));
        QVERIFY(buffer.data().startsWith("%PDF-"));
    }
};

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
