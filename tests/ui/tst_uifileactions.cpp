// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasebackup.h"
#include "exporter.h"
#include "fakeservercontrol.h"
#include "fileactions.h"
#include "jsonimporter.h"
#include "languages.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "pdfexporter.h"
#include "serviceclient.h"
#include "sessionbrowser.h"
#include "sessiontablemodel.h"
#include "sessionview.h"
#include "tempdatabase.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <memory>

using namespace ir;
using namespace ir::ui;
using namespace Qt::StringLiterals;

// File → Export, Export Sessions, Import and Back Up, driven through the window's actions with
// the file dialog pre-answered.
class TestUiFileActions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings();
        // English as shipped (its plural forms: "1 session", "2 sessions").
        QVERIFY(m_languages.install(QStringLiteral("en")));
    }
    void init();
    void cleanup();

    void actionsNeedFileServicesAndASession();
    void exportsTheOpenSession_data();
    void exportsTheOpenSession();
    void exportFailureIsReported();
    void exportWritesTheFormatTheNameSays_data();
    void exportWritesTheFormatTheNameSays();
    void savedExportSaysWhereAndOpensItsFolder();
    void bulkExportThenImportRestoresASession();
    void invalidImportChangesNothing();
    void backupWritesAVerifiedCopy();
    void teamBackupIsAJsonExport();

private:
    void answerFileDialog(const QString &path, const QString &filter = {});
    // Answers the next real QFileDialog as a person would (from inside its event loop).
    void driveFileDialog(std::function<void(QFileDialog *)> act);
    void enableFiles();
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }

    Languages m_languages;
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<test::FakeServerControl> m_server;
    std::unique_ptr<Exporter> m_exporter;
    std::unique_ptr<ServiceClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_out;
    Session m_session;
};

void TestUiFileActions::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->isValid());
    m_session = m_db->createSession(QStringLiteral("cand_7"));
    m_db->addQuestion(m_session.sessionId, QStringLiteral("请解释Python的装饰器机制，并给出一个实际应用示例。"), 9.0);
    m_db->addQuestion(m_session.sessionId, QStringLiteral("描述一个你负责的复杂项目"), 8.5);
    m_server = std::make_unique<test::FakeServerControl>();
    m_exporter = std::make_unique<Exporter>(m_db->service(), PdfExporter::renderer());
    m_client = std::make_unique<ServiceClient>(m_db->service(), m_db->writer());
    m_window = std::make_unique<MainWindow>(*m_client, *m_server, m_db->clock(), nullptr);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestUiFileActions::cleanup()
{
    FileActions::setFileChooser({});
    FileActions::setFolderOpener({});
    m_window.reset();
    m_client.reset();
    m_exporter.reset();
    m_server.reset();
    m_db.reset();
}

void TestUiFileActions::answerFileDialog(const QString &path, const QString &filter)
{
    FileActions::setFileChooser(
        [path, filter](FileActions::Dialog, const QString &, const QString &, const QStringList &, QString *selected) {
            if (!filter.isEmpty())
                *selected = filter;
            return path;
        });
}

void TestUiFileActions::driveFileDialog(std::function<void(QFileDialog *)> act)
{
    auto *poll = new QTimer(this);
    poll->setInterval(20);
    connect(poll, &QTimer::timeout, this, [poll, act = std::move(act)] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        act(dialog);
    });
    poll->start();
}

void TestUiFileActions::enableFiles()
{
    test::TempDatabase *db = m_db.get();
    m_window->setFileServices(FileServices {
        m_exporter.get(),
        // As the app wires it: on the one writer.
        [db](QObject *context, const QString &path, FileServices::ImportDone done) {
            db->writer().call<ImportReport>(
                context, [db, path] { return JsonImporter::importFile(db->database(), path); }, std::move(done));
        },
        [db](const QString &path) { return DatabaseBackup::write(db->database(), path); },
    });
}

