// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionbrowser.h"
#include "ui_sessionbrowser.h"

#include "enumtext.h"
#include "sessiontablemodel.h"
#include "settingskeys.h"

#include <QCalendarWidget>
#include <QDate>
#include <QDateTime>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>

#include <algorithm>

namespace ir::ui {
namespace {

constexpr int SEARCH_DELAY_MS = 250;
// Shown again from the header's context menu.
// The interviewer is mostly the person at this window; in a team it is one click away.
const QList<int> DEFAULT_HIDDEN = {SessionTableModel::Created, SessionTableModel::Type, SessionTableModel::Difficulty,
                                   SessionTableModel::Interviewer};

template<typename E>
std::optional<E> chosen(const QComboBox *comboBox)
{
    const int value = comboBox->currentData().toInt();
    return value < 0 ? std::nullopt : std::optional<E>(E(value));
}

} // namespace

SessionBrowser::SessionBrowser(InterviewService &service, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SessionBrowser>())
{
    m_ui->setupUi(this);
    fillFilterBoxes();
    const QDate today = QDate::currentDate();
    m_ui->fromDateEdit->setDate(today.addMonths(-1));
    m_ui->toDateEdit->setDate(today);
    m_ui->fromDateEdit->setEnabled(false);
    m_ui->toDateEdit->setEnabled(false);

    m_model = new SessionTableModel(service, this);
    QTableView *table = m_ui->sessionTableView;
    table->setModel(m_model);
    fitColumns();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const QFontMetrics metrics = table->fontMetrics();
    table->verticalHeader()->setDefaultSectionSize(metrics.height() + metrics.height() / 2);
    applyDateLocale();

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SEARCH_DELAY_MS);
    connect(&m_searchTimer, &QTimer::timeout, this, &SessionBrowser::applyFilter);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, &SessionBrowser::applyFilter);
    for (QComboBox *box : {m_ui->statusFilterComboBox, m_ui->typeFilterComboBox, m_ui->difficultyFilterComboBox})
        connect(box, &QComboBox::activated, this, &SessionBrowser::applyFilter);
    connect(m_ui->dateFilterCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->fromDateEdit->setEnabled(on);
        m_ui->toDateEdit->setEnabled(on);
        applyFilter();
    });
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, [this] {
        if (m_ui->dateFilterCheckBox->isChecked())
            applyFilter();
    });
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, [this] {
        if (m_ui->dateFilterCheckBox->isChecked())
            applyFilter();
    });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SessionBrowser::onCurrentRowChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SessionBrowser::onModelReset);
    connect(m_model, &SessionTableModel::totalCountChanged, this, &SessionBrowser::updateCountLabel);
    connect(m_ui->newSessionButton, &QPushButton::clicked, this, &SessionBrowser::newSessionRequested);
    connect(m_ui->deleteSessionButton, &QPushButton::clicked, this, [this] {
        if (!m_currentId.isEmpty())
            Q_EMIT deleteSessionRequested(m_currentId);
    });
    m_ui->deleteSessionButton->setEnabled(false);
    updateCountLabel();

    // Columns: hidden and shown from the header's context menu, moved by dragging; the layout
    // is kept at once (and with the widths when the window closes).
    QHeaderView *header = table->horizontalHeader();
    m_columnMenu = new QMenu(this);
    m_columnMenu->setObjectName(QStringLiteral("columnMenu"));
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        fillColumnMenu();
        m_columnMenu->popup(header->mapToGlobal(pos));
    });
    connect(header, &QHeaderView::sectionMoved, this, &SessionBrowser::storeHeaderState);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int section, Qt::SortOrder order) {
        // The service cannot sort by every column: such a click keeps the order there was.
        if (!SessionTableModel::isSortable(section)) {
            header->setSortIndicator(m_sortSection, m_sortOrder);
            return;
        }
        m_sortSection = section;
        m_sortOrder = order;
    });
}

SessionBrowser::~SessionBrowser() = default;

QTableView *SessionBrowser::tableView() const
{
    return m_ui->sessionTableView;
}

