// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calibrationview.h"
#include "enumtext.h"
#include "mainwindow.h"
#include "uitesthelpers.h"
#include "windowfixture.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QStandardItemModel>
#include <QTest>

using namespace ir;
using namespace ir::ui;
using namespace Qt::StringLiterals;

// The interviewer calibration window (issue 13): the service's per-interviewer figures, reached
// from the View menu, following new scores.
class TestUiCalibration final : public QObject, private test::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init();
    void cleanup() { closeWindow(); }

    void figuresPerInterviewer_data();
    void figuresPerInterviewer();
    void followsNewScores();

private:
    CalibrationView *openCalibration();
    Session create(const QString &userId, const QString &interviewer);
    QString cell(const QString &interviewer, int column) const;

    CalibrationView *m_view = nullptr;
    QString m_liSession;
};

Session TestUiCalibration::create(const QString &userId, const QString &interviewer)
{
    SessionDraft draft;
    draft.userId = userId;
    draft.interviewer = interviewer;
    m_db->clock().advance(1000);
    const Result<Session> session = m_db->service().createSession(draft, Source::Api);
    return session ? *session : Session {};
}

void TestUiCalibration::init()
{
    QVERIFY(openWindow());
    // 王: two sessions, posted scores 6 and 8 moved to 9 and 5, and 10 of their own: mean 8.0,
    // SD sqrt((1 + 9 + 4) / 3) = 2.16, gap ((9 − 6) + (5 − 8)) / 2 = 0; one Strong yes.
    // 李: one session, nothing scored.
    InterviewService &service = m_db->service();
    const Session s1 = create(u"eve"_s, u"王"_s);
    const Session s2 = create(u"fay"_s, u"王"_s);
    m_liSession = create(u"gus"_s, u"李"_s).sessionId;
    const QString q1
        = service.addQuestion(s1.sessionId, test::sampleQuestion(u"一"_s, 6), Source::Api)->record.questionId;
    const QString q2
        = service.addQuestion(s1.sessionId, test::sampleQuestion(u"二"_s, 8), Source::Api)->record.questionId;
    QVERIFY(service.addQuestion(s2.sessionId, test::sampleQuestion(u"三"_s, 10), Source::Ui));
    QuestionPatch patch;
    patch.overallScore = std::optional<double>(7);
    QVERIFY(service.updateQuestion(q1, patch, Source::Ui));
    patch.overallScore = std::optional<double>(9);
    QVERIFY(service.updateQuestion(q1, patch, Source::Ui));
    patch.overallScore = std::optional<double>(5);
    QVERIFY(service.updateQuestion(q2, patch, Source::Ui));
    SessionPatch verdict;
    verdict.recommendation = Recommendation::StrongYes;
    QVERIFY(service.updateSession(s2.sessionId, verdict, Source::Ui));
    m_view = nullptr;
}

CalibrationView *TestUiCalibration::openCalibration()
{
    // View → Interviewer Calibration, as a person picks it.
    QMenu *view = m_window->menuBar()->findChild<QMenu *>(u"viewMenu"_s);
    QAction *action = m_window->findChild<QAction *>(u"calibrationAction"_s);
    if (!view || !action || !view->actions().contains(action))
        return nullptr;
    action->trigger();
    m_view = m_window->calibrationView();
    if (!m_view || !QTest::qWaitForWindowExposed(m_view))
        return nullptr;
    return m_view;
}

QString TestUiCalibration::cell(const QString &interviewer, int column) const
{
    const QStandardItemModel *model = m_view->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->item(r, 0)->text() == interviewer)
            return model->item(r, column)->text();
    }
    return u"<no row %1>"_s.arg(interviewer);
}

void TestUiCalibration::figuresPerInterviewer_data()
{
    QTest::addColumn<QString>("interviewer");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    const auto n = [](double v) { return QLocale().toString(v, 'f', 1); };
    const auto recommendation = [](Recommendation r) {
        return CalibrationView::FirstRecommendation + int(allValues<Recommendation>().indexOf(r));
    };
    QTest::addRow("王 sessions") << u"王"_s << int(CalibrationView::Sessions) << QLocale().toString(2);
    QTest::addRow("王 questions") << u"王"_s << int(CalibrationView::Questions) << QLocale().toString(3);
    QTest::addRow("王 mean") << u"王"_s << int(CalibrationView::Mean) << n(8.0);
    QTest::addRow("王 spread") << u"王"_s << int(CalibrationView::StdDev) << n(2.2);
    QTest::addRow("王 strong yes") << u"王"_s << recommendation(Recommendation::StrongYes) << QLocale().toString(1);
    QTest::addRow("王 no decision") << u"王"_s << recommendation(Recommendation::NoDecision) << QLocale().toString(1);
    QTest::addRow("王 no") << u"王"_s << recommendation(Recommendation::No) << QLocale().toString(0);
    QTest::addRow("李 sessions") << u"李"_s << int(CalibrationView::Sessions) << QLocale().toString(1);
    QTest::addRow("李 mean") << u"李"_s << int(CalibrationView::Mean) << u"–"_s;
    QTest::addRow("李 no decision") << u"李"_s << recommendation(Recommendation::NoDecision) << QLocale().toString(1);
}

void TestUiCalibration::figuresPerInterviewer()
{
    QFETCH(QString, interviewer);
    QFETCH(int, column);
    QFETCH(QString, expected);
    QVERIFY(openCalibration());
    QCOMPARE(m_view->model()->rowCount(), 2);
    QCOMPARE(cell(interviewer, column), expected);
    // The AI-vs-human gap: two posted scores changed, on average not moved.
    QCOMPARE(cell(u"王"_s, m_view->aiReviewedColumn()), QLocale().toString(2));
    QCOMPARE(cell(u"王"_s, m_view->aiGapColumn()), QLocale().toString(0.0, 'f', 1));
    QCOMPARE(cell(u"李"_s, m_view->aiGapColumn()), u"–"_s);
    QCOMPARE(m_view->model()->headerData(m_view->aiGapColumn(), Qt::Horizontal).toString(),
             CalibrationView::tr("AI-vs-human gap"));
}

void TestUiCalibration::followsNewScores()
{
    QVERIFY(openCalibration());
    QCOMPARE(cell(u"李"_s, CalibrationView::Mean), u"–"_s);
    // A posted 4 that 李 raises to 7: mean 7.0, gap +3.0.
    const Result<AddedQuestion> added
        = m_db->service().addQuestion(m_liSession, test::sampleQuestion(u"四"_s, 4), Source::Api);
    QVERIFY(added);
    QuestionPatch patch;
    patch.overallScore = std::optional<double>(7);
    QVERIFY(m_db->service().updateQuestion(added->record.questionId, patch, Source::Ui));
    QTRY_COMPARE(cell(u"李"_s, CalibrationView::Mean), QLocale().toString(7.0, 'f', 1));
    QCOMPARE(cell(u"李"_s, CalibrationView::Questions), QLocale().toString(1));
    QCOMPARE(cell(u"李"_s, m_view->aiGapColumn()), QLocale().positiveSign() + QLocale().toString(3.0, 'f', 1));
}

QTEST_MAIN(TestUiCalibration)
#include "tst_uicalibration.moc"
