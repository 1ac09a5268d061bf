// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kit.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

namespace ir {
class InterviewService;
}

namespace ir::ui {

// The question bank's rows for a filter: fetched page by page as the view scrolls (BankFilter's
// page and page size), reloaded when the service says the bank changed (bursts coalesced).
class BankQuestionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BankQuestionTableModel)

public:
    enum Column { Question, Type, Category, Difficulty, Tags, Updated, ColumnCount };
    static constexpr int BankQuestionIdRole = Qt::UserRole + 1;
    static constexpr int PAGE_SIZE = 100;

    explicit BankQuestionTableModel(InterviewService &service, QObject *parent = nullptr);
    ~BankQuestionTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Every criterion but the paging; reloads.
    void setFilter(const BankFilter &filter);
    const BankFilter &filter() const { return m_filter; }
    // All matches, loaded or not.
    qint64 totalCount() const { return m_total; }
    int rowOf(const QString &bankQuestionId) const { return m_rowById.value(bankQuestionId, -1); }
    // Null when row is not loaded.
    const BankQuestion *questionAt(int row) const;
    // Reloads the first page.
    void reload();
    // The language changed: headers and enum names read anew.
    void retranslate();

Q_SIGNALS:
    void totalCountChanged(qint64 total);
    void loadFailed(const QString &message);

private:
    void append(const QList<BankQuestion> &questions);

    InterviewService &m_service;
    BankFilter m_filter;
    QList<BankQuestion> m_rows;
    QHash<QString, int> m_rowById;
    int m_pagesLoaded = 0;
    bool m_inserting = false;
    qint64 m_total = 0;
    QTimer m_coalesceTimer;
};

} // namespace ir::ui
