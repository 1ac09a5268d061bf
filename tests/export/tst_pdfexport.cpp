// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfixture.h"
#include "ids.h"
#include "languages.h"
#include "pdfexporter.h"
#include "pdftounicodefix.h"
#include "reporttext.h"
#include "tempdatabase.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

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

QString pageText(const QString &pdf, int page)
{
    const QString number = QString::number(page);
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-f"), number, QStringLiteral("-l"), number, pdf, QStringLiteral("-")});
}

int pageCount(const QString &pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
}

// A session whose answers cross pages, in the report's language: every sentence, question and
// category is unique, so that a line printed twice (or dropped) changes a count.
SessionWithQuestions pagedSession(const QString &sessionId, qint64 baseMs, bool chinese)
{
    SessionWithQuestions entry;
    entry.session.sessionId = sessionId;
    entry.session.userId = QStringLiteral("li_wei");
    entry.session.sessionName = chinese ? QStringLiteral("分页测试") : QStringLiteral("Pagination check");
    entry.session.createdAt = entry.session.updatedAt = baseMs;
    for (int i = 1; i <= 30; ++i) {
        QuestionRecord q;
        q.sessionId = sessionId;
        q.position = i;
        q.questionId = ids::makeQuestionId(sessionId, i);
        q.createdAt = q.updatedAt = baseMs + i * 1000;
        q.questionText = chinese ? QStringLiteral("第%1题：请说明你如何设计一个可靠的服务？").arg(i)
                                 : QStringLiteral("Question %1: how would you design a reliable service?").arg(i);
        q.questionCategory = QStringLiteral("cat%1z").arg(i, 2, 10, QLatin1Char('0'));
        // Lengths vary (from two lines to past a page), so breaks fall everywhere.
        const int sentences = 2 + (i * 37) % 23 + (i % 7 == 0 ? 45 : 0);
        QStringList answer;
        for (int k = 1; k <= sentences; ++k) {
            answer << (chinese
                           ? QStringLiteral("回答%1之%2：我们把请求写入日志，然后异步确认。").arg(i).arg(k)
                           : QStringLiteral("Answer %1 sentence %2 writes the request to a log first.").arg(i).arg(k));
        }
        q.candidateAnswer = answer.join(chinese ? QString() : QStringLiteral(" "));
        q.interviewerFeedback = chinese ? QStringLiteral("反馈%1：思路清晰，举例恰当。").arg(i)
                                        : QStringLiteral("Feedback %1: clear and to the point.").arg(i);
        q.overallScore = i % 11;
        q.source = i % 3 == 0 ? Source::Api : Source::Ui;
        q.reviewed = i % 6 != 0;
        entry.questions << q;
    }
    return entry;
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
        // The first answer, longer than a page, continues from the page it starts on to the next.
        const QString answer = QStringLiteral("候选人的回答第1段");
        const QString first = withoutSpace(pageText(m_pdfPath, 1));
        const QString second = withoutSpace(pageText(m_pdfPath, 2));
        const QString third = withoutSpace(pageText(m_pdfPath, 3));
        QVERIFY(first.contains(QStringLiteral("Questions")));
        QVERIFY(second.contains(QStringLiteral("Page2of")));
        QVERIFY(second.contains(answer));
        QVERIFY(first.contains(answer) || third.contains(answer));
    }

    // The HTTP server exports on its own thread.
    void rendersOnAWorkerThread()
    {
        QByteArray bytes;
        Status written = Error::database();
        // A QThread, as the HTTP server's reader pool runs (the text layout starts timers).
        std::unique_ptr<QThread> worker(QThread::create([&] {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            written = Exporter(m_db->service(), PdfExporter::renderer())
                          .exportSession(exportfixture::RICH_SESSION, ExportFormat::Pdf, buffer);
            bytes = buffer.data();
        }));
        worker->start();
        QVERIFY(worker->wait(60000));
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

    void toUnicodeNamesTheIdeograph_data()
    {
        QTest::addColumn<uint>("radical");
        QTest::addColumn<uint>("ideograph");
        QTest::addRow("Kangxi ⼯ is 工") << 0x2F2Fu << 0x5DE5u;
        QTest::addRow("supplement ⻚ is 页") << 0x2EDAu << 0x9875u;
        QTest::addRow("supplement ⻔ is 门") << 0x2ED4u << 0x95E8u;
        QTest::addRow("Kangxi ⼾ is the simplified 户") << 0x2F3Eu << 0x6237u;
        QTest::addRow("an ideograph stays") << 0x9875u << 0x9875u;
        QTest::addRow("Latin stays") << 0x41u << 0x41u;
    }

    void toUnicodeNamesTheIdeograph()
    {
        QFETCH(uint, radical);
        QFETCH(uint, ideograph);
        QCOMPARE(uint(PdfToUnicodeFix::canonical(radical)), ideograph);
    }

    void pageBreaksPrintEveryLineOnce_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("english") << QStringLiteral("en");
        QTest::addRow("chinese") << QStringLiteral("zh_CN");
    }

    // Every answer and feedback exactly once (no line repeated at the top of the next page or
    // printed over the footer, none lost), and no page ends with a heading, a question's meta
    // line or an "Answer"/"Feedback" label.
    void pageBreaksPrintEveryLineOnce()
    {
        QFETCH(QString, language);
        ui::Languages languages;
        QVERIFY(languages.install(language));
        const bool chinese = language == u"zh_CN";
        const QString sessionId = QStringLiteral("session_20250910_100000_%1").arg(chinese ? u"0000cafe" : u"0000beef");
        const SessionWithQuestions paged = pagedSession(sessionId, m_db->clock().nowMs(), chinese);
        QVERIFY(DataImporter(m_db->database()).importData({paged}));
        const QString path = QDir(m_db->dir()).filePath(QStringLiteral("paged-%1.pdf").arg(language));
        QVERIFY(
            Exporter(m_db->service(), PdfExporter::renderer()).exportSessionToFile(sessionId, ExportFormat::Pdf, path));
        if (const QString keep = qEnvironmentVariable("IR_KEEP_PDF_DIR"); !keep.isEmpty())
            QFile::copy(path, QDir(keep).filePath(QFileInfo(path).fileName()));

        const int pages = pageCount(path);
        QVERIFY2(pages >= 6, qPrintable(QString::number(pages)));
        QStringList labels;
        for (const char *label : {"Answer", "Feedback", "Session", "Summary", "Questions"})
            labels << withoutSpace(ReportText::tr(label));
        QString body;
        for (int page = 1; page <= pages; ++page) {
            QStringList lines;
            for (const QString &line : pageText(path, page).split(u'\n')) {
                if (!withoutSpace(line).isEmpty())
                    lines << withoutSpace(line);
            }
            // The footer: the title and "Page n of N", on one line or two.
            const QString footer = withoutSpace(PdfExporter::tr("Page %1 of %2").arg(page).arg(pages));
            QVERIFY2(lines.size() >= 2, qPrintable(QString::number(page)));
            while (!lines.isEmpty()
                   && (lines.constLast() == footer || lines.constLast() == withoutSpace(paged.session.sessionName)
                       || lines.constLast() == withoutSpace(paged.session.sessionName) + footer))
                lines.removeLast();
            QVERIFY2(!lines.isEmpty(), qPrintable(QString::number(page)));
            const QString last = lines.constLast();
            const QString where = QStringLiteral("page %1 ends with \"%2\"").arg(page).arg(last);
            QVERIFY2(!labels.contains(last), qPrintable(where));
            QVERIFY2(!last.contains(QStringLiteral("cat")), qPrintable(where)); // a meta line
            for (const QuestionRecord &q : paged.questions) {
                const QString heading = QString::number(q.position) + u'.' + withoutSpace(q.questionText);
                QVERIFY2(!heading.contains(last), qPrintable(where));
            }
            body += lines.join(QString());
        }
        for (const QuestionRecord &q : paged.questions) {
            for (const QString &text : {q.questionText, q.questionCategory, q.candidateAnswer, q.interviewerFeedback}) {
                const qsizetype count = body.count(withoutSpace(text));
                QVERIFY2(count == 1, qPrintable(QStringLiteral("%1 times: %2").arg(count).arg(text.left(60))));
            }
        }
    }

    void scorecardIsInThePdf_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("labels");
        QTest::addRow("english") << QStringLiteral("en")
                                 << QStringList {QStringLiteral("Scorecard"), QStringLiteral("Weighted rating"),
                                                 QStringLiteral("Competency"), QStringLiteral("Strengths"),
                                                 QStringLiteral("Concerns")};
        QTest::addRow("chinese") << QStringLiteral("zh_CN")
                                 << QStringList {QStringLiteral("评分卡"), QStringLiteral("加权评分"),
                                                 QStringLiteral("能力项"), QStringLiteral("优势"),
                                                 QStringLiteral("顾虑")};
    }

    // The fixture's rich session has a submitted scorecard of three competencies.
    void scorecardIsInThePdf()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, labels);
        ui::Languages languages;
        QVERIFY(languages.install(language));
        const QString path = QDir(m_db->dir()).filePath(QStringLiteral("scorecard-%1.pdf").arg(language));
        QVERIFY(Exporter(m_db->service(), PdfExporter::renderer())
                    .exportSessionToFile(exportfixture::RICH_SESSION, ExportFormat::Pdf, path));
        if (const QString keep = qEnvironmentVariable("IR_KEEP_PDF_DIR"); !keep.isEmpty())
            QFile::copy(path, QDir(keep).filePath(QFileInfo(path).fileName()));
        const QString text = withoutSpace(run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
        QVERIFY(!text.isEmpty());
        for (const QString &label : labels)
            QVERIFY2(text.contains(withoutSpace(label)), qPrintable(label));
        const Scorecard card = *exportfixture::sampleData(0).at(0).scorecard;
        for (const CompetencyRating &r : card.ratings) {
            QVERIFY2(text.contains(withoutSpace(r.competency.name)), qPrintable(r.competency.name));
            QVERIFY2(text.contains(withoutSpace(r.levelText())), qPrintable(r.levelText()));
            QVERIFY2(text.contains(withoutSpace(ReportText::rating(r.rating))), qPrintable(r.competency.name));
        }
        QVERIFY(text.contains(withoutSpace(card.ratings.at(1).note)));
        QVERIFY(text.contains(withoutSpace(card.strengths)));
        QVERIFY(text.contains(withoutSpace(card.concerns)));
        QVERIFY(text.contains(QStringLiteral("2.9/4")));
        QVERIFY(text.contains(QStringLiteral("王芳(WangFang)")));
        // Only the chosen level's rubric text.
        QVERIFY(!text.contains(withoutSpace(card.ratings.at(0).competency.rubric.at(0))));
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
