// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"
#include "exportfixture.h"
#include "jsoncodec.h"
#include "jsonimporter.h"
#include "languages.h"
#include "tempdatabase.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ir;
using namespace ir::test;

namespace {

QByteArray exportAll(TempDatabase &db, qint64 exportedAt)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportOptions options;
    options.exportedAtMs = exportedAt;
    const Result<BulkReport> report = Exporter(db.service()).exportAll({}, ExportFormat::Json, buffer, options);
    if (!report)
        qWarning("%s", qPrintable(report.error().details));
    return buffer.data();
}

QString exportText(TempDatabase &db, const QString &sessionId, ExportFormat format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportOptions options;
    options.exportedAtMs = db.clock().nowMs();
    if (const Status written = exporter::exportSession(db.service(), sessionId, format, buffer, options); !written)
        qWarning("%s", qPrintable(written.error().details));
    return QString::fromUtf8(buffer.data());
}

// Every field of a scorecard, for comparison.
QJsonObject asJson(const Scorecard &card)
{
    QJsonObject object = JsonCodec::scorecardToJson(card);
    object.insert(QStringLiteral("updated_at_ms"), double(card.updatedAt));
    return object;
}

Competency competency(const QString &key, const QString &name, double weight)
{
    Competency c;
    c.key = key;
    c.name = name;
    c.description = name + QStringLiteral("的说明");
    c.weight = weight;
    c.rubric = {name + QStringLiteral("：不合格"), name + QStringLiteral("：基本合格"), name + QStringLiteral("：良好"),
                name + QStringLiteral("：优秀")};
    return c;
}

// Replaces the value at path (object keys, and indexes where the value is an array).
QByteArray withValue(const QByteArray &json, const QStringList &path, const QJsonValue &value)
{
    std::function<QJsonValue(const QJsonValue &, qsizetype)> set = [&](const QJsonValue &at, qsizetype depth) {
        if (depth == path.size())
            return value;
        if (at.isArray()) {
            QJsonArray array = at.toArray();
            const int index = path.at(depth).toInt();
            array[index] = set(array.at(index), depth + 1);
            return QJsonValue(array);
        }
        QJsonObject object = at.toObject();
        object[path.at(depth)] = set(object.value(path.at(depth)), depth + 1);
        return QJsonValue(object);
    };
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    return QJsonDocument(set(root, 0).toObject()).toJson();
}

} // namespace

