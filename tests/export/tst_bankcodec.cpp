// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bankcodec.h"
#include "csvexporter.h"
#include "csvreader.h"
#include "tempdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ir;

Q_DECLARE_METATYPE(QList<ir::BankQuestion>)

namespace {

constexpr qint64 CREATED = 1757050339000; // 2025-09-05T05:32:19.000Z

BankQuestion question(const QString &text, QuestionType type = QuestionType::Technical)
{
    BankQuestion q;
    q.bankQuestionId = QStringLiteral("bq_0123456789ab");
    q.questionText = text;
    q.questionType = type;
    q.createdAt = CREATED;
    q.updatedAt = CREATED + 1000;
    return q;
}

// Questions compared as their JSON objects: every field, and a readable difference.
QJsonArray asJson(const QList<BankQuestion> &questions)
{
    QJsonArray array;
    for (const BankQuestion &q : questions)
        array.append(BankCodec::questionToJson(q));
    return array;
}

QString details(const Result<QList<BankQuestion>> &result)
{
    return result ? QStringLiteral("(no error)") : result.error().details;
}

} // namespace

// The question bank's CSV and JSON files (issue 12, item 1) and the RFC 4180 reader under them.
class TestBankCodec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QList<BankQuestion>>("questions");

        QTest::addRow("plain") << QList<BankQuestion> {question(QStringLiteral("What is RAII?"))};
        BankQuestion full = question(QStringLiteral("请介绍一下Python的GIL？"), QuestionType::Behavioral);
        full.questionCategory = QStringLiteral("编程基础");
        full.difficultyLevel = DifficultyLevel::Hard;
        full.tags = {QStringLiteral("python"), QStringLiteral("并发"), QStringLiteral("面试 高频")};
        full.expectedAnswer = QStringLiteral("全局解释器锁；提到多进程可以绕过它。");
        QTest::addRow("chinese, tags, category") << QList<BankQuestion> {full};
        BankQuestion marks = question(QStringLiteral("Say \"hello\", then \"\"bye\"\""));
        marks.expectedAnswer = QStringLiteral("a, b, and c\r\nline two\nline three\rline four");
        marks.questionCategory = QStringLiteral("a,b");
        QTest::addRow("quotes, commas, CR/LF") << QList<BankQuestion> {marks};
        BankQuestion edges = question(QStringLiteral(" leading and trailing spaces "), QuestionType::ProjectBased);
        edges.expectedAnswer = QStringLiteral("\"");
        edges.createdAt = edges.updatedAt = 0; // never stored: empty cells
        edges.bankQuestionId.clear();
        QTest::addRow("lone quote, no id or times") << QList<BankQuestion> {edges};
        BankQuestion emoji = question(QStringLiteral("😀 emoji and ,\"mixed\"\n中文"), QuestionType::Logical);
        QTest::addRow("several") << QList<BankQuestion> {full, marks, emoji, edges};
        QTest::addRow("none") << QList<BankQuestion> {};
    }

    void roundTrip()
    {
        QFETCH(QList<BankQuestion>, questions);
        for (const bool bom : {true, false}) {
            ExportOptions options;
            options.csvByteOrderMark = bom;
            const QByteArray csv = BankCodec::toCsv(questions, options);
            QCOMPARE(csv.startsWith(CsvExporter::byteOrderMark()), bom);
            const Result<QList<BankQuestion>> fromCsv = BankCodec::fromCsv(csv);
            QVERIFY2(fromCsv, qPrintable(details(fromCsv)));
            QCOMPARE(asJson(*fromCsv), asJson(questions));
            QCOMPARE(asJson(*BankCodec::parse(csv)), asJson(questions));
        }
        const QByteArray json = BankCodec::toJson(questions);
        const Result<QList<BankQuestion>> fromJson = BankCodec::fromJson(json);
        QVERIFY2(fromJson, qPrintable(details(fromJson)));
        QCOMPARE(asJson(*fromJson), asJson(questions));
        QCOMPARE(asJson(*BankCodec::parse(json)), asJson(questions));
    }

    void csvBytes()
    {
        // What a spreadsheet receives: the BOM, the header, CRLF, quoting only where needed.
        BankQuestion q = question(QStringLiteral("Why \"this\", not that?"));
        q.tags = {QStringLiteral("a"), QStringLiteral("b c")};
        q.expectedAnswer = QStringLiteral("one\ntwo");
        QCOMPARE(BankCodec::toCsv({q}),
                 QByteArray("\xEF\xBB\xBF"
                            "bank_question_id,question_text,question_type,question_category,difficulty_level,tags,"
                            "expected_answer,created_at,updated_at\r\n"
                            "bq_0123456789ab,\"Why \"\"this\"\", not that?\",technical,,medium,a; b c,\"one\ntwo\","
                            "2025-09-05T05:32:19.000Z,2025-09-05T05:32:20.000Z\r\n"));
    }

    void jsonShape()
    {
        BankQuestion q = question(QStringLiteral("什么是闭包？"));
        q.tags = {QStringLiteral("js")};
        ExportOptions options;
        options.exportedAtMs = CREATED;
        const QJsonObject root = QJsonDocument::fromJson(BankCodec::toJson({q}, options)).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("interview-recorder-question-bank"));
        QCOMPARE(root.value(QStringLiteral("exported_at")).toString(), QStringLiteral("2025-09-05T05:32:19.000Z"));
        const QJsonObject item = root.value(QStringLiteral("bank_questions")).toArray().at(0).toObject();
        // The API's field names, nothing more.
        QCOMPARE(item.keys(),
                 (QStringList {QStringLiteral("bank_question_id"), QStringLiteral("created_at"),
                               QStringLiteral("difficulty_level"), QStringLiteral("expected_answer"),
                               QStringLiteral("question_category"), QStringLiteral("question_text"),
                               QStringLiteral("question_type"), QStringLiteral("tags"), QStringLiteral("updated_at")}));
        QCOMPARE(item.value(QStringLiteral("tags")).toArray(), QJsonArray {QStringLiteral("js")});
    }

    void csvReads_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QStringList>("categories");
        QTest::addColumn<QStringList>("tags"); // each question's tags joined by |

        QTest::addRow("BOM, CRLF") << QByteArray("\xEF\xBB\xBFquestion_text,question_type\r\nA,technical\r\n")
                                   << QStringList {QStringLiteral("A")} << QStringList {QString()}
                                   << QStringList {QString()};
        QTest::addRow("no BOM, LF, no final line end")
            << QByteArray("question_text,question_type\nA,technical\nB,logical")
            << QStringList {QStringLiteral("A"), QStringLiteral("B")} << QStringList {QString(), QString()}
            << QStringList {QString(), QString()};
        QTest::addRow("columns in another order, optional ones left out")
            << QByteArray("tags,question_type,question_text,question_category\r\n"
                          " x ;y;;x ,behavioral,Hi,cat\r\n")
            << QStringList {QStringLiteral("Hi")} << QStringList {QStringLiteral("cat")}
            << QStringList {QStringLiteral("x|y")};
        QTest::addRow("quoted comma, doubled quote, line break")
            << QByteArray("question_text,question_type,question_category\r\n"
                          "\"a, \"\"b\"\"\r\nc\",technical,\"x\"\r\n")
            << QStringList {QStringLiteral("a, \"b\"\r\nc")} << QStringList {QStringLiteral("x")}
            << QStringList {QString()};
        QTest::addRow("Chinese, blank lines, trailing empty cells")
            << QByteArray("question_text,question_type,,\r\n\r\n请描述一次冲突，如何解决？,behavioral,,\r\n\r\n"
                          "第二题,technical,,,\r\n")
            << QStringList {QStringLiteral("请描述一次冲突，如何解决？"), QStringLiteral("第二题")}
            << QStringList {QString(), QString()} << QStringList {QString(), QString()};
        QTest::addRow("a quote inside an unquoted field stays")
            << QByteArray("question_text,question_type\r\n5\" screens,technical\r\n")
            << QStringList {QStringLiteral("5\" screens")} << QStringList {QString()} << QStringList {QString()};
        QTest::addRow("header only") << QByteArray("question_text,question_type\r\n") << QStringList {}
                                     << QStringList {} << QStringList {};
    }

    void csvReads()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, texts);
        QFETCH(QStringList, categories);
        QFETCH(QStringList, tags);
        const Result<QList<BankQuestion>> read = BankCodec::fromCsv(csv);
        QVERIFY2(read, qPrintable(details(read)));
        QCOMPARE(read->size(), texts.size());
        for (qsizetype i = 0; i < texts.size(); ++i) {
            QCOMPARE(read->at(i).questionText, texts.at(i));
            QCOMPARE(read->at(i).questionCategory, categories.at(i));
            QCOMPARE(read->at(i).tags.join(u'|'), tags.at(i));
            QCOMPARE(read->at(i).difficultyLevel, DifficultyLevel::Medium); // the default when left out
        }
    }

    void csvErrors_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("detail");

        QTest::addRow("bad enum") << QByteArray("question_text,question_type\r\nA,technical\r\nB,coding\r\n")
                                  << QStringLiteral("row 3 (line 3), question_type: must be one of: technical, "
                                                    "behavioral, logical, project_based");
        QTest::addRow("bad enum after a line break")
            << QByteArray("question_text,question_type,difficulty_level\r\n\"A\r\nstill A\",technical,\r\n"
                          "B,technical,extreme\r\n")
            << QStringLiteral("row 3 (line 4), difficulty_level: must be one of: easy, medium, hard");
        QTest::addRow("missing type") << QByteArray("question_text,question_type\r\nA,\r\n")
                                      << QStringLiteral("row 2 (line 2), question_type: missing; must be one of");
        QTest::addRow("missing text") << QByteArray("question_text,question_type\r\n  ,technical\r\n")
                                      << QStringLiteral("row 2 (line 2), question_text: missing");
        QTest::addRow("missing column") << QByteArray("question_text,difficulty_level\r\nA,easy\r\n")
                                        << QStringLiteral("row 1 (line 1), question_type: column missing");
        QTest::addRow("unknown column")
            << QByteArray("question_text,question_type,tag\r\nA,technical,x\r\n")
            << QStringLiteral("row 1 (line 1), column 3 \"tag\": unknown column; the columns are bank_question_id");
        QTest::addRow("column twice") << QByteArray("question_text,question_type,question_text\r\n")
                                      << QStringLiteral("column 3 \"question_text\": appears twice");
        QTest::addRow("too many fields") << QByteArray("question_text,question_type\r\nA,technical,extra\r\n")
                                         << QStringLiteral("row 2 (line 2): 3 fields, the header has 2");
        QTest::addRow("bad time") << QByteArray("question_text,question_type,created_at\r\nA,technical,yesterday\r\n")
                                  << QStringLiteral("row 2 (line 2), created_at: must be empty or a UTC time");
        QTest::addRow("text too long") << QByteArray("question_text,question_type\r\n" + QByteArray(2001, 'x')
                                                     + ",technical\r\n")
                                       << QStringLiteral("row 2 (line 2), question_text: ");
        QTest::addRow("too many tags") << QByteArray("question_text,question_type,tags\r\nA,technical,"
                                                     "1;2;3;4;5;6;7;8;9;10;11;12;13;14;15;16;17;18;19;20;21\r\n")
                                       << QStringLiteral("row 2 (line 2), tags: at most 20 tags");
        QTest::addRow("unclosed quote") << QByteArray("question_text,question_type\r\nA,technical\r\n\"B,\r\nx\r\n")
                                        << QStringLiteral("line 3: the quoted field 1 is not closed");
        QTest::addRow("text after a closing quote")
            << QByteArray("question_text,question_type\r\n\"A\"B,technical\r\n")
            << QStringLiteral("line 2: text after the closing quote of field 1");
        QTest::addRow("not UTF-8 (GBK)") << QByteArray("question_text,question_type\r\n\xC4\xE3\xBA\xC3,technical\r\n")
                                         << QStringLiteral("line 2: not UTF-8 text");
        QTest::addRow("empty file") << QByteArray() << QStringLiteral("row 1: the header line is missing");
        QTest::addRow("every problem, not only the first")
            << QByteArray("question_text,question_type\r\nA,x\r\nB,y\r\n")
            << QStringLiteral("row 2 (line 2), question_type: must be one of: technical, behavioral, logical, "
                              "project_based; row 3 (line 3), question_type");
    }

    void csvErrors()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, detail);
        const Result<QList<BankQuestion>> read = BankCodec::fromCsv(csv);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::ValidationError);
        QVERIFY(!read.error().message.isEmpty());
        QVERIFY2(read.error().details.contains(detail), qPrintable(read.error().details));
    }

    void jsonErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("detail");

        QTest::addRow("not JSON") << QByteArray("{\"bank_questions\": [") << QStringLiteral("offset");
        QTest::addRow("another format") << QByteArray("{\"format\": \"interview-recorder-export\", \"sessions\": []}")
                                        << QStringLiteral("format: expected \"interview-recorder-question-bank\"");
        QTest::addRow("future version") << QByteArray(
            "{\"format\": \"interview-recorder-question-bank\", \"format_version\": 7, "
            "\"bank_questions\": []}") << QStringLiteral("format_version: 7");
        QTest::addRow("no array") << QByteArray("{\"questions\": []}")
                                  << QStringLiteral("bank_questions: must be an array");
        QTest::addRow("bad enum") << QByteArray("[{\"question_text\": \"A\", \"question_type\": \"technical\"}, "
                                                "{\"question_text\": \"B\", \"question_type\": \"coding\"}]")
                                  << QStringLiteral("bank_questions[1], question_type: must be one of");
        QTest::addRow("missing text") << QByteArray("{\"bank_questions\": [{\"question_type\": \"logical\"}]}")
                                      << QStringLiteral("bank_questions[0], question_text: must be a non-empty string");
        QTest::addRow("tags not strings")
            << QByteArray("[{\"question_text\": \"A\", \"question_type\": \"logical\", \"tags\": [\"a\", 3]}]")
            << QStringLiteral("bank_questions[0], tags[1]: must be a string");
        QTest::addRow("tags not an array")
            << QByteArray("[{\"question_text\": \"A\", \"question_type\": \"logical\", \"tags\": \"a; b\"}]")
            << QStringLiteral("bank_questions[0], tags: must be an array of strings");
        QTest::addRow("not an object") << QByteArray("[1]") << QStringLiteral("bank_questions[0]: must be an object");
        QTest::addRow("bad time") << QByteArray(
            "[{\"question_text\": \"A\", \"question_type\": \"logical\", \"created_at\": \"today\"}]")
                                  << QStringLiteral("bank_questions[0], created_at: must be empty or a UTC time");
    }

    void jsonErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, detail);
        const Result<QList<BankQuestion>> read = BankCodec::parse(json);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::ValidationError);
        QVERIFY2(read.error().details.contains(detail), qPrintable(read.error().details));
    }

    void jsonReadsTheMinimum()
    {
        // A hand-written file: a bare array, only the required fields, tags normalized.
        const Result<QList<BankQuestion>> read
            = BankCodec::parse("\xEF\xBB\xBF  [{\"question_text\": \"什么是闭包？\", \"question_type\": \"technical\", "
                               "\"tags\": [\" js \", \"js\", \"\"]}]");
        QVERIFY2(read, qPrintable(details(read)));
        QCOMPARE(read->size(), 1);
        QCOMPARE(read->at(0).questionText, QStringLiteral("什么是闭包？"));
        QCOMPARE(read->at(0).tags, QStringList {QStringLiteral("js")});
        QCOMPARE(read->at(0).difficultyLevel, DifficultyLevel::Medium);
        QCOMPARE(read->at(0).createdAt, 0);
        QVERIFY(read->at(0).bankQuestionId.isEmpty());
    }

    void files()
    {
        QTemporaryDir dir;
        const QList<BankQuestion> questions {question(QStringLiteral("文件题，\"引号\""))};
        for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Json}) {
            const QString path = dir.filePath(QStringLiteral("bank.") + exportformat::fileExtension(format));
            QVERIFY(BankCodec::writeFile(path, questions, format));
            const Result<QList<BankQuestion>> read = BankCodec::readFile(path);
            QVERIFY2(read, qPrintable(details(read)));
            QCOMPARE(asJson(*read), asJson(questions));
        }
        QVERIFY(!BankCodec::writeFile(dir.filePath(QStringLiteral("bank.md")), questions, ExportFormat::Markdown));
        const Result<QList<BankQuestion>> missing = BankCodec::readFile(dir.filePath(QStringLiteral("none.csv")));
        QVERIFY(!missing);
        QVERIFY(missing.error().details.contains(QStringLiteral("none.csv")));
    }

    // What the bank view does: a file's drafts into the bank, once (the service skips texts it has).
    void importsIntoTheBank_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addRow("csv") << ExportFormat::Csv;
        QTest::addRow("json") << ExportFormat::Json;
    }

    void importsIntoTheBank()
    {
        QFETCH(ExportFormat, format);
        test::TempDatabase db;
        QVERIFY(db.isValid());
        BankQuestion a = question(QStringLiteral("如何设计一个限流器？"));
        a.tags = {QStringLiteral("系统设计"), QStringLiteral("高并发")};
        a.expectedAnswer = QStringLiteral("令牌桶、漏桶，\"滑动窗口\"\n说明取舍");
        BankQuestion b = question(QStringLiteral("Tell me about a failure, and what you changed after it"),
                                  QuestionType::Behavioral);
        const QByteArray bytes = format == ExportFormat::Csv ? BankCodec::toCsv({a, b}) : BankCodec::toJson({a, b});
        const Result<QList<BankQuestion>> drafts = BankCodec::parse(bytes);
        QVERIFY2(drafts, qPrintable(details(drafts)));
        const Result<int> added = db.service().importBankQuestions(*drafts);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().details));
        QCOMPARE(*added, 2);
        QCOMPARE(*db.service().importBankQuestions(*drafts), 0);
        BankFilter filter;
        filter.tag = QStringLiteral("高并发");
        const Result<Page<BankQuestion>> tagged = db.service().bankQuestions(filter);
        QVERIFY(tagged);
        QCOMPARE(tagged->items.size(), 1);
        QCOMPARE(tagged->items.at(0).expectedAnswer, a.expectedAnswer);
        QCOMPARE(tagged->items.at(0).tags, a.tags);
        QCOMPARE(tagged->items.at(0).createdAt, CREATED); // the file's times are kept
    }

    void readerLines()
    {
        // The reader's line numbers count the text's lines, also inside quoted fields.
        const Result<QList<CsvRecord>> records = CsvReader::parse("a,b\r\n\"1\n2\n3\",x\r\n\r\nlast,\"\"");
        QVERIFY(records);
        QCOMPARE(records->size(), 3);
        QCOMPARE(records->at(0).line, 1);
        QCOMPARE(records->at(1).line, 2);
        QCOMPARE(records->at(1).fields, (QStringList {QStringLiteral("1\n2\n3"), QStringLiteral("x")}));
        QCOMPARE(records->at(2).line, 6);
        QCOMPARE(records->at(2).fields, (QStringList {QStringLiteral("last"), QString()}));
    }
};

QTEST_GUILESS_MAIN(TestBankCodec)
#include "tst_bankcodec.moc"
