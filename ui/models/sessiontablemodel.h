// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queries.h"
#include "session.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QTimer>

namespace ir {
class InterviewService;
}

namespace ir::ui {

// The session browser's rows: fetched page by page as the view scrolls (canFetchMore /
// fetchMore over SessionFilter offset and limit), so 100,000 sessions never load at once.
// Follows the service's signals, coalescing bursts from the HTTP thread.
class SessionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTableModel)

public:
    enum Column {
        Created,
        UserId,
        Name,
        Type,
        Difficulty,
        Status,
        Questions,
        Average,
        Recommendation,
        Interviewer,
        ColumnCount
    };
    // Whether the service can sort by a column (the recommendation and the interviewer it cannot).
    static bool isSortable(int column) { return column >= 0 && column < Recommendation; }
    static constexpr int SessionIdRole = Qt::UserRole + 1;
    static constexpr int PAGE_SIZE = 200;

    explicit SessionTableModel(InterviewService &service, QObject *parent = nullptr);
    ~SessionTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Every criterion but the paging; resets the rows.
    void setFilter(const SessionFilter &filter);
    const SessionFilter &filter() const { return m_filter; }
    // All matches, loaded or not.
    qint64 totalCount() const { return m_total; }
    int rowOf(const QString &sessionId) const { return m_rowById.value(sessionId, -1); }
    QString sessionIdAt(int row) const;
    // Reloads from the first page.
    void reload();
    // The language changed: headers and enum names read anew.
    void retranslate();

Q_SIGNALS:
    void totalCountChanged(qint64 total);
    void loadFailed(const QString &message);

private:
    void onSessionAdded(const QString &sessionId);
    void onSessionChanged(const QString &sessionId);
    void onSessionRemoved(const QString &sessionId);
    void applyPending();
    bool matches(const Session &session) const;
    void rebuildIndex(int fromRow);
    void setTotal(qint64 total);

    InterviewService &m_service;
    SessionFilter m_filter;
    QList<Session> m_rows;
    QHash<QString, int> m_rowById;
    qint64 m_total = 0;
    QSet<QString> m_pendingChanged;
    QStringList m_pendingAdded;
    QTimer m_coalesceTimer;
};

} // namespace ir::ui
