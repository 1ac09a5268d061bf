// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bankquestiontablemodel.h"

#include "enumtext.h"
#include "interviewservice.h"

#include <QDateTime>
#include <QLocale>
#include <QScopedValueRollback>

namespace ir::ui {
namespace {

// An import adds hundreds of questions in one burst: one reload for all of them.
constexpr int COALESCE_MS = 100;

// The table shows the first line; the whole text is in the tooltip and the details below.
QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf(QLatin1Char('\n'));
    return end < 0 ? trimmed : trimmed.left(end) + QStringLiteral(" …");
}

} // namespace

BankQuestionTableModel::BankQuestionTableModel(InterviewService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    m_filter.pageSize = PAGE_SIZE;
    m_coalesceTimer.setSingleShot(true);
    m_coalesceTimer.setInterval(COALESCE_MS);
    connect(&m_coalesceTimer, &QTimer::timeout, this, &BankQuestionTableModel::reload);
    connect(&m_service, &InterviewService::bankChanged, this, [this] {
        if (!m_coalesceTimer.isActive())
            m_coalesceTimer.start();
    });
    reload();
}

BankQuestionTableModel::~BankQuestionTableModel() = default;

int BankQuestionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BankQuestionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BankQuestionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BankQuestion &q = m_rows.at(index.row());
    if (role == BankQuestionIdRole)
        return q.bankQuestionId;
    if (role == Qt::ToolTipRole)
        return index.column() == Question ? q.questionText : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Question:
        return firstLine(q.questionText);
    case Type:
        return EnumText::name(q.questionType);
    case Category:
        return q.questionCategory;
    case Difficulty:
        return EnumText::name(q.difficultyLevel);
    case Tags:
        return q.tags.join(QStringLiteral(", "));
    case Updated:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(q.updatedAt), QLocale::ShortFormat);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BankQuestionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Question:
        return tr("Question");
    case Type:
        return tr("Type");
    case Category:
        return tr("Category");
    case Difficulty:
        return tr("Difficulty");
    case Tags:
        return tr("Tags");
    case Updated:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

bool BankQuestionTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void BankQuestionTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_rows.size() >= m_total)
        return;
    if (m_inserting) {
        // A view asking from inside rowsInserted: after this insertion has been told to everyone.
        QMetaObject::invokeMethod(
            this, [this] { fetchMore({}); }, Qt::QueuedConnection);
        return;
    }
    BankFilter next = m_filter;
    next.page = m_pagesLoaded + 1;
    const Result<Page<BankQuestion>> page = m_service.bankQuestions(next);
    if (!page || page->items.isEmpty()) {
        m_total = m_rows.size(); // stop asking until the next reload
        Q_EMIT totalCountChanged(m_total);
        if (!page)
            Q_EMIT loadFailed(page.error().message);
        return;
    }
    ++m_pagesLoaded;
    QList<BankQuestion> fresh;
    for (const BankQuestion &q : page->items) {
        if (!m_rowById.contains(q.bankQuestionId))
            fresh << q;
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        const QScopedValueRollback<bool> inserting(m_inserting, true);
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        append(fresh);
        endInsertRows();
    }
    m_total = std::max<qint64>(page->total, m_rows.size());
    Q_EMIT totalCountChanged(m_total);
}

void BankQuestionTableModel::setFilter(const BankFilter &filter)
{
    m_filter = filter;
    m_filter.page = 1;
    m_filter.pageSize = PAGE_SIZE;
    reload();
}

const BankQuestion *BankQuestionTableModel::questionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void BankQuestionTableModel::reload()
{
    m_coalesceTimer.stop();
    // The first page loads inside the reset, so views never see an empty model in between.
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_pagesLoaded = 0;
    m_total = 0;
    BankFilter first = m_filter;
    first.page = 1;
    const Result<Page<BankQuestion>> page = m_service.bankQuestions(first);
    if (page) {
        m_pagesLoaded = 1;
        append(page->items);
        m_total = std::max<qint64>(page->total, m_rows.size());
    }
    endResetModel();
    if (!page)
        Q_EMIT loadFailed(page.error().message);
    Q_EMIT totalCountChanged(m_total);
}

void BankQuestionTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void BankQuestionTableModel::append(const QList<BankQuestion> &questions)
{
    for (const BankQuestion &q : questions) {
        m_rowById.insert(q.bankQuestionId, int(m_rows.size()));
        m_rows << q;
    }
}

} // namespace ir::ui
