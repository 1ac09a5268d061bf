// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidatesview.h"

#include "comparedialog.h"
#include "enumtext.h"
#include "erasecandidatedialog.h"
#include "fileactions.h"
#include "formerrors.h"
#include "jsoncodec.h"
#include "messagebox.h"
#include "rules.h"
#include "serviceclient.h"
#include "sessionreport.h"
#include "timetext.h"
#include "ui_candidatesview.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScreen>
#include <QStandardItemModel>

namespace ir::ui {
namespace {

constexpr int USER_ID_ROLE = Qt::UserRole + 1;
constexpr int SESSION_ID_ROLE = Qt::UserRole + 2;
constexpr int PAGE_SIZE = 100;

QString scoreText(std::optional<double> score)
{
    return score ? QLocale().toString(*score, 'f', 1) : QStringLiteral("–");
}

QStandardItem *cell(const QString &text, const QString &userId)
{
    auto *item = new QStandardItem(text);
    item->setData(userId, USER_ID_ROLE);
    return item;
}

} // namespace

CandidatesView::CandidatesView(ServiceClient &client, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CandidatesView>())
    , m_client(client)
    , m_model(new QStandardItemModel(this))
    , m_sessionsModel(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    m_ui->candidatesTableView->setModel(m_model);
    m_ui->sessionsTableView->setModel(m_sessionsModel);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->displayNameLineEdit->setMaxLength(FormErrors::maxLength(rules::CANDIDATE_NAME));
    m_ui->emailLineEdit->setMaxLength(FormErrors::maxLength(rules::CANDIDATE_EMAIL));
    m_ui->positionLineEdit->setMaxLength(FormErrors::maxLength(rules::CANDIDATE_POSITION));
    FormErrors::show(m_ui->profileErrorLabel, {});
    // Room for its placeholder next to the compare buttons (they squeezed it to a few letters).
    m_ui->searchLineEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 26);
    m_ui->sessionsTableView->installEventFilter(this);

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(50);
    connect(&m_reloadTimer, &QTimer::timeout, this, &CandidatesView::reload);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(200);
    connect(&m_searchTimer, &QTimer::timeout, this, &CandidatesView::reload);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->positionComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            reload();
    });
    connect(m_ui->candidatesTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_filling)
                    return;
                m_currentId = current.isValid() ? current.data(USER_ID_ROLE).toString() : QString();
                showCurrent();
            });
    connect(m_ui->candidatesTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CandidatesView::updateButtons);
    connect(m_ui->sessionsTableView, &QTableView::activated, this, &CandidatesView::openCurrentSession);
    connect(m_ui->saveProfileButton, &QPushButton::clicked, this, &CandidatesView::saveProfile);
    connect(m_ui->exportPersonButton, &QPushButton::clicked, this, &CandidatesView::exportPerson);
    connect(m_ui->erasePersonButton, &QPushButton::clicked, this, &CandidatesView::erasePerson);
    connect(m_ui->compareButton, &QPushButton::clicked, this, &CandidatesView::compareSelected);
    connect(m_ui->comparePositionButton, &QPushButton::clicked, this, &CandidatesView::comparePosition);

    InterviewService &service = m_client.service();
    const auto later = [this] { m_reloadTimer.start(); };
    connect(&service, &InterviewService::candidatesChanged, this, later);
    connect(&service, &InterviewService::candidateErased, this, later);
    connect(&service, &InterviewService::sessionAdded, this, later);
    connect(&service, &InterviewService::sessionChanged, this, later);
    connect(&service, &InterviewService::sessionRemoved, this, later);
    connect(&service, &InterviewService::changesMissed, this, later);

    retranslate();
    reload();
}

CandidatesView::~CandidatesView() = default;

QTableView *CandidatesView::tableView() const
{
    return m_ui->candidatesTableView;
}

void CandidatesView::showWindow()
{
    if (!isWindow()) {
        setWindowFlag(Qt::Window);
        const QRect available = screen()->availableGeometry();
        resize(std::min(fontMetrics().averageCharWidth() * 180, available.width() * 9 / 10),
               std::min(fontMetrics().lineSpacing() * 38, available.height() * 9 / 10));
        m_ui->splitter->setSizes({width() * 3 / 5, width() * 2 / 5});
    }
    reload();
    show();
    raise();
    activateWindow();
}