void TestUiFileActions::actionsNeedFileServicesAndASession()
{
    for (const char *name : {"exportAction", "exportSessionsAction", "importAction", "backupAction"})
        QVERIFY2(!action(name)->isEnabled(), name);
    enableFiles();
    QVERIFY(!action("exportAction")->isEnabled()); // no session open yet
    QVERIFY(action("exportSessionsAction")->isEnabled());
    QVERIFY(action("importAction")->isEnabled());
    QVERIFY(action("backupAction")->isEnabled());
    m_window->sessionBrowser()->selectSession(m_session.sessionId);
    QVERIFY(action("exportAction")->isEnabled());
    QCOMPARE(action("exportAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
}

void TestUiFileActions::exportsTheOpenSession_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("markdown") << ExportFormat::Markdown << QByteArray("描述一个你负责的复杂项目");
    QTest::addRow("html") << ExportFormat::Html << QByteArray("<svg");
    QTest::addRow("csv") << ExportFormat::Csv << QByteArray("\xEF\xBB\xBF");
    QTest::addRow("json") << ExportFormat::Json << QByteArray("\"cand_7\"");
}

void TestUiFileActions::exportsTheOpenSession()
{
    QFETCH(ExportFormat, format);
    QFETCH(QByteArray, expected);
    enableFiles();
    m_window->sessionBrowser()->selectSession(m_session.sessionId);
    // A name typed without an extension gets the chosen format's.
    const QString typed = m_out.filePath(QStringLiteral("report-") + exportformat::wireName(format));
    answerFileDialog(typed, exportformat::fileDialogFilter(format));
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QFile file(typed + u'.' + exportformat::fileExtension(format));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray content = file.readAll();
    QVERIFY2(content.contains(expected), content.left(300).constData());
    if (format == ExportFormat::Csv)
        QVERIFY(content.startsWith(expected));
    // The folder and the format are remembered for next time.
    QCOMPARE(QSettings().value(QStringLiteral("files/lastExportFormat")).toString(), exportformat::wireName(format));
    QCOMPARE(QSettings().value(QStringLiteral("files/lastFolder")).toString(), m_out.path());
}

void TestUiFileActions::exportFailureIsReported()
{
    enableFiles();
    m_window->sessionBrowser()->selectSession(m_session.sessionId);
    // A folder that cannot exist: its parent is a regular file (refused even for root).
    const QString blocker = m_out.filePath(QStringLiteral("plain-file"));
    QFile plain(blocker);
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    answerFileDialog(blocker + QStringLiteral("/report.md"), exportformat::fileDialogFilter(ExportFormat::Markdown));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action("exportAction")->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("could not be exported")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(!QFile::exists(blocker + QStringLiteral("/report.md")));
}

void TestUiFileActions::exportWritesTheFormatTheNameSays_data()
{
    QTest::addColumn<ExportFormat>("filter"); // what "Files of type" shows
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("written");
    QTest::addColumn<QByteArray>("start");
    QTest::addRow("pdf named, markdown filter")
        << ExportFormat::Markdown << u"li_wei.pdf"_s << u"li_wei.pdf"_s << QByteArray("%PDF-");
    QTest::addRow("html named, csv filter")
        << ExportFormat::Csv << u"li_wei.html"_s << u"li_wei.html"_s << QByteArray("<!DOCTYPE html>");
    QTest::addRow("HTM named, json filter")
        << ExportFormat::Json << u"li_wei.HTM"_s << u"li_wei.HTM"_s << QByteArray("<!DOCTYPE html>");
    QTest::addRow("no extension, json filter")
        << ExportFormat::Json << u"li_wei"_s << u"li_wei.json"_s << QByteArray("{");
    QTest::addRow("unknown extension, markdown filter")
        << ExportFormat::Markdown << u"li_wei.txt"_s << u"li_wei.txt.md"_s << QByteArray("# ");
}

// The real file dialog: the name it offers, a filter chosen with the keyboard, a name typed over it.
void TestUiFileActions::exportWritesTheFormatTheNameSays()
{
    QFETCH(ExportFormat, filter);
    QFETCH(QString, typed);
    QFETCH(QString, written);
    QFETCH(QByteArray, start);
    enableFiles();
    m_window->sessionBrowser()->selectSession(m_session.sessionId);
    QSettings().setValue(QStringLiteral("files/lastFolder"), m_out.path());
    QSettings().setValue(QStringLiteral("files/lastExportFormat"), QStringLiteral("json"));
    const QString date = QDateTime::fromMSecsSinceEpoch(m_session.createdAt).toString(QStringLiteral("yyyy-MM-dd"));
    QString offered;
    QString offeredAfterFilter;
    driveFileDialog([&](QFileDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        auto *types = dialog->findChild<QComboBox *>(QStringLiteral("fileTypeCombo"));
        if (!name || !types) {
            dialog->reject();
            return;
        }
        offered = name->text();
        const int wanted = types->findText(exportformat::fileDialogFilter(filter));
        while (types->currentIndex() > wanted)
            QTest::keyClick(types, Qt::Key_Up);
        while (types->currentIndex() < wanted)
            QTest::keyClick(types, Qt::Key_Down);
        offeredAfterFilter = name->text();
        name->selectAll();
        QTest::keyClicks(name, typed);
        QTest::keyClick(name, Qt::Key_Return);
    });
    action("exportAction")->trigger();
    QCOMPARE(offered, u"cand_7_Python开发工程师面试_"_s + date + u".json"_s);
    QCOMPARE(offeredAfterFilter, u"cand_7_Python开发工程师面试_"_s + date + u'.' + exportformat::fileExtension(filter));
    QFile file(m_out.filePath(written));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(QDir(m_out.path()).entryList(QDir::Files).join(u", ")));
    QVERIFY2(file.read(start.size()) == start, qPrintable(written));
}

