// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the main window with sample data to PNG files, for looking at the layout:
//   screenshots <output dir> [en|zh_CN] [dark]
// Run it under xvfb-run (native style) and with QT_SCALE_FACTOR=2 for high DPI.
#include "auditlogview.h"
#include "calibrationview.h"
#include "candidatesview.h"
#include "comparedialog.h"
#include "expirybanner.h"
#include "fakeservercontrol.h"
#include "fileactions.h"
#include "languages.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "newsessiondialog.h"
#include "questionpanel.h"
#include "serverpanel.h"
#include "serviceclient.h"
#include "sessionbrowser.h"
#include "sessionview.h"
#include "settingsdialog.h"
#include "settingskeys.h"
#include "tempdatabase.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QImage>
#include <QPalette>
#include <QSettings>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace ir;

namespace {

// A kit with three competencies and two planned questions, for the open session.
QString sampleKit(test::TempDatabase &db)
{
    QStringList planned;
    for (const auto &[text, expected] :
         {std::pair {"请解释 Python 的 GIL 及其影响", "一把解释器锁；I/O 时释放；CPU 密集任务用多进程"},
          std::pair {"Describe a time you disagreed with a colleague.", "Listens, argues with data, commits"}}) {
        BankQuestion question;
        question.questionText = QString::fromUtf8(text);
        question.expectedAnswer = QString::fromUtf8(expected);
        question.questionCategory = QStringLiteral("Python");
        if (const Result<BankQuestion> created = db.service().createBankQuestion(question))
            planned << created->bankQuestionId;
    }
    const auto competency = [](const char *key, const char *name, double weight, std::array<const char *, 4> rubric) {
        Competency c;
        c.key = QString::fromUtf8(key);
        c.name = QString::fromUtf8(name);
        c.weight = weight;
        for (size_t i = 0; i < rubric.size(); ++i)
            c.rubric[i] = QString::fromUtf8(rubric[i]);
        return c;
    };
    Kit kit;
    kit.name = QStringLiteral("Python 后端工程师");
    kit.position = QStringLiteral("Senior backend");
    kit.sessionType = SessionType::CompanyPosition;
    kit.competencies = {
        competency("python", "Python 编程", 2,
                   {"只会基本语法", "能写出可用的代码，需要提示", "熟练，代码清晰，懂常见陷阱",
                    "精通，能讲清原理并给出更优方案"}),
        competency("communication", "Communication", 1,
                   {"Hard to follow", "Clear with prompting", "Clear and structured",
                    "Clear, structured and persuasive; checks understanding"}),
        competency("design", "System design", 1,
                   {"No structure", "Names the parts, misses trade-offs", "Sound design with trade-offs",
                    "Sound design, trade-offs and failure modes, adapts to new constraints"}),
    };
    kit.bankQuestionIds = planned;
    const Result<Kit> created = db.service().createKit(kit);
    return created ? created->kitId : QString();
}

void addSampleData(test::TempDatabase &db, Session &open)
{
    const QStringList users = {QStringLiteral("user_001"), QStringLiteral("zhang_wei"), QStringLiteral("li.na"),
                               QStringLiteral("candidate_042")};
    const QStringList names = {QStringLiteral("Python开发工程师面试"), QStringLiteral("Backend engineer, round 2"),
                               QStringLiteral("数据分析师 简历面"), QStringLiteral("Frontend developer")};
    for (int i = 0; i < 12; ++i) {
        SessionDraft draft;
        draft.userId = users.at(i % users.size());
        draft.sessionName = names.at(i % names.size());
        draft.sessionType = allValues<SessionType>().at(i % 4);
        draft.difficultyLevel = allValues<DifficultyLevel>().at(i % 3);
        db.clock().advance(3600 * 1000);
        const Session s = *db.service().createSession(draft, i % 2 ? Source::Api : Source::Ui);
        if (i % 3 == 0) {
            SessionPatch p;
            p.status = SessionStatus::InProgress;
            (void)db.service().updateSession(s.sessionId, p, Source::Ui);
            db.addQuestion(s.sessionId, QStringLiteral("Warm-up question %1").arg(i), 6 + i % 4);
            p.status = SessionStatus::Completed;
            (void)db.service().updateSession(s.sessionId, p, Source::Ui);
        }
    }
    db.clock().set(QDateTime::currentMSecsSinceEpoch() - 27 * 60 * 1000);
    SessionDraft draft;
    draft.userId = QStringLiteral("user_001");
    draft.sessionName = QStringLiteral("Python开发工程师面试");
    draft.sessionType = SessionType::CompanyPosition;
    draft.estimatedDuration = 45;
    draft.kitId = sampleKit(db);
    draft.interviewer = QStringLiteral("王面试官");
    open = *db.service().createSession(draft, Source::Ui);
    ScorecardPatch rated;
    rated.ratings
        = {RatingPatch {QStringLiteral("python"), std::optional<int>(3), QStringLiteral("熟悉生成器和装饰器")},
           RatingPatch {QStringLiteral("communication"), std::optional<int>(4), std::nullopt}};
    rated.strengths = QStringLiteral("Explains trade-offs clearly; 基础扎实。");
    (void)db.service().updateScorecard(open.sessionId, rated, Source::Ui);
    SessionPatch start;
    start.status = SessionStatus::InProgress;
    start.recommendation = Recommendation::Yes;
    (void)db.service().updateSession(open.sessionId, start, Source::Ui);

    struct Q
    {
        const char *text;
        QuestionType type;
        const char *category;
        const char *answer;
        const char *feedback;
        double score;
        Source source;
    };
    const Q questions[] = {
        {"请介绍一下你最熟悉的编程语言及其特点", QuestionType::Technical, "编程基础",
         "我最熟悉Python，语法简洁，生态丰富，适合快速开发。", "回答全面，举例恰当。", 8.5, Source::Api},
        {"Explain the difference between a process and a thread.", QuestionType::Technical, "Operating systems",
         "Processes have separate address spaces; threads share one.", "Correct, a bit short on scheduling.", 7,
         Source::Ui},
        {"描述一次你和团队成员意见不一致的经历", QuestionType::Behavioral, "团队协作",
         "在一次技术选型中……最后我们用数据做了决定。", "沟通清楚，有反思。", 9, Source::Api},
        {"How would you design a rate limiter for an HTTP API?", QuestionType::ProjectBased, "System design",
         "Token bucket per client key, stored in Redis…", "Good trade-offs discussed.", 8, Source::Api},
        {"一个水池有两根进水管和一根出水管……", QuestionType::Logical, "逻辑推理", "需要 6 小时。",
         "思路正确，计算有小错误。", 6.5, Source::Ui},
        {"What is the GIL and when does it matter?", QuestionType::Technical, "Python", "", "", -1, Source::Ui},
    };
    for (const Q &q : questions) {
        QuestionDraft d;
        d.questionText = QString::fromUtf8(q.text);
        d.questionType = q.type;
        d.questionCategory = QString::fromUtf8(q.category);
        d.candidateAnswer = QString::fromUtf8(q.answer);
        d.interviewerFeedback = QString::fromUtf8(q.feedback);
        if (q.score >= 0)
            d.overallScore = q.score;
        db.clock().advance(4 * 60 * 1000);
        (void)db.service().addQuestion(open.sessionId, d, q.source);
    }
}

// Waits until what the widget shows stops changing: lists and charts fill from the readers
// asynchronously. Something that keeps moving (a busy bar) is taken as it is after 5 s.
void settle(QWidget *widget)
{
    QImage last;
    int unchanged = 0;
    const bool settled = QTest::qWaitFor(
        [&] {
            const QImage now = widget->grab().toImage();
            unchanged = now == last ? unchanged + 1 : 0;
            last = now;
            return unchanged >= 3;
        },
        5000);
    if (!settled)
        qInfo("%s kept changing", qPrintable(widget->objectName()));
}

void save(QWidget *widget, const QString &path)
{
    settle(widget);
    if (!widget->grab().save(path))
        qWarning("cannot write %s", qPrintable(path));
    else
        qInfo("wrote %s", qPrintable(path));
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 30), text(220, 220, 220), button(60, 60, 64);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(140, 140, 140));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 120, 120));
    return p;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    test::isolateSettings();
    const QStringList args = QCoreApplication::arguments();
    const QDir out(args.value(1, QStringLiteral(".")));
    const QString language = args.value(2, QStringLiteral("en"));
    const bool dark = args.contains(QStringLiteral("dark"));
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    const QString prefix = language + (dark ? QStringLiteral("-dark") : QString()) + QStringLiteral("-");

    test::TempDatabase db;
    db.clock().set(QDateTime::currentMSecsSinceEpoch() - 2 * 24 * 3600 * 1000LL);
    Session open;
    addSampleData(db, open);
    db.clock().set(QDateTime::currentMSecsSinceEpoch());

    test::FakeServerControl server;
    ui::Languages languages;
    languages.install(language);
    ServiceClient client(db.service(), db.writer());
    ui::MainWindow window(client, server, db.clock(), &languages);
    window.resize(window.fontMetrics().averageCharWidth() * 220, window.fontMetrics().height() * 62);
    // IR_SCREENSHOT_SIZE=1366x768: the window at a laptop's size instead.
    if (const QStringList size = qEnvironmentVariable("IR_SCREENSHOT_SIZE").split(u'x'); size.size() == 2)
        window.resize(size.at(0).toInt(), size.at(1).toInt());
    window.show();
    window.serverPanel()->startIfWanted();
    settle(&window);
    window.sessionBrowser()->selectSession(open.sessionId);
    auto *questions = window.findChild<QTableView *>(QStringLiteral("questionTableView"));
    questions->setCurrentIndex(questions->model()->index(2, 0));
    save(&window, out.filePath(prefix + QStringLiteral("main.png")));
    qInfo("window %dx%d, minimum %dx%d", window.width(), window.height(), window.minimumSizeHint().width(),
          window.minimumSizeHint().height());

    save(window.findChild<QWidget *>(QStringLiteral("questionEditor")),
         out.filePath(prefix + QStringLiteral("editor.png")));
    {
        ui::NewSessionDialog dialog(client, &window);
        dialog.show();
        save(&dialog, out.filePath(prefix + QStringLiteral("new-session.png")));
    }

    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabWidget"));
    tabs->setCurrentIndex(1);
    save(&window, out.filePath(prefix + QStringLiteral("summary.png")));
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("scorecardTab")));
    save(&window, out.filePath(prefix + QStringLiteral("scorecard.png")));
    tabs->setCurrentIndex(0);

    for (int i = 0; i < 6; ++i)
        server.logRequest({QDateTime::currentMSecsSinceEpoch() + i * 1000,
                           i % 3 ? QStringLiteral("POST") : QStringLiteral("GET"),
                           i % 3 ? QStringLiteral("/dify/interview/add-qa") : QStringLiteral("/health"),
                           i == 4 ? 400 : 200, 2.5 + i, i == 4 ? QStringLiteral("INVALID_SCORE") : QString()});
    server.logRequest(
        {QDateTime::currentMSecsSinceEpoch() + 7000, QStringLiteral("MCP"), QStringLiteral("add_question"), 200, 4.2});
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("serverDock"));
    dock->show();
    settle(&window);
    save(&window, out.filePath(prefix + QStringLiteral("server.png")));
    auto *serverTabs = window.findChild<QTabWidget *>(QStringLiteral("serverTabWidget"));
    serverTabs->setCurrentIndex(1);
    save(dock, out.filePath(prefix + QStringLiteral("server-docker.png")));
    serverTabs->setCurrentIndex(2);
    save(dock, out.filePath(prefix + QStringLiteral("server-log.png")));
    serverTabs->setCurrentWidget(dock->findChild<QWidget *>(QStringLiteral("mcpTab")));
    save(dock, out.filePath(prefix + QStringLiteral("server-mcp.png")));

    // The same session completed: its record reads as values, reviewing stays possible.
    dock->hide();
    SessionPatch finish;
    finish.status = SessionStatus::Completed;
    (void)db.service().updateSession(open.sessionId, finish, Source::Ui);
    if (!QTest::qWaitFor([&] { return window.sessionView()->session().status == SessionStatus::Completed; }))
        qWarning("the window did not show the completed session");
    questions->setCurrentIndex(questions->model()->index(0, 0));
    save(&window, out.filePath(prefix + QStringLiteral("completed.png")));
    tabs->setCurrentIndex(1);
    save(&window, out.filePath(prefix + QStringLiteral("completed-summary.png")));
    tabs->setCurrentIndex(2);
    save(&window, out.filePath(prefix + QStringLiteral("completed-notes.png")));
    // Its scorecard submitted: greyed, with the time.
    ScorecardPatch submit;
    submit.ratings = {RatingPatch {QStringLiteral("design"), std::optional<int>(2), std::nullopt}};
    submit.concerns = QStringLiteral("对分布式事务不熟悉");
    submit.recommendation = Recommendation::Yes;
    submit.submit = true;
    (void)db.service().updateScorecard(open.sessionId, submit, Source::Ui);
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("scorecardTab")));
    save(&window, out.filePath(prefix + QStringLiteral("scorecard-submitted.png")));

    // Issue 13: candidates, their comparison, calibration, the audit log, the retention warning.
    const QStringList people {QStringLiteral("user_001"), QStringLiteral("zhang_wei"), QStringLiteral("li.na")};
    const QStringList displayNames {QStringLiteral("王小明"), QStringLiteral("张伟"), QStringLiteral("Li Na")};
    for (int i = 0; i < people.size(); ++i) {
        CandidatePatch profile;
        profile.displayName = displayNames.at(i);
        profile.position = QStringLiteral("后端工程师");
        (void)db.service().updateCandidate(people.at(i), profile);
    }
    (void)db.service().recordAudit(AuditAction::PersonExport, Actor::Ui,
                                   ir::InterviewService::erasedSubject(people.at(2)));
    (void)db.service().recordAudit(AuditAction::ApiKeyChange, Actor::Ui, QStringLiteral("api_key"));
    window.openCandidates();
    ui::CandidatesView *candidates = window.candidatesView();
    // The list arrives from the service asynchronously: wait until everyone is in it.
    if (!QTest::qWaitFor([&] { return candidates->tableView()->model()->rowCount() >= people.size(); }))
        qWarning("the candidates list did not fill");
    save(candidates, out.filePath(prefix + QStringLiteral("candidates.png")));
    auto *compare = new ui::CompareDialog(client, candidates);
    compare->compareCandidates(people);
    compare->show();
    save(compare, out.filePath(prefix + QStringLiteral("compare.png")));
    // Its PDF too (pdftoppm shows it).
    const QString pdf = out.filePath(prefix + QStringLiteral("compare.pdf"));
    ui::FileActions::setFileChooser(
        [pdf](auto, const QString &, const QString &, const QStringList &, QString *) { return pdf; });
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    compare->exportPdf();
    ui::FileActions::setFileChooser({});
    compare->close();
    candidates->close();
    window.openCalibration();
    save(window.calibrationView(), out.filePath(prefix + QStringLiteral("calibration.png")));
    window.calibrationView()->close();
    window.openAuditLog();
    save(window.auditLogView(), out.filePath(prefix + QStringLiteral("audit-log.png")));
    window.auditLogView()->close();
    // Sessions two days old, a retention period of eight days: they go within the week.
    QSettings().setValue(ui::keys::retentionDays(), 8);
    window.expiryBanner()->check();
    {
        ui::SettingsDialog settings(&window);
        settings.show();
        save(&settings, out.filePath(prefix + QStringLiteral("settings.png")));
    }
    window.activateWindow();
    save(&window, out.filePath(prefix + QStringLiteral("expiry.png")));
    return 0;
}