void CandidatesView::retranslate()
{
    m_model->setHorizontalHeaderLabels({tr("User ID"), tr("Name"), tr("Position"), tr("Interviews"),
                                        tr("Last interview"), tr("Average"), tr("Latest recommendation")});
    m_sessionsModel->setHorizontalHeaderLabels(
        {tr("Session"), tr("Created"), tr("Status"), tr("Average"), tr("Recommendation")});
    fillPositions();
}

void CandidatesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

bool CandidatesView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->sessionsTableView && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openCurrentSession();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CandidatesView::fillPositions()
{
    // The positions the profiles name, from an unfiltered read.
    CandidateFilter filter;
    filter.pageSize = PAGE_SIZE;
    QStringList positions;
    for (int page = 1;; ++page) {
        filter.page = page;
        const Result<Page<Candidate>> read = m_client.service().candidates(filter);
        if (!read)
            break;
        for (const Candidate &c : read->items) {
            if (!c.position.isEmpty() && !positions.contains(c.position))
                positions.append(c.position);
        }
        if (read->items.size() < PAGE_SIZE || qint64(page) * PAGE_SIZE >= read->total)
            break;
    }
    positions.sort(Qt::CaseInsensitive);
    const QString chosen = m_ui->positionComboBox->currentData().toString();
    m_filling = true;
    m_ui->positionComboBox->clear();
    m_ui->positionComboBox->addItem(tr("All positions"), QString());
    for (const QString &position : std::as_const(positions))
        m_ui->positionComboBox->addItem(position, position);
    const int index = m_ui->positionComboBox->findData(chosen);
    m_ui->positionComboBox->setCurrentIndex(index < 0 ? 0 : index);
    m_filling = false;
}

void CandidatesView::reload()
{
    m_reloadTimer.stop();
    m_searchTimer.stop();
    fillPositions();
    CandidateFilter filter;
    filter.text = m_ui->searchLineEdit->text().trimmed();
    filter.position = m_ui->positionComboBox->currentData().toString();
    filter.pageSize = PAGE_SIZE;
    QList<Candidate> all;
    qint64 total = 0;
    for (int page = 1;; ++page) {
        filter.page = page;
        const Result<Page<Candidate>> read = m_client.service().candidates(filter);
        if (!read) {
            m_ui->countLabel->setText(tr("The candidates could not be read: %1").arg(read.error().details));
            return;
        }
        all.append(read->items);
        total = read->total;
        if (read->items.size() < PAGE_SIZE || all.size() >= total)
            break;
    }
    const QStringList selected = selectedIds();
    m_filling = true;
    m_model->removeRows(0, m_model->rowCount());
    for (const Candidate &c : std::as_const(all)) {
        QList<QStandardItem *> row {cell(c.userId, c.userId),
                                    cell(c.displayName, c.userId),
                                    cell(c.position, c.userId),
                                    cell(QLocale().toString(c.sessions), c.userId),
                                    cell(momentText(c.lastSessionAt), c.userId),
                                    cell(scoreText(c.averageScore), c.userId),
                                    cell(EnumText::name(c.latestRecommendation), c.userId)};
        row[3]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row[5]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow(row);
    }
    auto *selection = m_ui->candidatesTableView->selectionModel();
    bool currentShown = false;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QString id = m_model->item(r, 0)->data(USER_ID_ROLE).toString();
        if (selected.contains(id))
            selection->select(m_model->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        if (id == m_currentId) {
            selection->setCurrentIndex(m_model->index(r, 0), QItemSelectionModel::Current);
            currentShown = true;
        }
    }
    m_filling = false;
    m_ui->candidatesTableView->resizeColumnsToContents();
    m_ui->countLabel->setText(tr("%n candidate(s)", nullptr, int(all.size())));
    if (!currentShown)
        m_currentId.clear();
    showCurrent();
}

void CandidatesView::selectCandidate(const QString &userId)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->item(r, 0)->data(USER_ID_ROLE).toString() == userId) {
            m_ui->candidatesTableView->setCurrentIndex(m_model->index(r, 0));
            return;
        }
    }
}

QStringList CandidatesView::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_ui->candidatesTableView->selectionModel()->selectedRows();
    QList<int> numbers;
    for (const QModelIndex &index : rows)
        numbers.append(index.row());
    std::sort(numbers.begin(), numbers.end());
    for (int r : std::as_const(numbers))
        ids.append(m_model->item(r, 0)->data(USER_ID_ROLE).toString());
    return ids;
}

