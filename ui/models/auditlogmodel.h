// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "candidate.h"

#include <QAbstractTableModel>

namespace ir {
class InterviewService;
} // namespace ir

namespace ir::ui {

// The audit log (InterviewService::auditLog), newest first, read a page at a time as the view
// scrolls (canFetchMore/fetchMore). Read-only: the log is append-only and nothing here edits it.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column { TimeColumn, ActionColumn, ActorColumn, SubjectColumn, CountColumn, ColumnCount };

    explicit AuditLogModel(InterviewService &service, QObject *parent = nullptr);

    void setPageSize(int pageSize) { m_pageSize = std::max(1, pageSize); }
    int pageSize() const { return m_pageSize; }
    // Drops what is loaded and reads the first page again.
    void reload();
    // How many entries the log has (as of the last page read).
    qint64 total() const { return m_total; }
    const AuditEntry &entry(int row) const { return m_entries.at(row); }
    // The last read's failure ("" when it worked).
    QString errorText() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loaded();

private:
    InterviewService &m_service;
    QList<AuditEntry> m_entries;
    qint64 m_total = 0;
    int m_pageSize = 100;
    int m_pagesRead = 0;
    QString m_error;
    bool m_inserting = false;
    bool m_resetting = false;
};

} // namespace ir::ui
