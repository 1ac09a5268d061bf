// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"
#include "serverfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace ir;
using namespace ir::test;

// GET /sessions/{session_id}/export against the live server (text formats; the PDF renderer
// needs QtGui and is tested with the export library).
class TestHttpExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void formats_data();
    void formats();
    void byteOrderMarkCanBeSwitchedOff();
    void errors_data();
    void errors();
    void documentedInOpenApi();
    void absentWithoutAnExporter();

private:
    std::unique_ptr<ServerFixture> m_server;
    std::unique_ptr<Exporter> m_exporter;
    QString m_sessionId;
};

void TestHttpExport::init()
{
    m_server = std::make_unique<ServerFixture>();
    m_exporter = std::make_unique<Exporter>(m_server->db().service());
    http::ApiServerConfig config;
    config.exporter = m_exporter.get();
    QVERIFY(m_server->start(false, config));
    m_sessionId = m_server->createSession(3);
}

void TestHttpExport::cleanup()
{
    m_server.reset();
    m_exporter.reset();
}

void TestHttpExport::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("marker");
    QTest::addRow("md") << QStringLiteral("md") << QByteArray("text/markdown") << QByteArray("# ");
    QTest::addRow("html") << QStringLiteral("html") << QByteArray("text/html") << QByteArray("<svg");
    QTest::addRow("csv") << QStringLiteral("csv") << QByteArray("text/csv") << QByteArray("\xEF\xBB\xBF");
    QTest::addRow("json") << QStringLiteral("json") << QByteArray("application/json")
                          << QByteArray("interview-recorder-export");
    QTest::addRow("default json") << QString() << QByteArray("application/json")
                                  << QByteArray("interview-recorder-export");
}

void TestHttpExport::formats()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, marker);
    const QString query = format.isEmpty() ? QString() : QStringLiteral("?format=") + format;
    const HttpResult reply
        = m_server->client().get(QStringLiteral("/sessions/") + m_sessionId + QStringLiteral("/export") + query);
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.header("Content-Type").startsWith(contentType), reply.header("Content-Type").constData());
    const QByteArray extension = format.isEmpty() ? QByteArray("json") : format.toUtf8();
    QCOMPARE(reply.header("Content-Disposition"),
             QByteArray("attachment; filename=\"") + m_sessionId.toUtf8() + '.' + extension + '"');
    QVERIFY2(reply.body.contains(marker), reply.body.left(200).constData());
    QVERIFY(reply.body.contains(QByteArray("Python开发工程师面试")) || format == QStringLiteral("csv"));
    QCOMPARE(reply.header("X-Content-Type-Options"), QByteArray("nosniff"));
}

void TestHttpExport::byteOrderMarkCanBeSwitchedOff()
{
    const QString path = QStringLiteral("/sessions/") + m_sessionId + QStringLiteral("/export?format=csv");
    const HttpResult withBom = m_server->client().get(path);
    const HttpResult without = m_server->client().get(path + QStringLiteral("&bom=false"));
    QVERIFY(withBom.body.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(without.status, 200);
    QVERIFY(!without.body.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(withBom.body.mid(3), without.body);
}

void TestHttpExport::errors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("details");
    QTest::addRow("unknown session") << QStringLiteral("/sessions/session_20250101_000000_deadbeef/export?format=md")
                                     << 404 << QStringLiteral("SESSION_NOT_FOUND") << QStringLiteral("session_id");
    QTest::addRow("unknown format") << QStringLiteral("/sessions/{id}/export?format=docx") << 400
                                    << QStringLiteral("VALIDATION_ERROR") << QStringLiteral("format");
    QTest::addRow("pdf without renderer") << QStringLiteral("/sessions/{id}/export?format=pdf") << 400
                                          << QStringLiteral("VALIDATION_ERROR") << QStringLiteral("format: pdf");
    QTest::addRow("bad bom") << QStringLiteral("/sessions/{id}/export?format=csv&bom=maybe") << 400
                             << QStringLiteral("VALIDATION_ERROR") << QStringLiteral("bom");
}

void TestHttpExport::errors()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, details);
    const HttpResult reply = m_server->client().get(QString(path).replace(QStringLiteral("{id}"), m_sessionId));
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json.value(QStringLiteral("success")).toBool(true), false);
    QCOMPARE(reply.json.value(QStringLiteral("error_code")).toString(), code);
    QVERIFY2(reply.json.value(QStringLiteral("details")).toString().contains(details), reply.body.constData());
}

void TestHttpExport::documentedInOpenApi()
{
    const HttpResult reply = m_server->client().get(QStringLiteral("/openapi.json"));
    QCOMPARE(reply.status, 200);
    const QJsonObject operation = reply.json.value(QStringLiteral("paths"))
                                      .toObject()
                                      .value(QStringLiteral("/sessions/{session_id}/export"))
                                      .toObject()
                                      .value(QStringLiteral("get"))
                                      .toObject();
    QCOMPARE(operation.value(QStringLiteral("operationId")).toString(), QStringLiteral("exportSession"));
    const QJsonObject content = operation.value(QStringLiteral("responses"))
                                    .toObject()
                                    .value(QStringLiteral("200"))
                                    .toObject()
                                    .value(QStringLiteral("content"))
                                    .toObject();
    QVERIFY(content.contains(QStringLiteral("application/pdf")));
    QVERIFY(content.keys().size() >= 5);
    QStringList parameters;
    for (const QJsonValue &parameter : operation.value(QStringLiteral("parameters")).toArray())
        parameters << parameter.toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(parameters, (QStringList {QStringLiteral("session_id"), QStringLiteral("format"), QStringLiteral("bom")}));
}

void TestHttpExport::absentWithoutAnExporter()
{
    ServerFixture plain;
    QVERIFY(plain.start());
    const HttpResult reply = plain.client().get(QStringLiteral("/sessions/x/export?format=md"));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json.value(QStringLiteral("error_code")).toString(), QStringLiteral("NOT_FOUND"));
}

QTEST_GUILESS_MAIN(TestHttpExport)
#include "tst_httpexport.moc"
