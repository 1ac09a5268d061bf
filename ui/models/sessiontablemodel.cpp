// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiontablemodel.h"

#include "enumtext.h"
#include "interviewservice.h"

#include <QDateTime>
#include <QLocale>

namespace ir::ui {
namespace {

// Bursts of signals (the HTTP server adding questions) are applied at most this often.
constexpr int COALESCE_MS = 100;
// Past this many new sessions in one burst, reloading is cheaper than inserting one by one.
constexpr int MAX_INCREMENTAL_ADDS = 50;

SessionSortKey sortKeyOf(int column)
{
    switch (column) {
    case SessionTableModel::UserId:
        return SessionSortKey::UserId;
    case SessionTableModel::Name:
        return SessionSortKey::SessionName;
    case SessionTableModel::Type:
        return SessionSortKey::SessionType;
    case SessionTableModel::Difficulty:
        return SessionSortKey::DifficultyLevel;
    case SessionTableModel::Status:
        return SessionSortKey::Status;
    case SessionTableModel::Questions:
        return SessionSortKey::QuestionCount;
    case SessionTableModel::Average:
        return SessionSortKey::AverageScore;
    default:
        return SessionSortKey::CreatedAt;
    }
}

} // namespace

SessionTableModel::SessionTableModel(InterviewService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    m_coalesceTimer.setSingleShot(true);
    m_coalesceTimer.setInterval(COALESCE_MS);
    connect(&m_coalesceTimer, &QTimer::timeout, this, &SessionTableModel::applyPending);
    // The receiver lives in the GUI thread: signals emitted on the HTTP thread arrive queued.
    connect(&m_service, &InterviewService::sessionAdded, this, &SessionTableModel::onSessionAdded);
    connect(&m_service, &InterviewService::sessionChanged, this, &SessionTableModel::onSessionChanged);
    connect(&m_service, &InterviewService::sessionRemoved, this, &SessionTableModel::onSessionRemoved);
    reload();
}

SessionTableModel::~SessionTableModel() = default;

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Session &s = m_rows.at(index.row());
    if (role == SessionIdRole)
        return s.sessionId;
    if (role == Qt::ToolTipRole)
        return s.sessionId;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Questions || index.column() == Average)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Created:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.createdAt), QLocale::ShortFormat);
    case UserId:
        return s.userId;
    case Name:
        return s.sessionName.isEmpty() ? tr("(untitled)") : s.sessionName;
    case Type:
        return EnumText::name(s.sessionType);
    case Difficulty:
        return EnumText::name(s.difficultyLevel);
    case Status:
        return EnumText::name(s.status);
    case Questions:
        return s.totalQuestions;
    case Average:
        return s.averageScore ? QLocale().toString(*s.averageScore, 'f', 1) : QStringLiteral("–");
    case Recommendation:
        return EnumText::name(s.recommendation);
    case Interviewer:
        return s.interviewer;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The recommendation's header is short so that the default columns fit a laptop's pane.
    if (orientation == Qt::Horizontal && section == Recommendation && role == Qt::ToolTipRole)
        return tr("Recommendation");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Created:
        return tr("Created");
    case UserId:
        return tr("Candidate");
    case Name:
        return tr("Session name");
    case Type:
        return tr("Type");
    case Difficulty:
        return tr("Difficulty");
    case Status:
        return tr("Status");
    case Questions:
        return tr("Questions");
    case Average:
        return tr("Average");
    case Recommendation:
        return tr("Decision", "the interviewer's recommendation: strong yes … strong no");
    case Interviewer:
        return tr("Interviewer");
    case ColumnCount:
        break;
    }
    return {};
}

bool SessionTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void SessionTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    SessionFilter page = m_filter;
    page.offset = int(m_rows.size());
    page.limit = PAGE_SIZE;
    const Result<Page<Session>> fetched = m_service.sessions(page);
    if (!fetched) {
        setTotal(m_rows.size()); // stop asking until the next reload
        Q_EMIT loadFailed(fetched.error().message);
        return;
    }
    QList<Session> fresh;
    for (const Session &s : fetched->items) {
        // Sessions inserted live shift the offsets; skip the ones already shown.
        if (!m_rowById.contains(s.sessionId))
            fresh << s;
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows << fresh;
        rebuildIndex(first);
        endInsertRows();
    }
    setTotal(fetched->items.isEmpty() ? m_rows.size() : std::max<qint64>(fetched->total, m_rows.size()));
}

void SessionTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    m_filter.sortKey = sortKeyOf(column);
    m_filter.descending = order == Qt::DescendingOrder;
    reload();
}

void SessionTableModel::setFilter(const SessionFilter &filter)
{
    const SessionSortKey sortKey = m_filter.sortKey;
    const bool descending = m_filter.descending;
    m_filter = filter;
    m_filter.sortKey = sortKey;
    m_filter.descending = descending;
    reload();
}

QString SessionTableModel::sessionIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).sessionId : QString();
}

void SessionTableModel::reload()
{
    m_pendingAdded.clear();
    m_pendingChanged.clear();
    // The first page loads inside the reset, so views never see an empty model in between.
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_total = 0;
    SessionFilter first = m_filter;
    first.offset = 0;
    first.limit = PAGE_SIZE;
    const Result<Page<Session>> page = m_service.sessions(first);
    if (page) {
        m_rows = page->items;
        m_total = std::max<qint64>(page->total, m_rows.size());
        rebuildIndex(0);
    }
    endResetModel();
    if (!page)
        Q_EMIT loadFailed(page.error().message);
    Q_EMIT totalCountChanged(m_total);
}

void SessionTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void SessionTableModel::onSessionAdded(const QString &sessionId)
{
    m_pendingAdded << sessionId;
    m_coalesceTimer.start();
}

void SessionTableModel::onSessionChanged(const QString &sessionId)
{
    if (!m_rowById.contains(sessionId))
        return;
    m_pendingChanged.insert(sessionId);
    if (!m_coalesceTimer.isActive())
        m_coalesceTimer.start();
}

void SessionTableModel::onSessionRemoved(const QString &sessionId)
{
    m_pendingChanged.remove(sessionId);
    m_pendingAdded.removeAll(sessionId);
    const int row = m_rowById.value(sessionId, -1);
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_rowById.remove(sessionId);
        rebuildIndex(row);
        endRemoveRows();
    }
    if (const Result<qint64> total = m_service.countSessions(m_filter))
        setTotal(std::max<qint64>(*total, m_rows.size()));
}

void SessionTableModel::applyPending()
{
    const QStringList added = std::exchange(m_pendingAdded, {});
    const QSet<QString> changed = std::exchange(m_pendingChanged, {});
    const bool newestFirst = m_filter.sortKey == SessionSortKey::CreatedAt && m_filter.descending;
    if (!added.isEmpty() && (!newestFirst || added.size() > MAX_INCREMENTAL_ADDS)) {
        reload();
        return;
    }
    for (const QString &id : added) {
        const Result<Session> s = m_service.session(id);
        if (!s || !matches(*s) || m_rowById.contains(id))
            continue;
        beginInsertRows({}, 0, 0);
        m_rows.prepend(*s);
        rebuildIndex(0);
        endInsertRows();
    }
    for (const QString &id : changed) {
        const int row = m_rowById.value(id, -1);
        if (row < 0)
            continue;
        const Result<Session> s = m_service.session(id);
        if (s && matches(*s)) {
            m_rows[row] = *s;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            m_rowById.remove(id);
            rebuildIndex(row);
            endRemoveRows();
        }
    }
    if (const Result<qint64> total = m_service.countSessions(m_filter))
        setTotal(std::max<qint64>(*total, m_rows.size()));
}

bool SessionTableModel::matches(const Session &s) const
{
    const SessionFilter &f = m_filter;
    if (!f.userId.isEmpty() && s.userId != f.userId)
        return false;
    if (!f.searchText.isEmpty() && !s.userId.contains(f.searchText, Qt::CaseInsensitive)
        && !s.sessionName.contains(f.searchText, Qt::CaseInsensitive)
        && !s.sessionId.contains(f.searchText, Qt::CaseInsensitive))
        return false;
    if ((f.status && s.status != *f.status) || (f.sessionType && s.sessionType != *f.sessionType)
        || (f.difficultyLevel && s.difficultyLevel != *f.difficultyLevel))
        return false;
    if ((f.createdFrom && s.createdAt < *f.createdFrom) || (f.createdTo && s.createdAt >= *f.createdTo))
        return false;
    return true;
}

void SessionTableModel::rebuildIndex(int fromRow)
{
    for (int row = fromRow; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).sessionId, row);
}

void SessionTableModel::setTotal(qint64 total)
{
    if (total == m_total)
        return;
    m_total = total;
    Q_EMIT totalCountChanged(m_total);
}

} // namespace ir::ui
