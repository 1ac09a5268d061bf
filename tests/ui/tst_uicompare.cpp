// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidatesview.h"
#include "comparedialog.h"
#include "csvreader.h"
#include "enumtext.h"
#include "fileactions.h"
#include "kit.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "uitesthelpers.h"
#include "windowfixture.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMap>
#include <QProcess>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace ir;
using namespace ir::ui;
using test::child;
using namespace Qt::StringLiterals;

// The comparison dialog (issue 13): opened from the candidates window on the selected people or
// a position; its table and chart show the service's figures; CSV and PDF exports.
class TestUiCompare final : public QObject, private test::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init();
    void cleanup();

    void selectedPeopleSideBySide_data();
    void selectedPeopleSideBySide();
    void chartShowsTheAverages();
    void compareButtonNeedsTwoToTen();
    void everyoneForAPosition();
    void csvParsesBackToTheFigures();
    void pdfHoldsTheChineseName();

private:
    CandidatesView *openCandidates();
    // Selects the people's rows by clicking them (Ctrl+click after the first).
    void clickRows(const QStringList &userIds);
    CompareDialog *compareSelected(const QStringList &userIds);
    QString cell(const CompareDialog *dialog, const QString &rowTitle, const QString &userId) const;

    CandidatesView *m_view = nullptr;
};

void TestUiCompare::init()
{
    QVERIFY(openWindow());
    // The fixture of the service's comparison test, by hand:
    //   cat: two interviews, scores 8 (technical), 5 (behavioral), 7 (technical): average 6.7,
    //        technical 7.5, behavioral 5.0; ratings coding 4 and 3 (weight 2): 3.5, design 2 and 3
    //        (weight 1): 2.5; latest recommendation Yes.
    //   dan: one interview, no scores; coding 1, design 4; recommendation No.
    InterviewService &service = m_db->service();
    Kit draft;
    draft.name = QStringLiteral("比较");
    Competency coding;
    coding.key = QStringLiteral("coding");
    coding.name = QStringLiteral("编码");
    coding.weight = 2;
    Competency design = coding;
    design.key = QStringLiteral("design");
    design.name = QStringLiteral("设计");
    design.weight = 1;
    draft.competencies = {coding, design};
    const Result<Kit> kit = service.createKit(draft);
    QVERIFY(kit);
    auto interview = [&](const QString &user, int codingRating, int designRating) {
        SessionDraft s;
        s.userId = user;
        s.kitId = kit->kitId;
        m_db->clock().advance(1000);
        const Session session = service.createSession(s, Source::Ui).value();
        ScorecardPatch patch;
        patch.ratings = {RatingPatch {QStringLiteral("coding"), std::optional<int>(codingRating), {}},
                         RatingPatch {QStringLiteral("design"), std::optional<int>(designRating), {}}};
        patch.recommendation = codingRating >= 3 ? Recommendation::Yes : Recommendation::No;
        if (!service.updateScorecard(session.sessionId, patch, Source::Ui))
            qWarning("the scorecard was not saved");
        return session;
    };
    auto question = [](const QString &text, double score, QuestionType type) {
        QuestionDraft q = test::sampleQuestion(text, score);
        q.questionType = type;
        return q;
    };
    const Session c1 = interview(QStringLiteral("cat"), 4, 2);
    QVERIFY(service.addQuestion(c1.sessionId, question(QStringLiteral("甲"), 8, QuestionType::Technical), Source::Api));
    QVERIFY(
        service.addQuestion(c1.sessionId, question(QStringLiteral("乙"), 5, QuestionType::Behavioral), Source::Api));
    const Session c2 = interview(QStringLiteral("cat"), 3, 3);
    QVERIFY(service.addQuestion(c2.sessionId, question(QStringLiteral("丙"), 7, QuestionType::Technical), Source::Api));
    interview(QStringLiteral("dan"), 1, 4);
    interview(QStringLiteral("eve"), 2, 2);
    CandidatePatch cat;
    cat.displayName = QStringLiteral("陈小猫");
    cat.position = QStringLiteral("后端工程师");
    QVERIFY(service.updateCandidate(QStringLiteral("cat"), cat));
    CandidatePatch dan;
    dan.position = QStringLiteral("后端工程师");
    QVERIFY(service.updateCandidate(QStringLiteral("dan"), dan));
    m_view = nullptr;
}

