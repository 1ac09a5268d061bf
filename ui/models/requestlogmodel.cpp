// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestlogmodel.h"

#include <QUrl>

#include <QDateTime>
#include <QLocale>

namespace ir::ui {
namespace {

const QString MCP_METHOD = QStringLiteral("MCP");

} // namespace

RequestLogModel::RequestLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

RequestLogModel::~RequestLogModel() = default;

void RequestLogModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestLogEntry &e = m_entries.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Status || index.column() == Elapsed)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    // The whole request on every cell: in a narrow panel the path column is the one that shrinks.
    if (role == Qt::ToolTipRole) {
        // An MCP line names the tool an AI agent called (or the protocol method), not a path.
        if (e.method == MCP_METHOD)
            return tr("MCP (AI agent): %1").arg(e.path);
        return QString(e.method + u' ' + e.path);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Time:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.timeMs).time(), QStringLiteral("HH:mm:ss"));
    case Method:
        return e.method;
    case Path:
        return e.path;
    case Status:
        return e.status;
    case ErrorCode:
        return e.errorCode;
    case Elapsed:
        return QLocale().toString(e.elapsedMs, 'f', 1);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Method:
        return tr("Method");
    case Path:
        return tr("Path");
    case Status:
        return tr("Status");
    case ErrorCode:
        return tr("Error");
    case Elapsed:
        return tr("ms");
    case ColumnCount:
        break;
    }
    return {};
}

void RequestLogModel::append(const RequestLogEntry &entry)
{
    if (m_entries.size() >= MAX_ENTRIES) {
        beginRemoveRows({}, 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries << entry;
    endInsertRows();
}

void RequestLogModel::forget(const QStringList &names)
{
    const auto namesAny = [&names](const QString &path) {
        for (const QString &segment : path.split(u'/', Qt::SkipEmptyParts)) {
            const QString decoded = QUrl::fromPercentEncoding(segment.toUtf8());
            if (names.contains(segment) || names.contains(decoded))
                return true;
        }
        return false;
    };
    for (qsizetype row = m_entries.size() - 1; row >= 0; --row) {
        if (!namesAny(m_entries.at(row).path))
            continue;
        beginRemoveRows({}, int(row), int(row));
        m_entries.removeAt(row);
        endRemoveRows();
    }
}

void RequestLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

} // namespace ir::ui
