// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseurl.h"

#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace ir {
namespace {

const QStringList SCHEMES {QStringLiteral("postgresql"), QStringLiteral("postgres")};
const QStringList SSL_MODES {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
                             QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

Error urlError(const QString &why)
{
    return Error::validation(QStringLiteral("database URL: ") + why);
}

// libpq's conninfo quotes a value in single quotes, backslash-escaping ' and \.
QString conninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

} // namespace

bool DatabaseUrl::isUrl(const QString &text)
{
    for (const QString &scheme : SCHEMES) {
        if (text.startsWith(scheme + QStringLiteral("://"), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    if (!isUrl(text))
        return urlError(QStringLiteral("it must start with postgresql://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return urlError(QStringLiteral("it is not a valid URL"));
    DatabaseUrl parsed;
    parsed.m_host = url.host(QUrl::FullyDecoded);
    parsed.m_user = url.userName(QUrl::FullyDecoded);
    parsed.m_password = url.password(QUrl::FullyDecoded);
    if (url.port() == 0)
        return urlError(QStringLiteral("the port must be 1 to 65535"));
    if (url.port() > 0)
        parsed.m_port = url.port();
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    if (path.contains(u'/'))
        return urlError(QStringLiteral("the path must be one database name"));
    parsed.m_database = path;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QStringLiteral("sslmode")) {
            if (!SSL_MODES.contains(value))
                return urlError(QStringLiteral("sslmode must be one of ") + SSL_MODES.join(QStringLiteral(", ")));
            parsed.m_sslMode = value;
        } else if (key == QStringLiteral("connect_timeout")) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 300)
                return urlError(QStringLiteral("connect_timeout must be 1 to 300 seconds"));
            parsed.m_connectTimeoutSeconds = seconds;
        } else if (key == QStringLiteral("application_name")) {
            parsed.m_applicationName = value;
        } else {
            return urlError(QStringLiteral("unknown parameter %1 (known: sslmode, connect_timeout, "
                                           "application_name)")
                                .arg(key));
        }
    }
    return parsed;
}

QString DatabaseUrl::redacted() const
{
    const auto encoded = [](const QString &part) { return QString::fromLatin1(QUrl::toPercentEncoding(part)); };
    QString text = QStringLiteral("postgresql://");
    if (!m_user.isEmpty() || !m_password.isEmpty())
        text += encoded(m_user) + (m_password.isEmpty() ? QString() : QStringLiteral(":***")) + u'@';
    text += m_host.contains(u':') ? u'[' + m_host + u']' : m_host;
    if (m_port != 5432)
        text += u':' + QString::number(m_port);
    if (!m_database.isEmpty())
        text += u'/' + encoded(m_database);
    if (!m_sslMode.isEmpty())
        text += QStringLiteral("?sslmode=") + m_sslMode;
    return text;
}

void DatabaseUrl::applyTo(QSqlDatabase &db) const
{
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setUserName(m_user);
    db.setPassword(m_password);
    db.setDatabaseName(m_database);
    QStringList options {QStringLiteral("connect_timeout=%1").arg(m_connectTimeoutSeconds),
                         QStringLiteral("application_name=") + conninfoValue(m_applicationName)};
    if (!m_sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + m_sslMode;
    db.setConnectOptions(options.join(u';'));
}

} // namespace ir