void SessionBrowser::selectSession(const QString &sessionId)
{
    const int row = m_model->rowOf(sessionId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_ui->sessionTableView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->sessionTableView->scrollTo(index);
}

QByteArray SessionBrowser::saveHeaderState() const
{
    return m_ui->sessionTableView->horizontalHeader()->saveState();
}

void SessionBrowser::restoreHeaderState(const QByteArray &state)
{
    QHeaderView *header = m_ui->sessionTableView->horizontalHeader();
    if (state.isEmpty() || !header->restoreState(state)) {
        fitColumns();
        return;
    }
    // The name always shows: it is what the menu cannot hide.
    header->setSectionHidden(SessionTableModel::Name, false);
    if (!SessionTableModel::isSortable(header->sortIndicatorSection()))
        header->setSortIndicator(SessionTableModel::Created, Qt::DescendingOrder);
    m_sortSection = header->sortIndicatorSection();
    m_sortOrder = header->sortIndicatorOrder();
    m_model->sort(m_sortSection, m_sortOrder);
}

void SessionBrowser::fitColumns()
{
    QTableView *table = m_ui->sessionTableView;
    QHeaderView *header = table->horizontalHeader();
    // The name takes the room the other columns leave, so the list never scrolls sideways
    // unless a person widens a column past the pane.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(SessionTableModel::Name, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    header->setSortIndicator(SessionTableModel::Created, Qt::DescendingOrder);
    header->setSortIndicatorShown(true);
    m_sortSection = SessionTableModel::Created;
    m_sortOrder = Qt::DescendingOrder;
    // Widths from the font, never from the rows: measuring 100,000 rows would load them all.
    const QFontMetrics metrics = table->fontMetrics();
    const QString sampleDate = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat);
    const auto widest = [&metrics, this](int column, QStringList texts) {
        texts << m_model->headerData(column, Qt::Horizontal).toString();
        int width = 0;
        for (const QString &text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width + metrics.averageCharWidth() * 3; // padding and the sort arrow
    };
    const auto names = [](auto values) {
        QStringList texts;
        for (auto value : values)
            texts << EnumText::name(value);
        return texts;
    };
    header->resizeSection(SessionTableModel::Created, widest(SessionTableModel::Created, {sampleDate}));
    header->resizeSection(SessionTableModel::UserId,
                          std::max(metrics.averageCharWidth() * 11, widest(SessionTableModel::UserId, {})));
    header->resizeSection(SessionTableModel::Type, widest(SessionTableModel::Type, names(allValues<SessionType>())));
    header->resizeSection(SessionTableModel::Difficulty,
                          widest(SessionTableModel::Difficulty, names(allValues<DifficultyLevel>())));
    header->resizeSection(SessionTableModel::Status,
                          widest(SessionTableModel::Status, names(allValues<SessionStatus>())));
    header->resizeSection(SessionTableModel::Questions, widest(SessionTableModel::Questions, {QStringLiteral("50")}));
    header->resizeSection(SessionTableModel::Average, widest(SessionTableModel::Average, {QStringLiteral("10.0")}));
    header->resizeSection(SessionTableModel::Recommendation,
                          widest(SessionTableModel::Recommendation, names(allValues<Recommendation>())));
    header->resizeSection(SessionTableModel::Interviewer,
                          std::max(metrics.averageCharWidth() * 14, widest(SessionTableModel::Interviewer, {})));
    // What the menu shows again when wanted; the default list fits a laptop's pane.
    for (int column = 0; column < SessionTableModel::ColumnCount; ++column)
        header->setSectionHidden(column, DEFAULT_HIDDEN.contains(column));
}

void SessionBrowser::fillColumnMenu()
{
    QHeaderView *header = m_ui->sessionTableView->horizontalHeader();
    m_columnMenu->clear();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *action = m_columnMenu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(QStringLiteral("column%1Action").arg(column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(column != SessionTableModel::Name);
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            storeHeaderState();
        });
    }
    m_columnMenu->addSeparator();
    QAction *reset = m_columnMenu->addAction(tr("Reset Columns"));
    reset->setObjectName(QStringLiteral("resetColumnsAction"));
    connect(reset, &QAction::triggered, this, [this, header] {
        // Back to the first-run order and widths.
        for (int column = 0; column < header->count(); ++column)
            header->moveSection(header->visualIndex(column), column);
        fitColumns();
        m_model->sort(m_sortSection, m_sortOrder);
        storeHeaderState();
    });
}