void TestUiCompare::cleanup()
{
    FileActions::setFileChooser({});
    m_view = nullptr;
    closeWindow();
}

CandidatesView *TestUiCompare::openCandidates()
{
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_view = m_window->candidatesView();
    if (!m_view || !QTest::qWaitForWindowExposed(m_view))
        return nullptr;
    return m_view;
}

void TestUiCompare::clickRows(const QStringList &userIds)
{
    QTableView *table = m_view->tableView();
    bool first = true;
    for (const QString &id : userIds) {
        const QStandardItemModel *model = m_view->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->item(r, 0)->text() != id)
                continue;
            const QRect rect = table->visualRect(model->index(r, 0));
            QTest::mouseClick(table->viewport(), Qt::LeftButton, first ? Qt::NoModifier : Qt::ControlModifier,
                              rect.center());
            first = false;
        }
    }
}

CompareDialog *TestUiCompare::compareSelected(const QStringList &userIds)
{
    if (!openCandidates())
        return nullptr;
    if (!QTest::qWaitFor([this] { return m_view->model()->rowCount() == 3; }))
        return nullptr;
    clickRows(userIds);
    QStringList selected = m_view->selectedIds();
    QStringList wanted = userIds;
    selected.sort();
    wanted.sort();
    if (selected != wanted)
        return nullptr;
    auto *compare = child<QPushButton>(m_view, QStringLiteral("compareButton"));
    if (!compare->isEnabled())
        return nullptr;
    QTest::mouseClick(compare, Qt::LeftButton);
    CompareDialog *dialog = m_view->compareDialog();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

QString TestUiCompare::cell(const CompareDialog *dialog, const QString &rowTitle, const QString &userId) const
{
    const QStandardItemModel *model = dialog->model();
    int column = -1;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString().contains(userId))
            column = c;
    }
    for (int r = 0; r < model->rowCount(); ++r) {
        if (column >= 0 && model->headerData(r, Qt::Vertical).toString() == rowTitle)
            return model->item(r, column)->text();
    }
    return QStringLiteral("<no cell %1 / %2>").arg(rowTitle, userId);
}

void TestUiCompare::selectedPeopleSideBySide_data()
{
    QTest::addColumn<QString>("rowTitle");
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("expected");
    const auto average = [](QuestionType type) { return CompareDialog::tr("Average: %1").arg(EnumText::name(type)); };
    const auto competency
        = [](const char *key) { return CompareDialog::tr("Competency: %1").arg(QString::fromLatin1(key)); };
    const auto n = [](double v) { return QLocale().toString(v, 'f', 1); };
    const QString none = QStringLiteral("–");
    QTest::addRow("cat interviews") << CompareDialog::tr("Interviews") << u"cat"_s << QLocale().toString(2);
    QTest::addRow("cat average") << CompareDialog::tr("Average score") << u"cat"_s << n(6.7); // 20 / 3
    QTest::addRow("cat technical") << average(QuestionType::Technical) << u"cat"_s << n(7.5); // (8 + 7) / 2
    QTest::addRow("cat behavioral") << average(QuestionType::Behavioral) << u"cat"_s << n(5.0);
    QTest::addRow("cat coding") << competency("coding") << u"cat"_s << n(3.5); // (2·4 + 2·3) / 4
    QTest::addRow("cat design") << competency("design") << u"cat"_s << n(2.5); // (2 + 3) / 2
    QTest::addRow("cat recommendation") << CompareDialog::tr("Latest recommendation") << "cat"
                                        << EnumText::name(Recommendation::Yes);
    QTest::addRow("dan interviews") << CompareDialog::tr("Interviews") << u"dan"_s << QLocale().toString(1);
    QTest::addRow("dan average") << CompareDialog::tr("Average score") << u"dan"_s << none;
    QTest::addRow("dan technical") << average(QuestionType::Technical) << u"dan"_s << none;
    QTest::addRow("dan coding") << competency("coding") << u"dan"_s << n(1.0);
    QTest::addRow("dan design") << competency("design") << u"dan"_s << n(4.0);
    QTest::addRow("dan recommendation") << CompareDialog::tr("Latest recommendation") << "dan"
                                        << EnumText::name(Recommendation::No);
}