void CandidatesView::showCurrent()
{
    m_current = Candidate();
    if (!m_currentId.isEmpty()) {
        const Result<Candidate> read = m_client.service().candidate(m_currentId);
        if (read)
            m_current = *read;
        else
            m_currentId.clear();
    }
    if (!m_saving) {
        m_ui->userIdLabel->setText(m_current.userId);
        m_ui->displayNameLineEdit->setText(m_current.displayName);
        m_ui->emailLineEdit->setText(m_current.email);
        m_ui->positionLineEdit->setText(m_current.position);
        m_ui->notesPlainTextEdit->setPlainText(m_current.notes);
        FormErrors::show(m_ui->profileErrorLabel, {});
    }
    fillSessions(m_currentId);
    updateButtons();
}

void CandidatesView::fillSessions(const QString &userId)
{
    m_sessionsModel->removeRows(0, m_sessionsModel->rowCount());
    if (userId.isEmpty())
        return;
    SessionFilter filter;
    filter.userId = userId;
    filter.limit = 500;
    const Result<Page<Session>> read = m_client.service().sessions(filter);
    if (!read)
        return;
    for (const Session &s : read->items) {
        QList<QStandardItem *> row {
            new QStandardItem(s.sessionName.isEmpty() ? s.sessionId : s.sessionName),
            new QStandardItem(momentText(s.createdAt)), new QStandardItem(EnumText::name(s.status)),
            new QStandardItem(scoreText(s.averageScore)), new QStandardItem(EnumText::name(s.recommendation))};
        row[0]->setData(s.sessionId, SESSION_ID_ROLE);
        m_sessionsModel->appendRow(row);
    }
    m_ui->sessionsTableView->resizeColumnsToContents();
}

void CandidatesView::updateButtons()
{
    const bool person = !m_currentId.isEmpty();
    m_ui->profileGroupBox->setEnabled(person);
    m_ui->saveProfileButton->setEnabled(person && !m_saving);
    m_ui->exportPersonButton->setEnabled(person && !m_exporting);
    m_ui->erasePersonButton->setEnabled(person && !m_eraseDialog);
    const qsizetype selected = m_ui->candidatesTableView->selectionModel()->selectedRows().size();
    m_ui->compareButton->setEnabled(selected >= rules::MIN_COMPARED && selected <= rules::MAX_COMPARED);
    m_ui->comparePositionButton->setEnabled(!m_ui->positionComboBox->currentData().toString().isEmpty()
                                            && m_model->rowCount() > 0);
}

CompareDialog *CandidatesView::compareDialog() const
{
    return m_compareDialog;
}

