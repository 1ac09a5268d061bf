// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlogmodel.h"

#include "enumtext.h"
#include "interviewservice.h"
#include "timetext.h"

#include <QLocale>
#include <QTimer>

namespace ir::ui {

AuditLogModel::AuditLogModel(InterviewService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{ }

void AuditLogModel::reload()
{
    m_resetting = true;
    beginResetModel();
    m_entries.clear();
    m_total = 0;
    m_pagesRead = 0;
    m_error.clear();
    endResetModel();
    m_resetting = false;
    fetchMore({});
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == CountColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return momentText(e.at);
    case ActionColumn:
        return EnumText::name(e.action);
    case ActorColumn:
        return EnumText::name(e.actor);
    case SubjectColumn:
        return e.subject;
    case CountColumn:
        return QLocale().toString(e.count);
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActionColumn:
        return tr("Action");
    case ActorColumn:
        return tr("By");
    case SubjectColumn:
        return tr("Subject");
    case CountColumn:
        return tr("Count");
    default:
        return {};
    }
}

Qt::ItemFlags AuditLogModel::flags(const QModelIndex &index) const
{
    // Selectable to copy a subject, never editable.
    return index.isValid() ? Qt::ItemIsSelectable | Qt::ItemIsEnabled : Qt::NoItemFlags;
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_error.isEmpty() && (m_pagesRead == 0 || m_entries.size() < m_total);
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // A view asks for more from inside the reset (its rows are none): the first page follows it.
    if (m_resetting)
        return;
    if (m_inserting) {
        // Asked by a view from inside the rows being inserted: after them, not nested.
        QTimer::singleShot(0, this, [this] { fetchMore({}); });
        return;
    }
    const Result<Page<AuditEntry>> read = m_service.auditLog(m_pagesRead + 1, m_pageSize);
    if (!read) {
        m_error = read.error().details.isEmpty() ? read.error().message : read.error().details;
        Q_EMIT loaded();
        return;
    }
    ++m_pagesRead;
    m_total = read->total;
    if (read->items.isEmpty()) {
        m_total = m_entries.size(); // entries went meanwhile: nothing more to fetch
    } else {
        const int first = int(m_entries.size());
        m_inserting = true;
        beginInsertRows({}, first, first + int(read->items.size()) - 1);
        m_entries.append(read->items);
        endInsertRows();
        m_inserting = false;
    }
    Q_EMIT loaded();
}

} // namespace ir::ui