void TestUiCompare::selectedPeopleSideBySide()
{
    QFETCH(QString, rowTitle);
    QFETCH(QString, userId);
    QFETCH(QString, expected);
    CompareDialog *dialog = compareSelected({QStringLiteral("cat"), QStringLiteral("dan")});
    QVERIFY(dialog);
    QCOMPARE(dialog->model()->columnCount(), 2);
    QStringList headers;
    for (int c = 0; c < dialog->model()->columnCount(); ++c)
        headers.append(dialog->model()->headerData(c, Qt::Horizontal).toString());
    QVERIFY2(headers.contains(QStringLiteral("陈小猫 (cat)")), qPrintable(headers.join(u'|')));
    QVERIFY(headers.contains(QStringLiteral("dan")));
    // Interviews, average, two question types, two competencies, the recommendation.
    QCOMPARE(dialog->model()->rowCount(), 7);
    QCOMPARE(cell(dialog, rowTitle, userId), expected);
}

void TestUiCompare::chartShowsTheAverages()
{
    CompareDialog *dialog = compareSelected({QStringLiteral("cat"), QStringLiteral("dan")});
    QVERIFY(dialog);
    const QList<QAbstractSeries *> series = dialog->chart()->series();
    QCOMPARE(series.size(), 1);
    const QList<QBarSet *> sets = qobject_cast<QBarSeries *>(series.first())->barSets();
    QCOMPARE(sets.size(), 2);
    const bool catFirst = sets.at(0)->label() == QStringLiteral("陈小猫 (cat)");
    const QBarSet *cat = sets.at(catFirst ? 0 : 1);
    const QBarSet *dan = sets.at(catFirst ? 1 : 0);
    QCOMPARE(cat->label(), QStringLiteral("陈小猫 (cat)"));
    QCOMPARE(dan->label(), QStringLiteral("dan"));
    // Average, technical, behavioral.
    QCOMPARE(cat->count(), 3);
    QCOMPARE(cat->at(0), 6.7);
    QCOMPARE(cat->at(1), 7.5);
    QCOMPARE(cat->at(2), 5.0);
    QCOMPARE(dan->at(0), 0.0); // dan has no scores
}

void TestUiCompare::compareButtonNeedsTwoToTen()
{
    QVERIFY(openCandidates());
    QTRY_COMPARE(m_view->model()->rowCount(), 3);
    auto *compare = child<QPushButton>(m_view, QStringLiteral("compareButton"));
    clickRows({QStringLiteral("cat")});
    QVERIFY(!compare->isEnabled());
    clickRows({QStringLiteral("cat"), QStringLiteral("eve")});
    QVERIFY(compare->isEnabled());
    QTest::mouseClick(compare, Qt::LeftButton);
    QVERIFY(m_view->compareDialog());
    QStringList ids;
    for (const ComparisonRow &row : m_view->compareDialog()->rows())
        ids.append(row.candidate.userId);
    ids.sort();
    QCOMPARE(ids, (QStringList {u"cat"_s, u"eve"_s}));
}