void TestUiFileActions::savedExportSaysWhereAndOpensItsFolder()
{
    enableFiles();
    m_window->sessionBrowser()->selectSession(m_session.sessionId);
    QList<QUrl> opened;
    FileActions::setFolderOpener([&opened](const QUrl &folder) {
        opened << folder;
        return true;
    });
    const QString path = m_out.filePath(QStringLiteral("李伟 report.md"));
    answerFileDialog(path, exportformat::fileDialogFilter(ExportFormat::Markdown));
    action("exportAction")->trigger();
    QVERIFY(QFile::exists(path));
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("exportSavedLabel"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QDir::toNativeSeparators(path)), qPrintable(label->text()));
    auto *openFolder = m_window->findChild<QPushButton *>(QStringLiteral("openFolderButton"));
    QVERIFY(openFolder);
    QVERIFY(openFolder->isVisible());
    QVERIFY(opened.isEmpty()); // nothing opens by itself
    QTest::mouseClick(openFolder, Qt::LeftButton);
    QCOMPARE(opened, QList<QUrl> {QUrl::fromLocalFile(m_out.path())});

    // The next export replaces the notice; the bulk export announces itself too.
    const QString all = m_out.filePath(QStringLiteral("all.csv"));
    answerFileDialog(all, exportformat::fileDialogFilter(ExportFormat::Csv));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action("exportSessionsAction")->trigger();
    QVERIFY2(label->text().contains(QDir::toNativeSeparators(all)), qPrintable(label->text()));
    QCOMPARE(m_window->findChildren<QLabel *>(QStringLiteral("exportSavedLabel")).size(), 1);

    // It speaks the language chosen after it appeared.
    const QLocale locale;
    {
        Languages languages;
        QVERIFY(languages.install(QStringLiteral("zh_CN")));
        QTRY_VERIFY2(label->text().startsWith(u"已导出到 "_s), qPrintable(label->text()));
        QCOMPARE(openFolder->text(), u"打开文件夹"_s);
        QVERIFY(languages.install(QStringLiteral("en")));
        QTRY_VERIFY2(label->text().startsWith(u"Exported to "_s), qPrintable(label->text()));
    }
    QLocale::setDefault(locale);
}

