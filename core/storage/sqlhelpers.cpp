// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlhelpers.h"

#include "database.h"
#include "dialect.h"
#include "statementcache.h"
#include "storagehealth.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcStorage, "ir.storage")

namespace ir::sql {
namespace {

thread_local StatementObserver t_observer;

} // namespace

Statement::Statement(const QSqlDatabase &db, const QString &sql)
    : m_dialect(&Dialect::of(db))
    , m_cache(Database::statementCache(db))
{
    if (m_cache)
        m_query = m_cache->acquire(db, sql);
    if (m_query) {
        m_prepared = true;
        return;
    }
    m_cache = nullptr;
    m_query = &m_own.emplace(db);
    m_query->setForwardOnly(true);
    m_prepared = m_query->prepare(sql);
    if (!m_prepared) {
        qCWarning(lcStorage) << "prepare failed:" << m_query->lastError().text();
        StorageHealth::noteFailure(*m_query);
    }
}

Statement::~Statement()
{
    if (m_cache)
        m_cache->release(m_query);
}

bool Statement::exec(const QVariantList &values)
{
    if (!m_prepared)
        return false;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (value.metaType() == QMetaType::fromType<Instant>())
            m_query->bindValue(int(i), m_dialect->time(value.value<Instant>().epochMs));
        else
            m_query->bindValue(int(i), m_dialect->bindable(value));
    }
    if (t_observer)
        t_observer(m_query->lastQuery(), values);
    if (!m_query->exec()) {
        qCWarning(lcStorage) << "query failed:" << m_query->lastError().text();
        StorageHealth::noteFailure(*m_query);
        return false;
    }
    return true;
}

bool run(QSqlQuery &query, const QString &statement, const QVariantList &values)
{
    if (!query.prepare(statement)) {
        qCWarning(lcStorage) << "prepare failed:" << query.lastError().text();
        StorageHealth::noteFailure(query);
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcStorage) << "query failed:" << query.lastError().text();
        StorageHealth::noteFailure(query);
        return false;
    }
    return true;
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant instant(qint64 epochMs)
{
    return QVariant::fromValue(Instant {epochMs});
}

QVariant instant(const std::optional<qint64> &epochMs)
{
    return epochMs ? instant(*epochMs) : QVariant(QMetaType::fromType<qint64>());
}

qint64 epochMs(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toMSecsSinceEpoch();
    return value.toLongLong();
}

std::optional<qint64> optionalEpochMs(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return epochMs(value);
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullable(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

std::optional<qint64> optionalInt64(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

std::optional<double> optionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

QString likePattern(const QString &substring)
{
    QString escaped = substring;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

bool readFailed(const QSqlQuery &query)
{
    if (!query.lastError().isValid())
        return false;
    qCWarning(lcStorage) << "read failed:" << query.lastError().text();
    return true;
}

void setStatementObserver(StatementObserver observer)
{
    t_observer = std::move(observer);
}

} // namespace ir::sql