void TestUiCompare::everyoneForAPosition()
{
    QVERIFY(openCandidates());
    QTRY_COMPARE(m_view->model()->rowCount(), 3);
    auto *position = child<QComboBox>(m_view, QStringLiteral("positionComboBox"));
    auto *button = child<QPushButton>(m_view, QStringLiteral("comparePositionButton"));
    QVERIFY(!button->isEnabled()); // all positions
    position->setFocus();
    const int index = position->findData(QStringLiteral("后端工程师"));
    QVERIFY(index > 0);
    while (position->currentIndex() < index)
        QTest::keyClick(position, Qt::Key_Down);
    QTRY_COMPARE(m_view->model()->rowCount(), 2);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    CompareDialog *dialog = m_view->compareDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->model()->columnCount(), 2);
    QStringList ids;
    for (const ComparisonRow &row : dialog->rows())
        ids.append(row.candidate.userId);
    ids.sort();
    QCOMPARE(ids, (QStringList {u"cat"_s, u"dan"_s}));
    QCOMPARE(cell(dialog, CompareDialog::tr("Average score"), QStringLiteral("cat")), QLocale().toString(6.7, 'f', 1));
}

void TestUiCompare::csvParsesBackToTheFigures()
{
    CompareDialog *dialog = compareSelected({QStringLiteral("cat"), QStringLiteral("dan")});
    QVERIFY(dialog);
    const QString path = QDir(m_db->dir()).filePath(QStringLiteral("comparison.csv"));
    FileActions::setFileChooser(
        [path](FileActions::Dialog, const QString &, const QString &, const QStringList &, QString *) { return path; });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("exportCsvButton")), Qt::LeftButton);
    QTRY_COMPARE(dialog->lastExportPath(), path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<QList<CsvRecord>> records = CsvReader::parse(file.readAll());
    QVERIFY(records);
    QCOMPARE(records->size(), 3);
    const QStringList header = records->at(0).fields;
    QCOMPARE(header,
             (QStringList {u"user_id"_s, u"display_name"_s, u"position"_s, u"sessions"_s, u"average_score"_s,
                           u"avg_technical"_s, u"avg_behavioral"_s, u"competency_coding"_s, u"competency_design"_s,
                           u"latest_recommendation"_s}));
    QMap<QString, QStringList> byId; // the rows in the dialog's order, which the list's order decides
    for (int r = 1; r < records->size(); ++r)
        byId.insert(records->at(r).fields.value(0), records->at(r).fields);
    QCOMPARE(byId.value(u"cat"_s),
             (QStringList {u"cat"_s, u"陈小猫"_s, u"后端工程师"_s, u"2"_s, u"6.7"_s, u"7.5"_s, u"5.0"_s, u"3.5"_s,
                           u"2.5"_s, u"yes"_s}));
    QCOMPARE(
        byId.value(u"dan"_s),
        (QStringList {u"dan"_s, u""_s, u"后端工程师"_s, u"1"_s, u""_s, u""_s, u""_s, u"1.0"_s, u"4.0"_s, u"no"_s}));
}

void TestUiCompare::pdfHoldsTheChineseName()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    CompareDialog *dialog = compareSelected({QStringLiteral("cat"), QStringLiteral("dan")});
    QVERIFY(dialog);
    const QString path = QDir(m_db->dir()).filePath(QStringLiteral("comparison.pdf"));
    FileActions::setFileChooser(
        [path](FileActions::Dialog, const QString &, const QString &, const QStringList &, QString *) { return path; });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("exportPdfButton")), Qt::LeftButton);
    QTRY_COMPARE(dialog->lastExportPath(), path);
    QVERIFY(QFile(path).size() > 0);
    QProcess process;
    process.start(pdftotext, {path, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("陈小猫")), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(3.5, 'f', 1)), qPrintable(text));
}

QTEST_MAIN(TestUiCompare)
#include "tst_uicompare.moc"
