// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "questionrecord.h"

#include <QAbstractTableModel>

namespace ir {
class InterviewService;
}

namespace ir::ui {

// The questions of one session in position order; follows the service's question signals,
// so a record posted over HTTP appears at once.
class QuestionListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionListModel)

public:
    enum Column { Number, Type, Category, Score, Question, SourceColumn, ColumnCount };
    static constexpr int QuestionIdRole = Qt::UserRole + 1;
    static constexpr int PREVIEW_LENGTH = 80;

    explicit QuestionListModel(InterviewService &service, QObject *parent = nullptr);
    ~QuestionListModel() override;

    // The language changed: headers and translated cells read anew.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shows the questions of sessionId (empty: none).
    void setSessionId(const QString &sessionId);
    QString sessionId() const { return m_sessionId; }
    int rowOf(const QString &questionId) const;
    const QuestionRecord *recordAt(int row) const;
    const QList<QuestionRecord> &records() const { return m_records; }

Q_SIGNALS:
    // A question shown changed in the database (not necessarily by this window).
    void recordChanged(const QString &questionId);

private:
    void onQuestionAdded(const QString &sessionId, const QString &questionId);
    void onQuestionChanged(const QString &sessionId, const QString &questionId);
    void onQuestionRemoved(const QString &sessionId, const QString &questionId);

    InterviewService &m_service;
    QString m_sessionId;
    QList<QuestionRecord> m_records;
};

} // namespace ir::ui
