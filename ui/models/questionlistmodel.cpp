// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "questionlistmodel.h"

#include "enumtext.h"
#include "interviewservice.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace ir::ui {

QuestionListModel::QuestionListModel(InterviewService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(&m_service, &InterviewService::questionAdded, this, &QuestionListModel::onQuestionAdded);
    connect(&m_service, &InterviewService::questionChanged, this, &QuestionListModel::onQuestionChanged);
    connect(&m_service, &InterviewService::questionRemoved, this, &QuestionListModel::onQuestionRemoved);
}

QuestionListModel::~QuestionListModel() = default;

void QuestionListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int QuestionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int QuestionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuestionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuestionRecord &q = m_records.at(index.row());
    switch (role) {
    case QuestionIdRole:
        return q.questionId;
    case Qt::ToolTipRole:
        return index.column() == Question ? q.questionText : QVariant();
    case Qt::FontRole:
        if (index.column() == SourceColumn && !q.reviewed) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Number || index.column() == Score)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Number:
        return q.position;
    case Type:
        return EnumText::name(q.questionType);
    case Category:
        return q.questionCategory;
    case Score:
        return q.overallScore ? QLocale().toString(*q.overallScore, 'f', 1) : QStringLiteral("–");
    case Question: {
        QString preview = q.questionText.simplified();
        if (preview.size() > PREVIEW_LENGTH)
            preview = preview.left(PREVIEW_LENGTH - 1) + QChar(0x2026);
        return preview;
    }
    case SourceColumn:
        return EnumText::source(q.source, q.reviewed);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant QuestionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Number:
        return tr("No.");
    case Type:
        return tr("Type");
    case Category:
        return tr("Category");
    case Score:
        return tr("Score");
    case Question:
        return tr("Question");
    case SourceColumn:
        return tr("Source");
    case ColumnCount:
        break;
    }
    return {};
}

void QuestionListModel::setSessionId(const QString &sessionId)
{
    beginResetModel();
    m_sessionId = sessionId;
    m_records.clear();
    if (!sessionId.isEmpty()) {
        if (const Result<QList<QuestionRecord>> loaded = m_service.questions(sessionId))
            m_records = *loaded;
    }
    endResetModel();
}

int QuestionListModel::rowOf(const QString &questionId) const
{
    const auto it = std::find_if(m_records.cbegin(), m_records.cend(),
                                 [&](const QuestionRecord &q) { return q.questionId == questionId; });
    return it == m_records.cend() ? -1 : int(it - m_records.cbegin());
}

const QuestionRecord *QuestionListModel::recordAt(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

void QuestionListModel::onQuestionAdded(const QString &sessionId, const QString &questionId)
{
    if (sessionId != m_sessionId || rowOf(questionId) >= 0)
        return;
    const Result<QuestionRecord> added = m_service.question(questionId);
    if (!added)
        return;
    // Keep position order: the new question normally goes last.
    const auto it = std::upper_bound(m_records.cbegin(), m_records.cend(), added->position,
                                     [](int position, const QuestionRecord &q) { return position < q.position; });
    const int row = int(it - m_records.cbegin());
    beginInsertRows({}, row, row);
    m_records.insert(row, *added);
    endInsertRows();
}

void QuestionListModel::onQuestionChanged(const QString &sessionId, const QString &questionId)
{
    if (sessionId != m_sessionId)
        return;
    const int row = rowOf(questionId);
    if (row < 0)
        return;
    const Result<QuestionRecord> changed = m_service.question(questionId);
    if (!changed)
        return;
    m_records[row] = *changed;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT recordChanged(questionId);
}

void QuestionListModel::onQuestionRemoved(const QString &sessionId, const QString &questionId)
{
    if (sessionId != m_sessionId)
        return;
    const int row = rowOf(questionId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_records.removeAt(row);
    endRemoveRows();
}

} // namespace ir::ui
