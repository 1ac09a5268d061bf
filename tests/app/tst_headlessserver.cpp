// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The headless server through the real binary where no display exists (issue 15): the PDF
// export over HTTP with the Chinese text in it, the version in /health and /openapi.json, and
// a clean stop on SIGTERM (what systemd sends).
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

const QString API_KEY = u"headless-test-key-0123456789"_s;

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// What pdftotext reads in a PDF (the text layer: with the CJK font embedded, the Chinese too).
QString pdfText(const QByteArray &pdf)
{
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, u"-"_s, u"-"_s});
    if (!pdftotext.waitForStarted())
        return {};
    pdftotext.write(pdf);
    pdftotext.closeWriteChannel();
    pdftotext.waitForFinished(30000);
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

} // namespace

class TestHeadlessServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pdfVersionAndStop_data();
    void pdfVersionAndStop();

private:
    Reply request(const QByteArray &method, const QString &path, const QJsonObject &body = {});

    QNetworkAccessManager m_network;
    QString m_base;
};

Reply TestHeadlessServer::request(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    QNetworkRequest request(QUrl(m_base + path));
    request.setRawHeader("Authorization", "Bearer " + API_KEY.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(
        request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(30000))
        qWarning("no reply to %s %s", method.constData(), qPrintable(path));
    Reply result {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return result;
}

void TestHeadlessServer::pdfVersionAndStop_data()
{
    QTest::addColumn<QString>("display"); // "": none at all
    QTest::addColumn<QString>("language"); // the window's setting; "": follow the system (C here)
    QTest::addColumn<QString>("label"); // a label of the report in that language
    // Before: the headless server answered format=pdf with 400 ("only available while the
    // desktop window runs the server").
    QTest::addRow("no display at all") << QString() << QString() << u"Candidate"_s;
    // The server never tries X: a DISPLAY that leads nowhere changes nothing.
    QTest::addRow("a DISPLAY that does not exist") << u":97"_s << QString() << u"Candidate"_s;
    // The report in the language chosen in the window's settings, as the window writes it.
    QTest::addRow("Chinese chosen in the settings") << QString() << u"zh_CN"_s << u"候选人"_s;
}

void TestHeadlessServer::pdfVersionAndStop()
{
    QFETCH(QString, display);
    QFETCH(QString, language);
    QFETCH(QString, label);
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QTemporaryDir home;
    QVERIFY(home.isValid());

    QProcess server;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XAUTHORITY"})
        environment.remove(QString::fromLatin1(name));
    if (!display.isEmpty())
        environment.insert(u"DISPLAY"_s, display);
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"LANGUAGE"_s, QString()); // the system's language: C.UTF-8 (CTest's)
    server.setProcessEnvironment(environment);
    if (!language.isEmpty()) {
        QSettings settings(home.filePath(u"config/InterviewRecorder/interview-recorder.conf"_s), QSettings::IniFormat);
        settings.setValue(u"ui/language"_s, language);
    }
    server.start(QStringLiteral(IR_APP_BINARY),
                 {u"--headless"_s, u"--port=0"_s, u"--api-key"_s, API_KEY, u"--data-dir"_s, home.filePath(u"db"_s)});
    QVERIFY(server.waitForStarted());
    const QRegularExpression listening(u"listening on (http://[^ ]+) "_s);
    QString out;
    QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(server.readAllStandardOutput()),
                              listening.match(out).hasMatch() || server.state() == QProcess::NotRunning),
                             30000);
    QVERIFY2(server.state() == QProcess::Running, qPrintable(QString::fromUtf8(server.readAllStandardError())));
    m_base = listening.match(out).captured(1);

    // The version of CMake's project(VERSION), given to this test on its own.
    const Reply health = request("GET", u"/health"_s);
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json().value(u"stats"_s).toObject().value(u"version"_s).toString(),
             QStringLiteral(IR_PROJECT_VERSION));
    const Reply openapi = request("GET", u"/openapi.json"_s);
    QCOMPARE(openapi.status, 200);
    QCOMPARE(openapi.json().value(u"info"_s).toObject().value(u"version"_s).toString(),
             QStringLiteral(IR_PROJECT_VERSION));

    const Reply created = request("POST", u"/interview/sessions"_s,
                                  {{u"user_id"_s, u"candidate_01"_s}, {u"session_name"_s, u"后端工程师一面"_s}});
    QVERIFY2(created.status == 200 || created.status == 201, created.body.constData());
    const QString sessionId = created.json().value(u"session_id"_s).toString();
    QVERIFY(!sessionId.isEmpty());
    const Reply added = request("POST", u"/dify/interview/add-qa"_s,
                                {{u"session_id"_s, sessionId},
                                 {u"question_text"_s, u"进程和线程的区别是什么"_s},
                                 {u"question_type"_s, u"technical"_s},
                                 {u"candidate_answer"_s, u"进程是资源分配的单位，线程是调度的单位"_s},
                                 {u"interviewer_feedback"_s, u"回答全面"_s},
                                 {u"overall_score"_s, 8}});
    QVERIFY2(added.status == 200 || added.status == 201, added.body.constData());

    const Reply pdf = request("GET", u"/sessions/"_s + sessionId + u"/export?format=pdf"_s);
    QVERIFY2(pdf.status == 200, pdf.body.left(300).constData());
    QVERIFY(pdf.body.startsWith("%PDF-"));
    const QString text = pdfText(pdf.body);
    // The CJK font is embedded: the Chinese comes back as text, not as boxes or nothing.
    QVERIFY2(text.contains(u"进程和线程的区别是什么"_s), qPrintable(text.left(500)));
    QVERIFY2(text.contains(u"后端工程师一面"_s), qPrintable(text.left(500)));
    QVERIFY2(text.contains(label), qPrintable(text.left(500)));

    // What systemd sends to stop the service: a clean exit, code 0.
    ::kill(pid_t(server.processId()), SIGTERM);
    QVERIFY(server.waitForFinished(30000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
    QVERIFY(QString::fromUtf8(server.readAllStandardError()).contains(u"signal 15, stopping"_s));

    // The same report from the file command, in the same environment (no display).
    QProcess cli;
    cli.setProcessEnvironment(environment);
    const QString file = home.filePath(u"report.pdf"_s);
    cli.start(QStringLiteral(IR_APP_BINARY),
              {u"export"_s, u"--session"_s, sessionId, u"--format"_s, u"pdf"_s, u"--output"_s, file, u"--data-dir"_s,
               home.filePath(u"db"_s)});
    QVERIFY(cli.waitForFinished(30000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QString cliText = pdfText(written.readAll());
    QVERIFY2(cliText.contains(u"进程和线程的区别是什么"_s), qPrintable(cliText.left(500)));
    QVERIFY2(cliText.contains(label), qPrintable(cliText.left(500)));
}

QTEST_GUILESS_MAIN(TestHeadlessServer)
#include "tst_headlessserver.moc"