// Issue 12 in the exports: the scorecard, the interviewer, the kit and the plan go out in every
// format and come back with a JSON import; files from before them still import.
class TestScorecardExport final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_db;
    QString m_sessionId; // made by the service from a kit, rated and submitted

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TempDatabase>();
        QVERIFY(m_db->isValid());
        exportfixture::load(*m_db);
        InterviewService &service = m_db->service();

        BankQuestion first;
        first.questionText = QStringLiteral("请解释事务的隔离级别");
        first.questionCategory = QStringLiteral("数据库");
        first.expectedAnswer = QStringLiteral("读未提交、读已提交、可重复读、串行化");
        BankQuestion second;
        second.questionText = QStringLiteral("Describe a conflict in your team, and how it ended");
        second.questionType = QuestionType::Behavioral;
        const Result<BankQuestion> a = service.createBankQuestion(first);
        const Result<BankQuestion> b = service.createBankQuestion(second);
        QVERIFY2(a && b, qPrintable(a ? (b ? QString() : b.error().details) : a.error().details));
        Kit kit;
        kit.name = QStringLiteral("后端工程师");
        kit.position = QStringLiteral("Backend");
        kit.competencies = {competency(QStringLiteral("databases"), QStringLiteral("数据库"), 2),
                            competency(QStringLiteral("teamwork"), QStringLiteral("团队协作"), 1)};
        kit.bankQuestionIds = {a->bankQuestionId, b->bankQuestionId};
        const Result<Kit> created = service.createKit(kit);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().details));

        SessionDraft draft;
        draft.userId = QStringLiteral("user_kit");
        draft.interviewer = QStringLiteral("李雷");
        draft.kitId = created->kitId;
        const Result<Session> session = service.createSession(draft, Source::Ui);
        QVERIFY2(session, qPrintable(session ? QString() : session.error().details));
        m_sessionId = session->sessionId;
        m_db->clock().advance(60 * 1000);
        m_db->addQuestion(m_sessionId, first.questionText, 8);

        m_db->clock().advance(60 * 1000);
        ScorecardPatch patch;
        patch.ratings
            = {RatingPatch {QStringLiteral("databases"), std::optional<int>(3),
                            QStringLiteral("隔离级别清楚，\"MVCC\" 略浅")},
               RatingPatch {QStringLiteral("teamwork"), std::optional<int>(4), QStringLiteral("主动沟通\n愿意承担")}};
        patch.recommendation = Recommendation::StrongYes;
        patch.strengths = QStringLiteral("数据库功底好；表达清晰");
        patch.concerns = QStringLiteral("分布式经验少");
        const Result<Scorecard> rated = service.updateScorecard(m_sessionId, patch, Source::Ui);
        QVERIFY2(rated, qPrintable(rated ? QString() : rated.error().details));
        m_db->clock().advance(1000);
        ScorecardPatch submit;
        submit.submit = true;
        const Result<Scorecard> submitted = service.updateScorecard(m_sessionId, submit, Source::Ui);
        QVERIFY2(submitted, qPrintable(submitted ? QString() : submitted.error().details));
        QVERIFY(submitted->submitted());
        QCOMPARE(submitted->weightedRating(), std::optional<double>(3.3)); // (3·2 + 4·1) / 3 = 3.33…
    }

    void cleanup() { m_db.reset(); }

    void roundTripKeepsEverything()
    {
        const QByteArray first = exportAll(*m_db, 1000);
        TempDatabase other;
        QVERIFY(other.isValid());
        other.clock().set(m_db->clock().nowMs());
        const Result<ImportReport> imported = JsonImporter::importBytes(other.database(), first);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().details));
        QCOMPARE(imported->sessionsImported, 3);
        QCOMPARE(imported->bankQuestionsImported, 2); // a complete export holds the bank and the kits
        QCOMPARE(imported->kitsImported, 1);
        QCOMPARE(exportAll(other, 1000), first); // byte for byte
        // The imported bank is searchable, and the kit plans sessions there.
        BankFilter search;
        search.text = QStringLiteral("隔离级别");
        const Result<Page<BankQuestion>> found = other.service().bankQuestions(search);
        QVERIFY(found);
        QCOMPARE(found->items.size(), 1);
        const Result<QList<Kit>> kits = other.service().kits();
        QVERIFY(kits);
        QCOMPARE(kits->size(), 1);
        SessionDraft planned;
        planned.userId = QStringLiteral("user_after");
        planned.kitId = kits->constFirst().kitId;
        const Result<Session> fromKit = other.service().createSession(planned, Source::Ui);
        QVERIFY2(fromKit, qPrintable(fromKit ? QString() : fromKit.error().details));
        QCOMPARE(other.service().plannedQuestions(fromKit->sessionId)->size(), 2);
        // Importing again adds nothing.
        const Result<ImportReport> again = JsonImporter::importBytes(other.database(), first);
        QVERIFY(again);
        QCOMPARE(again->bankQuestionsImported, 0);
        QCOMPARE(again->kitsImported, 0);
        QCOMPARE(again->sessionsImported, 0);

        for (const QString &id : {m_sessionId, exportfixture::RICH_SESSION, exportfixture::EMPTY_SESSION}) {
            const Result<Scorecard> before = m_db->service().scorecard(id);
            const Result<Scorecard> after = other.service().scorecard(id);
            QVERIFY(before && after);
            QCOMPARE(asJson(*after), asJson(*before));
            QCOMPARE(JsonCodec::sessionToJson(*other.service().session(id), {}),
                     JsonCodec::sessionToJson(*m_db->service().session(id), {}));
            const Result<QList<PlannedQuestion>> plan = other.service().plannedQuestions(id);
            QVERIFY(plan);
            QCOMPARE(plan->size(), m_db->service().plannedQuestions(id)->size());
        }
        const Result<Scorecard> card = other.service().scorecard(m_sessionId);
        QCOMPARE(card->interviewer, QStringLiteral("李雷"));
        QCOMPARE(card->ratings.at(0).note, QStringLiteral("隔离级别清楚，\"MVCC\" 略浅"));
        QCOMPARE(card->ratings.at(1).levelText(), QStringLiteral("团队协作：优秀"));
        QVERIFY(card->submitted());
        QCOMPARE(card->recommendation, Recommendation::StrongYes);
        QCOMPARE(other.service().session(m_sessionId)->kitId, m_db->service().session(m_sessionId)->kitId);
        // The plan still answers what to ask next, and the submitted scorecard stays locked.
        const Result<NextQuestion> next = other.service().nextQuestion(m_sessionId);
        QVERIFY(next);
        QCOMPARE(next->remaining, 1);
        QCOMPARE(next->question->questionText, QStringLiteral("Describe a conflict in your team, and how it ended"));
        ScorecardPatch change;
        change.strengths = QStringLiteral("x");
        const Result<Scorecard> refused = other.service().updateScorecard(m_sessionId, change, Source::Ui);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::ScorecardSubmitted);
    }

    void jsonCarriesTheApiShape()
    {
        const QJsonArray sessions
            = QJsonDocument::fromJson(exportAll(*m_db, 1000)).object().value(QStringLiteral("sessions")).toArray();
        QJsonObject made;
        for (const QJsonValue &s : sessions) {
            if (s.toObject().value(QStringLiteral("session_id")).toString() == m_sessionId)
                made = s.toObject();
        }
        QCOMPARE(made.value(QStringLiteral("interviewer")).toString(), QStringLiteral("李雷"));
        QVERIFY(made.value(QStringLiteral("kit_id")).toString().startsWith(QStringLiteral("kit_")));
        const QJsonArray plan = made.value(QStringLiteral("plan")).toArray();
        QCOMPARE(plan.size(), 2);
        QCOMPARE(plan.at(0).toObject().value(QStringLiteral("expected_answer")).toString(),
                 QStringLiteral("读未提交、读已提交、可重复读、串行化"));
        const QJsonObject card = made.value(QStringLiteral("scorecard")).toObject();
        for (const char *field : {"session_id", "interviewer", "competency_ratings", "recommendation", "strengths",
                                  "concerns", "weighted_rating", "submitted", "submitted_at"})
            QVERIFY2(card.contains(QLatin1String(field)), field);
        QCOMPARE(card.value(QStringLiteral("recommendation")).toString(), QStringLiteral("strong_yes"));
        QCOMPARE(card.value(QStringLiteral("weighted_rating")).toDouble(), 3.3);
        QCOMPARE(card.value(QStringLiteral("submitted")).toBool(), true);
        const QJsonObject rating = card.value(QStringLiteral("competency_ratings")).toArray().at(0).toObject();
        QCOMPARE(rating.value(QStringLiteral("key")).toString(), QStringLiteral("databases"));
        QCOMPARE(rating.value(QStringLiteral("rating")).toInt(), 3);
        QCOMPARE(rating.value(QStringLiteral("weight")).toDouble(), 2.0);
        QCOMPARE(rating.value(QStringLiteral("rubric")).toObject().value(QStringLiteral("3")).toString(),
                 QStringLiteral("数据库：良好"));
    }

    void onlyACompleteExportHoldsTheBank()
    {
        const QJsonObject all = QJsonDocument::fromJson(exportAll(*m_db, 1000)).object();
        QCOMPARE(all.value(QStringLiteral("bank_questions")).toArray().size(), 2);
        const QJsonObject kit = all.value(QStringLiteral("kits")).toArray().at(0).toObject();
        QCOMPARE(kit.value(QStringLiteral("name")).toString(), QStringLiteral("后端工程师"));
        QCOMPARE(kit.value(QStringLiteral("competencies")).toArray().size(), 2);
        QCOMPARE(kit.value(QStringLiteral("bank_question_ids")).toArray().size(), 2);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        RecordFilter byUser;
        byUser.userId = QStringLiteral("user_kit");
        QVERIFY(Exporter(m_db->service()).exportAll(byUser, ExportFormat::Json, buffer));
        const QJsonObject some = QJsonDocument::fromJson(buffer.data()).object();
        QVERIFY(!some.contains(QStringLiteral("bank_questions")));
        QVERIFY(!some.contains(QStringLiteral("kits")));
        QCOMPARE(some.value(QStringLiteral("sessions")).toArray().size(), 1);
    }

    void invalidKitImportsNothing_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("detail");
        QTest::addRow("kit without a name")
            << QStringList {QStringLiteral("kits"), QStringLiteral("0"), QStringLiteral("name")}
            << QJsonValue(QString()) << QStringLiteral("kits[0].name: must be a non-empty string");
        QTest::addRow("kit duration")
            << QStringList {QStringLiteral("kits"), QStringLiteral("0"), QStringLiteral("estimated_duration")}
            << QJsonValue(5) << QStringLiteral("kits[0].estimated_duration: must be an integer from 10 to 300");
        QTest::addRow("competency key") << QStringList {QStringLiteral("kits"), QStringLiteral("0"),
                                                        QStringLiteral("competencies"), QStringLiteral("1"),
                                                        QStringLiteral("key")}
                                        << QJsonValue(QStringLiteral("databases"))
                                        << QStringLiteral("kits[0].competencies[1].key: repeats databases");
        QTest::addRow("bank question type")
            << QStringList {QStringLiteral("bank_questions"), QStringLiteral("1"), QStringLiteral("question_type")}
            << QJsonValue(QStringLiteral("coding"))
            << QStringLiteral("bank_questions[1], question_type: must be one of");
        QTest::addRow("bank question without id")
            << QStringList {QStringLiteral("bank_questions"), QStringLiteral("0"), QStringLiteral("bank_question_id")}
            << QJsonValue(QString())
            << QStringLiteral("bank_questions[0].bank_question_id: must be a non-empty string");
        QTest::addRow("bank not an array") << QStringList {QStringLiteral("bank_questions")} << QJsonValue(3)
                                           << QStringLiteral("bank_questions: must be an array");
    }

    void invalidKitImportsNothing()
    {
        QFETCH(QStringList, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, detail);
        const QByteArray json = withValue(exportAll(*m_db, 1000), path, value);
        TempDatabase other;
        const Result<ImportReport> imported = JsonImporter::importBytes(other.database(), json);
        QVERIFY(!imported);
        QVERIFY2(imported.error().details.contains(detail), qPrintable(imported.error().details));
        QCOMPARE(*other.service().countSessions({}), 0);
        QCOMPARE(other.service().kits()->size(), 0);
    }

    // A file written before issue 12 (no interviewer, kit, plan or scorecard) imports as before.
    void olderFilesStillImport()
    {
        QJsonObject root = QJsonDocument::fromJson(exportAll(*m_db, 1000)).object();
        QJsonArray sessions;
        for (const QJsonValue &value : root.value(QStringLiteral("sessions")).toArray()) {
            QJsonObject session = value.toObject();
            for (const char *field : {"interviewer", "kit_id", "plan", "scorecard"})
                session.remove(QLatin1String(field));
            sessions.append(session);
        }
        root.insert(QStringLiteral("sessions"), sessions);
        TempDatabase other;
        const Result<ImportReport> imported = JsonImporter::importBytes(other.database(), QJsonDocument(root).toJson());
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().details));
        QCOMPARE(imported->sessionsImported, 3);
        const Result<Scorecard> card = other.service().scorecard(m_sessionId);
        QVERIFY(card);
        QVERIFY(card->ratings.isEmpty());
        QVERIFY(!card->submitted());
        QVERIFY(card->interviewer.isEmpty());
        QCOMPARE(other.service().plannedQuestions(m_sessionId)->size(), 0);
        QCOMPARE(other.service().questions(m_sessionId)->size(), 1);
    }

    void invalidScorecardImportsNothing_data()
    {
        QTest::addColumn<QStringList>("path"); // below sessions[0]
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("detail");
        const QStringList rating {QStringLiteral("scorecard"), QStringLiteral("competency_ratings"),
                                  QStringLiteral("0")};
        QTest::addRow("rating 5") << (rating + QStringList {QStringLiteral("rating")}) << QJsonValue(5)
                                  << QStringLiteral("sessions[0].scorecard.competency_ratings[0].rating: must be an "
                                                    "integer from 1 to 4");
        QTest::addRow("rating 2.5") << (rating + QStringList {QStringLiteral("rating")}) << QJsonValue(2.5)
                                    << QStringLiteral("competency_ratings[0].rating");
        QTest::addRow("bad key") << (rating + QStringList {QStringLiteral("key")})
                                 << QJsonValue(QStringLiteral("Bad Key"))
                                 << QStringLiteral("competency_ratings[0].key: must be 1 to 50 characters");
        QTest::addRow("weight 11") << (rating + QStringList {QStringLiteral("weight")}) << QJsonValue(11)
                                   << QStringLiteral("competency_ratings[0].weight: must be a number from 0 to 10");
        QTest::addRow("note too long") << (rating + QStringList {QStringLiteral("note")})
                                       << QJsonValue(QString(rules::RATING_NOTE.max + 1, u'评'))
                                       << QStringLiteral("competency_ratings[0].note: must be at most 2000");
        QTest::addRow("rubric level too long")
            << (rating + QStringList {QStringLiteral("rubric"), QStringLiteral("2")})
            << QJsonValue(QString(rules::RUBRIC_TEXT.max + 1, u'x')) << QStringLiteral("rubric.2: must be at most");
        QTest::addRow("strengths too long") << QStringList {QStringLiteral("scorecard"), QStringLiteral("strengths")}
                                            << QJsonValue(QString(rules::STRENGTHS.max + 1, u'x'))
                                            << QStringLiteral("scorecard.strengths: must be at most 5000");
        QTest::addRow("submitted without a time")
            << QStringList {QStringLiteral("scorecard"), QStringLiteral("submitted_at")} << QJsonValue()
            << QStringLiteral("scorecard.submitted_at: must be a time exactly when submitted is true");
        QTest::addRow("another session's scorecard")
            << QStringList {QStringLiteral("scorecard"), QStringLiteral("session_id")}
            << QJsonValue(QStringLiteral("session_x")) << QStringLiteral("scorecard.session_id: does not match");
        QTest::addRow("plan position twice")
            << QStringList {QStringLiteral("plan"), QStringLiteral("1"), QStringLiteral("position")} << QJsonValue(1)
            << QStringLiteral("plan[1].position: used twice");
        QTest::addRow("plan type") << QStringList {QStringLiteral("plan"), QStringLiteral("0"),
                                                   QStringLiteral("question_type")}
                                   << QJsonValue(QStringLiteral("coding"))
                                   << QStringLiteral("plan[0].question_type: must be one of");
        QTest::addRow("interviewer too long")
            << QStringList {QStringLiteral("interviewer")} << QJsonValue(QString(rules::INTERVIEWER.max + 1, u'x'))
            << QStringLiteral("sessions[0].interviewer: must be at most 100");
        QTest::addRow("scorecard not an object")
            << QStringList {QStringLiteral("scorecard")} << QJsonValue(QStringLiteral("4/4"))
            << QStringLiteral("sessions[0].scorecard: must be an object");
    }

    void invalidScorecardImportsNothing()
    {
        QFETCH(QStringList, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, detail);
        // sessions[0] is the fixture's rich session: a plan of two and a submitted scorecard.
        const QByteArray valid = exportAll(*m_db, 1000);
        QCOMPARE(QJsonDocument::fromJson(valid)
                     .object()
                     .value(QStringLiteral("sessions"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("session_id"))
                     .toString(),
                 exportfixture::RICH_SESSION);
        const QByteArray json
            = withValue(valid, QStringList {QStringLiteral("sessions"), QStringLiteral("0")} + path, value);
        TempDatabase other;
        const Result<ImportReport> imported = JsonImporter::importBytes(other.database(), json);
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, ErrorCode::ValidationError);
        QVERIFY2(imported.error().details.contains(detail), qPrintable(imported.error().details));
        QCOMPARE(*other.service().countSessions({}), 0);
    }

    void reportsShowTheScorecard_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("labels");
        QTest::addRow("english") << QStringLiteral("en")
                                 << QStringList {QStringLiteral("Scorecard"),  QStringLiteral("Weighted rating"),
                                                 QStringLiteral("Strengths"),  QStringLiteral("Concerns"),
                                                 QStringLiteral("Competency"), QStringLiteral("Interviewer")};
        QTest::addRow("chinese") << QStringLiteral(
            "zh_CN") << QStringList {QStringLiteral("评分卡"), QStringLiteral("加权评分"), QStringLiteral("优势"),
                                     QStringLiteral("顾虑"),   QStringLiteral("能力项"),   QStringLiteral("面试官")};
    }

    void reportsShowTheScorecard()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, labels);
        ui::Languages languages;
        QVERIFY(languages.install(language));
        for (const ExportFormat format : {ExportFormat::Html, ExportFormat::Markdown}) {
            const QString text = exportText(*m_db, m_sessionId, format);
            const QString where = exportformat::wireName(format) + u' ' + language;
            for (const QString &label : labels)
                QVERIFY2(text.contains(label), qPrintable(where + QStringLiteral(": ") + label));
            // Each competency with its weight, rating and the rubric text of that level, and its note.
            for (const QString &expected :
                 {QStringLiteral("数据库"), QStringLiteral("3 / 4"), QStringLiteral("数据库：良好"),
                  QStringLiteral("团队协作：优秀"), QStringLiteral("4 / 4"), QStringLiteral("3.3 / 4"),
                  QStringLiteral("数据库功底好；表达清晰"), QStringLiteral("分布式经验少"), QStringLiteral("李雷"),
                  QStringLiteral("主动沟通")})
                QVERIFY2(text.contains(expected), qPrintable(where + QStringLiteral(": ") + expected));
            QVERIFY2(!text.contains(QStringLiteral("数据库：基本合格")), qPrintable(where)); // only the chosen level
        }
        // A session with nothing to rate has no scorecard section.
        const QString empty = exportText(*m_db, exportfixture::EMPTY_SESSION, ExportFormat::Html);
        QVERIFY(!empty.contains(QStringLiteral("class=\"scorecard\"")));
    }

    void unratedCompetenciesShowAPlaceholder()
    {
        // A draft scorecard: the level and the weighted rating are a dash, it says it is a draft.
        SessionDraft draft;
        draft.userId = QStringLiteral("user_draft");
        draft.kitId = m_db->service().session(m_sessionId)->kitId;
        const Result<Session> session = m_db->service().createSession(draft, Source::Ui);
        QVERIFY(session);
        const QString markdown = exportText(*m_db, session->sessionId, ExportFormat::Markdown);
        QVERIFY2(markdown.contains(QStringLiteral("| 数据库 | 2 | — | — | — |")), qPrintable(markdown));
        QVERIFY(markdown.contains(QStringLiteral("| Weighted rating | — |")));
        QVERIFY(markdown.contains(QStringLiteral("| Submitted | No, a draft that can still be changed |")));
    }
};

QTEST_GUILESS_MAIN(TestScorecardExport)
#include "tst_scorecardexport.moc"