void SessionBrowser::storeHeaderState()
{
    QSettings().setValue(keys::sessionHeader(), saveHeaderState());
}

void SessionBrowser::applyDateLocale()
{
    // QDateEdit keeps the format of the locale it was made in; the list's dates follow QLocale().
    const QLocale locale;
    for (QDateEdit *edit : {m_ui->fromDateEdit, m_ui->toDateEdit}) {
        edit->setLocale(locale);
        edit->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat));
        if (QCalendarWidget *calendar = edit->calendarWidget())
            calendar->setLocale(locale);
    }
}

void SessionBrowser::applyFilter()
{
    m_searchTimer.stop();
    SessionFilter filter;
    filter.searchText = m_ui->searchLineEdit->text().trimmed();
    filter.status = chosen<SessionStatus>(m_ui->statusFilterComboBox);
    filter.sessionType = chosen<SessionType>(m_ui->typeFilterComboBox);
    filter.difficultyLevel = chosen<DifficultyLevel>(m_ui->difficultyFilterComboBox);
    if (m_ui->dateFilterCheckBox->isChecked()) {
        filter.createdFrom = m_ui->fromDateEdit->date().startOfDay().toMSecsSinceEpoch();
        filter.createdTo = m_ui->toDateEdit->date().addDays(1).startOfDay().toMSecsSinceEpoch();
    }
    m_model->setFilter(filter);
}

void SessionBrowser::onCurrentRowChanged()
{
    if (m_restoring)
        return;
    const QString id = m_model->sessionIdAt(m_ui->sessionTableView->currentIndex().row());
    if (id == m_currentId || id.isEmpty())
        return;
    if (!m_currentId.isEmpty() && m_leaveGuard && !m_leaveGuard()) {
        // Back to the session with unsaved edits.
        m_restoring = true;
        const int row = m_model->rowOf(m_currentId);
        if (row >= 0)
            m_ui->sessionTableView->selectionModel()->setCurrentIndex(
                m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        else
            m_ui->sessionTableView->selectionModel()->clear();
        m_restoring = false;
        return;
    }
    m_currentId = id;
    m_ui->deleteSessionButton->setEnabled(true);
    Q_EMIT currentSessionChanged(id);
}

void SessionBrowser::onModelReset()
{
    // A reload (new filter or sort) keeps the open session selected when it is still listed.
    const int row = m_model->rowOf(m_currentId);
    if (row < 0)
        return;
    m_restoring = true;
    m_ui->sessionTableView->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_restoring = false;
}

void SessionBrowser::updateCountLabel()
{
    m_ui->sessionCountLabel->setText(tr("%Ln session(s)", nullptr, int(m_model->totalCount())));
}

void SessionBrowser::fillFilterBoxes()
{
    const auto keep = [](QComboBox *box, auto fill) {
        const int value = box->count() > 0 ? box->currentData().toInt() : -1;
        const QSignalBlocker blocker(box);
        fill(box);
        EnumText::select(box, value);
    };
    keep(m_ui->statusFilterComboBox, [](QComboBox *box) { EnumText::fill<SessionStatus>(box, tr("Any status")); });
    keep(m_ui->typeFilterComboBox, [](QComboBox *box) { EnumText::fill<SessionType>(box, tr("Any type")); });
    keep(m_ui->difficultyFilterComboBox,
         [](QComboBox *box) { EnumText::fill<DifficultyLevel>(box, tr("Any difficulty")); });
}

void SessionBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillFilterBoxes();
        updateCountLabel();
        applyDateLocale();
        if (m_model)
            m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace ir::ui