void TestUiFileActions::bulkExportThenImportRestoresASession()
{
    enableFiles();
    const Session other = m_db->createSession(QStringLiteral("cand_8"));
    QTRY_VERIFY(m_window->sessionBrowser()->model()->rowOf(other.sessionId) >= 0);
    const QString path = m_out.filePath(QStringLiteral("all.json"));
    answerFileDialog(path, exportformat::fileDialogFilter(ExportFormat::Json));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action("exportSessionsAction")->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Exported 2 sessions with 2 questions")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(QFile::exists(path));

    QVERIFY(m_db->service().deleteSession(m_session.sessionId));
    QTRY_COMPARE(m_window->sessionBrowser()->model()->rowCount(), 1);
    answerFileDialog(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action("importAction")->trigger();
    // The import runs on the writer; one at a time.
    QVERIFY(m_window->fileActions()->isImporting());
    QVERIFY(!action("importAction")->isEnabled());
    QTRY_VERIFY(!m_window->fileActions()->isImporting());
    QVERIFY(action("importAction")->isEnabled());
    const QString report = MessageBox::lastText();
    QVERIFY2(report.contains(QStringLiteral("Imported 1 session")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("with 2 questions")), qPrintable(report));
    QVERIFY2(report.contains(other.sessionId), qPrintable(report)); // skipped: still there
    // Imported rows reach the window without change signals: it reloads.
    QCOMPARE(m_window->sessionBrowser()->model()->rowCount(), 2);
    QCOMPARE(m_db->service().session(m_session.sessionId)->totalQuestions, 2);
}

void TestUiFileActions::invalidImportChangesNothing()
{
    enableFiles();
    const QString path = m_out.filePath(QStringLiteral("broken.json"));
    QFile broken(path);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"sessions\": [");
    broken.close();
    answerFileDialog(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action("importAction")->trigger();
    QTRY_VERIFY(!m_window->fileActions()->isImporting());
    QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("Nothing was imported")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(*m_db->service().countSessions({}), 1);
}

void TestUiFileActions::backupWritesAVerifiedCopy()
{
    enableFiles();
    const QString path = m_out.filePath(QStringLiteral("copy.db"));
    answerFileDialog(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action("backupAction")->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("verified")), qPrintable(MessageBox::lastText()));
    Database copy(path, Database::Options {1000, true});
    QVERIFY(copy.open());
    InterviewService readBack(copy, m_db->clock());
    QCOMPARE(readBack.session(m_session.sessionId)->totalQuestions, 2);
}

// Team mode: Back Up writes the JSON export (app/ hands over writeBackup), so the window offers
// a .json file and says what it wrote, not that an SQLite copy was verified.
void TestUiFileActions::teamBackupIsAJsonExport()
{
    QString written;
    m_window->setFileServices(FileServices {
        m_exporter.get(),
        {},
        [&written](const QString &path) -> Status {
            written = path;
            return Done {};
        },
        true,
    });
    QString suggested;
    QStringList filters;
    const QString path = m_out.filePath(QStringLiteral("team.json"));
    FileActions::setFileChooser(
        [&](FileActions::Dialog, const QString &, const QString &proposed, const QStringList &offered, QString *) {
            suggested = proposed;
            filters = offered;
            return path;
        });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action("backupAction")->trigger();
    QVERIFY2(suggested.endsWith(QStringLiteral(".json")), qPrintable(suggested));
    QCOMPARE(filters, QStringList {QStringLiteral("JSON export (*.json)")});
    QCOMPARE(written, path);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("JSON")), qPrintable(MessageBox::lastText()));
    QVERIFY(!MessageBox::lastText().contains(QStringLiteral("verified")));
}

QTEST_MAIN(TestUiFileActions)
#include "tst_uifileactions.moc"
