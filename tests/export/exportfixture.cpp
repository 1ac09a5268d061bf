// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfixture.h"

#include "ids.h"

#include <QFile>
#include <QJsonArray>

namespace ir::test::exportfixture {
namespace {

constexpr qint64 MINUTE = 60 * 1000;
const QStringList LEVELS {QStringLiteral("明显不足"), QStringLiteral("有待提高"), QStringLiteral("符合要求"),
                          QStringLiteral("超出预期")};

QuestionRecord question(const QString &sessionId, int position, qint64 createdAt)
{
    QuestionRecord q;
    q.sessionId = sessionId;
    q.position = position;
    q.questionId = ids::makeQuestionId(sessionId, position);
    q.createdAt = createdAt;
    q.updatedAt = createdAt + 1000;
    q.source = q.updatedBy = Source::Api;
    return q;
}

CompetencyRating competency(const QString &key, const QString &name, double weight, std::optional<int> rating,
                            const QString &note)
{
    CompetencyRating r;
    r.competency.key = key;
    r.competency.name = name;
    r.competency.description = name + QStringLiteral("：评估说明");
    r.competency.weight = weight;
    for (int level = 1; level <= RUBRIC_LEVELS; ++level)
        r.competency.rubric[size_t(level - 1)]
            = QStringLiteral("%1 第%2级：%3").arg(name).arg(level).arg(LEVELS.at(level - 1));
    r.rating = rating;
    r.note = note;
    return r;
}

Scorecard richScorecard(qint64 baseMs)
{
    Scorecard card;
    card.sessionId = RICH_SESSION;
    // Weighted: (3·2 + 4·1 + 2·1.5) / 4.5 = 2.888… → 2.9.
    card.ratings = {
        competency(QStringLiteral("python"), QStringLiteral("Python 基础"), 2, 3,
                   QStringLiteral("GIL 讲得清楚, \"实例\"少")),
        competency(QStringLiteral("communication"), QStringLiteral("沟通"), 1, 4, QStringLiteral("表达清晰\n条理分明")),
        competency(QStringLiteral("system_design"), QStringLiteral("系统设计 | 架构"), 1.5, 2, QString()),
    };
    card.strengths = QStringLiteral("基础扎实，回答有条理；*熟悉* Python");
    card.concerns = QStringLiteral("系统设计经验不足\n需要进一步考察 <b>分布式</b>");
    card.submittedAt = baseMs + 47 * MINUTE;
    card.updatedAt = baseMs + 47 * MINUTE;
    return card;
}

} // namespace

QList<SessionWithQuestions> sampleData(qint64 baseMs)
{
    SessionWithQuestions rich;
    Session &s = rich.session;
    s.sessionId = RICH_SESSION;
    s.userId = QStringLiteral("user_001");
    s.sessionName = QStringLiteral("Python开发工程师面试, \"高级\"");
    s.sessionType = SessionType::CompanyPosition;
    s.difficultyLevel = DifficultyLevel::Hard;
    s.status = SessionStatus::Completed;
    s.estimatedDuration = 45;
    s.recommendation = Recommendation::Yes;
    s.notes = QStringLiteral("备注：表现稳定");
    s.metadata = QJsonObject {{QStringLiteral("channel"), QStringLiteral("dify")},
                              {QStringLiteral("tags"), QJsonArray {QStringLiteral("python"), 3}}};
    s.createdAt = baseMs;
    s.updatedAt = baseMs + 46 * MINUTE;
    s.startTime = baseMs + MINUTE;
    s.endTime = baseMs + 46 * MINUTE + 30 * 1000;
    s.source = Source::Api;
    s.updatedBy = Source::Ui;
    s.interviewer = QStringLiteral("王芳 (Wang Fang)");
    s.kitId = QStringLiteral("kit_0123456789ab");

    QuestionRecord q1 = question(RICH_SESSION, 1, baseMs + 2 * MINUTE);
    q1.questionText = QStringLiteral("请介绍一下Python的GIL？");
    q1.questionType = QuestionType::Technical;
    q1.questionCategory = QStringLiteral("编程基础");
    q1.candidateAnswer = QStringLiteral("GIL是全局解释器锁, 它保证\"同一时刻\"只有一个线程执行字节码。\n"
                                        "# not a heading\n- not a list\n1. not ordered\n多进程可以绕过它。");
    q1.interviewerFeedback = QStringLiteral("回答全面, 但缺少实例 <script>alert(1)</script> & 细节");
    q1.overallScore = 8.5;

    QuestionRecord q2 = question(RICH_SESSION, 2, baseMs + 10 * MINUTE);
    q2.questionText = QStringLiteral("描述一次团队冲突 | 如何解决 *加粗* _下划线_?");
    q2.questionType = QuestionType::Behavioral;
    q2.candidateAnswer = QStringLiteral("我们先沟通……\r\n然后达成一致 😀");
    q2.interviewerFeedback = QStringLiteral("好");
    q2.overallScore = 7.25;
    q2.source = q2.updatedBy = Source::Ui;

    QuestionRecord q3 = question(RICH_SESSION, 3, baseMs + 20 * MINUTE);
    q3.questionText = QStringLiteral("Tell me about your last project, briefly.");
    q3.questionType = QuestionType::ProjectBased;
    q3.questionCategory = QStringLiteral("项目");
    q3.reviewed = false;
    rich.questions = {q1, q2, q3};
    rich.plan = {
        PlannedQuestion {1, QStringLiteral("bq_00000000000a"), q1.questionText, QuestionType::Technical,
                         QStringLiteral("编程基础"), QStringLiteral("全局解释器锁；提到多进程。")},
        PlannedQuestion {2, QStringLiteral("bq_00000000000b"), QStringLiteral("如何设计一个限流器？"),
                         QuestionType::Technical, QString(), QStringLiteral("令牌桶, \"漏桶\"")},
    };
    rich.scorecard = richScorecard(baseMs);

    SessionWithQuestions empty;
    empty.session.sessionId = EMPTY_SESSION;
    empty.session.userId = QStringLiteral("user_002");
    empty.session.createdAt = empty.session.updatedAt = baseMs + 20 * 60 * MINUTE;
    return {rich, empty};
}

void load(TempDatabase &db)
{
    const Result<ImportReport> imported = DataImporter(db.database()).importData(sampleData(db.clock().nowMs()));
    if (!imported || imported->sessionsImported != 2)
        qFatal("cannot load the export fixture");
}

SessionWithQuestions largeSession(const QString &sessionId, qint64 baseMs, int count, int answerRepeats)
{
    SessionWithQuestions entry;
    entry.session.sessionId = sessionId;
    entry.session.userId = QStringLiteral("user_bench");
    entry.session.sessionName = QStringLiteral("后端工程师综合面试");
    entry.session.status = SessionStatus::Completed;
    entry.session.createdAt = baseMs;
    entry.session.updatedAt = baseMs + count * MINUTE;
    entry.session.startTime = baseMs;
    entry.session.endTime = baseMs + count * MINUTE;
    const QStringList types {QStringLiteral("数据库"), QStringLiteral("网络"), QStringLiteral("并发")};
    for (int i = 1; i <= count; ++i) {
        QuestionRecord q = question(sessionId, i, baseMs + i * MINUTE);
        q.questionText = QStringLiteral("第%1题：请解释%2中的一个核心概念，并举例说明？").arg(i).arg(types.at(i % 3));
        q.questionType = allValues<QuestionType>().at(i % 4);
        q.questionCategory = types.at(i % 3);
        q.candidateAnswer = QStringLiteral("候选人的回答第%1段：事务需要满足原子性、一致性、隔离性和持久性。")
                                .arg(i)
                                .repeated(answerRepeats);
        q.interviewerFeedback = QStringLiteral("反馈：思路清晰，举例恰当。");
        q.overallScore = (i * 7) % 11;
        entry.questions << q;
    }
    return entry;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString dataPath(const QString &name)
{
    return QStringLiteral(IR_EXPORT_TEST_DATA "/") + name;
}

} // namespace ir::test::exportfixture