CompareDialog *CandidatesView::showCompareDialog()
{
    if (!m_compareDialog) {
        m_compareDialog = new CompareDialog(m_client, this);
        m_compareDialog->setObjectName(QStringLiteral("compareDialog"));
        m_compareDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    return m_compareDialog;
}

void CandidatesView::compareSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() < rules::MIN_COMPARED || ids.size() > rules::MAX_COMPARED)
        return;
    CompareDialog *dialog = showCompareDialog();
    dialog->compareCandidates(ids);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void CandidatesView::comparePosition()
{
    const QString position = m_ui->positionComboBox->currentData().toString();
    if (position.isEmpty())
        return;
    CompareDialog *dialog = showCompareDialog();
    dialog->comparePosition(position);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void CandidatesView::openCurrentSession()
{
    const QModelIndex index = m_ui->sessionsTableView->currentIndex();
    if (!index.isValid())
        return;
    const QString id = m_sessionsModel->item(index.row(), 0)->data(SESSION_ID_ROLE).toString();
    if (!id.isEmpty())
        Q_EMIT openSessionRequested(id);
}

void CandidatesView::saveProfile()
{
    if (m_currentId.isEmpty() || m_saving)
        return;
    CandidatePatch patch;
    patch.displayName = m_ui->displayNameLineEdit->text().trimmed();
    patch.email = m_ui->emailLineEdit->text().trimmed();
    patch.position = m_ui->positionLineEdit->text().trimmed();
    patch.notes = m_ui->notesPlainTextEdit->toPlainText();
    const QList<std::pair<QString, QString>> checks {
        {tr("Name"), FormErrors::lengthProblem(rules::CANDIDATE_NAME, *patch.displayName, false)},
        {tr("Email"), FormErrors::lengthProblem(rules::CANDIDATE_EMAIL, *patch.email, false)},
        {tr("Position"), FormErrors::lengthProblem(rules::CANDIDATE_POSITION, *patch.position, false)},
        {tr("Notes"), FormErrors::lengthProblem(rules::CANDIDATE_NOTES, *patch.notes, false)},
    };
    QStringList problems;
    for (const auto &[field, problem] : checks) {
        if (!problem.isEmpty())
            problems.append(tr("%1: %2").arg(field, problem));
    }
    if (!problems.isEmpty()) {
        FormErrors::show(m_ui->profileErrorLabel, problems.join(QLatin1Char('\n')));
        return;
    }
    FormErrors::show(m_ui->profileErrorLabel, {});
    m_saving = true;
    updateButtons();
    InterviewService &service = m_client.service();
    const QString id = m_currentId;
    m_client.write<Candidate>(
        this, [&service, id, patch] { return service.updateCandidate(id, patch); },
        [this, id](const Result<Candidate> &saved) {
            m_saving = false;
            if (!saved) {
                const Error &error = saved.error();
                FormErrors::show(m_ui->profileErrorLabel,
                                 tr("The profile could not be saved: %1")
                                     .arg(error.details.isEmpty() ? error.message : error.details));
                updateButtons();
                return;
            }
            reload();
            Q_EMIT profileSaved(id);
        });
}

void CandidatesView::exportPerson()
{
    if (m_currentId.isEmpty() || m_exporting)
        return;
    const QString id = m_currentId;
    QString safe = id;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QString path
        = FileActions::askSaveFile(this, tr("Export everything about %1").arg(id),
                                   QStringLiteral("%1_personal-data.json").arg(safe), {tr("JSON (*.json)")});
    if (path.isEmpty())
        return;
    m_exporting = true;
    updateButtons();
    InterviewService &service = m_client.service();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // On the writer (the audit log records the export); the file is written there too, off the
    // GUI thread.
    m_client.write<QString>(
        this,
        [&service, id, path, now]() -> Result<QString> {
            const Result<PersonRecord> record = service.exportPerson(id, Actor::Ui);
            if (!record)
                return record.error();
            ExportOptions options;
            options.exportedAtMs = now;
            QList<SessionReport> reports;
            for (const PersonRecord::Interview &interview : record->interviews) {
                Result<SessionReport> report = SessionReport::load(service, interview.session.sessionId, options);
                if (!report)
                    return report.error();
                reports.append(std::move(report).value());
            }
            const QByteArray bytes = QJsonDocument(JsonCodec::personDocument(record->candidate, reports, now))
                                         .toJson(QJsonDocument::Indented);
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
                return Error {ErrorCode::DatabaseError, QString(), file.errorString()};
            return path;
        },
        [this, id](const Result<QString> &written) {
            m_exporting = false;
            updateButtons();
            if (!written) {
                const Error &error = written.error();
                MessageBox::warning(this, tr("Export person"),
                                    tr("The data of %1 could not be exported: %2")
                                        .arg(id, error.details.isEmpty() ? error.message : error.details));
                return;
            }
            m_lastExportPath = *written;
            Q_EMIT personExported(*written);
            MessageBox::information(
                this, tr("Export person"),
                tr("Everything stored about %1 was exported to %2.").arg(id, QDir::toNativeSeparators(*written)));
        });
}

void CandidatesView::erasePerson()
{
    if (m_currentId.isEmpty() || m_eraseDialog)
        return;
    auto *dialog = new EraseCandidateDialog(m_client, m_currentId, m_backupFolder, this);
    dialog->setObjectName(QStringLiteral("eraseCandidateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_eraseDialog = dialog;
    connect(dialog, &EraseCandidateDialog::erased, this, [this, dialog](const QString &userId) {
        const ErasureReport report = dialog->report();
        if (m_currentId == userId)
            m_currentId.clear();
        reload();
        QString text = tr("%1 was erased: %2 and %3.")
                           .arg(userId, tr("%n session(s)", nullptr, report.sessions),
                                tr("%n question(s)", nullptr, report.questions));
        if (dialog->removedBackups() > 0)
            text += QLatin1Char(' ') + tr("%n backup(s) deleted.", nullptr, dialog->removedBackups());
        MessageBox::information(this, tr("Erase person"), text);
    });
    connect(dialog, &QObject::destroyed, this, &CandidatesView::updateButtons);
    updateButtons();
    dialog->open();
}

} // namespace ir::ui
