// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "questionbankview.h"
#include "ui_questionbankview.h"

#include "bankcodec.h"
#include "bankquestiondialog.h"
#include "bankquestiontablemodel.h"
#include "enumtext.h"
#include "messagebox.h"
#include "serviceclient.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QScopedValueRollback>
#include <QScreen>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStandardPaths>

#include <algorithm>

namespace ir::ui {
namespace {

constexpr int SEARCH_DELAY_MS = 250;
constexpr int EXPORT_PAGE_SIZE = 500;

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

QuestionBankView::QuestionBankView(ServiceClient &client, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::QuestionBankView>())
    , m_client(client)
{
    m_ui->setupUi(this);
    fillFilterBoxes();
    m_ui->categoryFilterComboBox->lineEdit()->setClearButtonEnabled(true);
    m_model = new BankQuestionTableModel(client.service(), this);
    QTableView *table = m_ui->bankTableView;
    table->setModel(m_model);
    fitColumns();
    const QFontMetrics metrics = table->fontMetrics();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(metrics.height() + metrics.height() / 2);
    m_ui->detailsTextBrowser->setMinimumHeight(metrics.lineSpacing() * 4);
    m_ui->bankSplitter->setStretchFactor(0, 3);
    m_ui->bankSplitter->setStretchFactor(1, 1);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SEARCH_DELAY_MS);
    connect(&m_searchTimer, &QTimer::timeout, this, &QuestionBankView::applyFilter);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, &QuestionBankView::applyFilter);
    connect(m_ui->typeFilterComboBox, &QComboBox::activated, this, &QuestionBankView::applyFilter);
    connect(m_ui->tagFilterComboBox, &QComboBox::activated, this, &QuestionBankView::applyFilter);
    connect(m_ui->categoryFilterComboBox, &QComboBox::activated, this, &QuestionBankView::applyFilter);
    connect(m_ui->categoryFilterComboBox->lineEdit(), &QLineEdit::returnPressed, this, &QuestionBankView::applyFilter);
    // Cleared with its button: every category again.
    connect(m_ui->categoryFilterComboBox->lineEdit(), &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_filling && text.isEmpty() && !m_model->filter().questionCategory.isEmpty())
            applyFilter();
    });

    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &now) {
        if (const BankQuestion *q = m_model->questionAt(now.row()))
            m_currentId = q->bankQuestionId;
        updateDetails();
        updateButtons();
    });
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QuestionBankView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A reload (the bank changed, a new filter) keeps the current question where it still shows.
        fillFilterBoxes();
        selectQuestion(m_currentId);
        updateDetails();
        updateButtons();
    });
    connect(m_model, &BankQuestionTableModel::totalCountChanged, this, &QuestionBankView::updateCountLabel);
    // In pick mode Enter reaches the picker's default button (Add); a double-click picks.
    connect(table, &QAbstractItemView::activated, this, [this] {
        if (!m_pickMode)
            editCurrent();
    });
    connect(table, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_pickMode)
            Q_EMIT picked();
    });
    connect(m_ui->newBankQuestionButton, &QPushButton::clicked, this, &QuestionBankView::newQuestion);
    connect(m_ui->editBankQuestionButton, &QPushButton::clicked, this, &QuestionBankView::editCurrent);
    connect(m_ui->deleteBankQuestionButton, &QPushButton::clicked, this, &QuestionBankView::deleteSelected);
    connect(m_ui->importBankButton, &QPushButton::clicked, this, &QuestionBankView::importFile);
    connect(m_ui->exportBankButton, &QPushButton::clicked, this, &QuestionBankView::exportFile);

    const auto shortcut = [this](QKeySequence keys, QWidget *owner, Qt::ShortcutContext context, auto slot) {
        auto *s = new QShortcut(keys, owner);
        s->setContext(context);
        connect(s, &QShortcut::activated, this, slot);
        return s;
    };
    m_newShortcut = shortcut(QKeySequence::New, this, Qt::WidgetWithChildrenShortcut, &QuestionBankView::newQuestion);
    m_findShortcut = shortcut(QKeySequence::Find, this, Qt::WidgetWithChildrenShortcut, &QuestionBankView::focusSearch);
    shortcut(QKeySequence::Delete, table, Qt::WidgetShortcut, &QuestionBankView::deleteSelected);
    // Down from the search goes to the results.
    m_ui->searchLineEdit->installEventFilter(this);
    retranslate();
    updateCountLabel();
    updateDetails();
    updateButtons();
    if (m_model->rowCount() > 0)
        table->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QuestionBankView::~QuestionBankView() = default;

QTableView *QuestionBankView::tableView() const
{
    return m_ui->bankTableView;
}

QStringList QuestionBankView::selectedIds() const
{
    QModelIndexList rows = m_ui->bankTableView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex &row : std::as_const(rows)) {
        if (const BankQuestion *q = m_model->questionAt(row.row()))
            ids << q->bankQuestionId;
    }
    return ids;
}

void QuestionBankView::selectQuestion(const QString &bankQuestionId)
{
    const int row = m_model->rowOf(bankQuestionId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_ui->bankTableView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->bankTableView->scrollTo(index);
}

void QuestionBankView::setPickMode(bool pick)
{
    m_pickMode = pick;
    m_ui->deleteBankQuestionButton->setVisible(!pick);
    m_ui->importBankButton->setVisible(!pick);
    m_ui->exportBankButton->setVisible(!pick);
    retranslate();
}

void QuestionBankView::retranslate()
{
    m_ui->categoryFilterComboBox->lineEdit()->setPlaceholderText(tr("Any category"));
    m_ui->newBankQuestionButton->setToolTip(
        tr("Add a question to the bank (%1)").arg(m_newShortcut->key().toString(QKeySequence::NativeText)));
    m_ui->editBankQuestionButton->setToolTip(m_pickMode ? tr("Edit the selected question")
                                                        : tr("Edit the selected question (Enter)"));
    m_ui->deleteBankQuestionButton->setToolTip(tr("Delete the selected questions (Delete)"));
    m_ui->importBankButton->setToolTip(
        tr("Import questions from a CSV or JSON file (questions the bank has already are skipped)"));
    m_ui->exportBankButton->setToolTip(tr("Export the questions the search and filters show, as CSV or JSON"));
    m_ui->searchLineEdit->setToolTip(tr("Search (%1)").arg(m_findShortcut->key().toString(QKeySequence::NativeText)));
}

bool QuestionBankView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->searchLineEdit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        applyFilter(); // what was typed, at once
        QTableView *table = m_ui->bankTableView;
        table->setFocus();
        if (!table->currentIndex().isValid())
            table->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void QuestionBankView::showWindow()
{
    if (!isWindow()) {
        setWindowFlag(Qt::Window);
        const QRect available = screen()->availableGeometry();
        resize(std::min(fontMetrics().averageCharWidth() * 150, available.width() * 9 / 10),
               std::min(fontMetrics().lineSpacing() * 40, available.height() * 9 / 10));
    }
    show();
    raise();
    activateWindow();
}

namespace {

QuestionBankView::FileChooser &fileChooser()
{
    static QuestionBankView::FileChooser chooser;
    return chooser;
}

} // namespace

void QuestionBankView::setFileChooser(FileChooser chooser)
{
    fileChooser() = std::move(chooser);
}

QString QuestionBankView::askForFile(bool save, const QString &title)
{
    if (fileChooser())
        return fileChooser()(save);
    QFileDialog dialog(this, title, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog.setObjectName(QStringLiteral("fileDialog"));
    dialog.setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog.setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    if (save) {
        dialog.setNameFilters({tr("CSV (*.csv)"), tr("JSON (*.json)")});
        dialog.setDefaultSuffix(QStringLiteral("csv"));
        dialog.selectFile(QStringLiteral("question-bank.csv"));
        connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog](const QString &filter) {
            dialog.setDefaultSuffix(filter.contains(QStringLiteral("*.json")) ? QStringLiteral("json")
                                                                              : QStringLiteral("csv"));
        });
    } else {
        dialog.setNameFilters({tr("CSV or JSON (*.csv *.json)")});
    }
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

void QuestionBankView::importFile()
{
    const QString title = tr("Import into the question bank");
    const QString path = askForFile(false, title);
    if (path.isEmpty())
        return;
    const Result<QList<BankQuestion>> read = BankCodec::readFile(path);
    if (!read) {
        MessageBox::warning(this, title, tr("The file could not be read: %1").arg(read.error().details));
        return;
    }
    const QList<BankQuestion> drafts = *read;
    InterviewService &service = m_client.service();
    m_ui->importBankButton->setEnabled(false);
    m_client.write<int>(
        this, [&service, drafts] { return service.importBankQuestions(drafts); },
        [this, title, total = int(drafts.size())](const Result<int> &added) {
            m_ui->importBankButton->setEnabled(true);
            if (!added) {
                MessageBox::warning(this, title,
                                    tr("The questions could not be imported: %1").arg(added.error().details));
                return;
            }
            QString text = tr("Imported %Ln question(s) into the bank.", nullptr, *added);
            if (total > *added)
                text += u' ' + tr("%Ln question(s) skipped: the bank has them already.", nullptr, total - *added);
            m_model->reload();
            MessageBox::information(this, title, text);
        });
}

void QuestionBankView::exportFile()
{
    const QString title = tr("Export the question bank");
    const QString path = askForFile(true, title);
    if (path.isEmpty())
        return;
    // What the search and filters show, every page of it (a bank has thousands, not millions).
    BankFilter filter = m_model->filter();
    filter.pageSize = EXPORT_PAGE_SIZE;
    QList<BankQuestion> questions;
    for (filter.page = 1;; ++filter.page) {
        const Result<Page<BankQuestion>> page = m_client.service().bankQuestions(filter);
        if (!page) {
            MessageBox::warning(this, title, tr("The file could not be written: %1").arg(page.error().details));
            return;
        }
        questions << page->items;
        if (page->items.size() < filter.pageSize)
            break;
    }
    const ExportFormat format
        = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ? ExportFormat::Json : ExportFormat::Csv;
    if (const Status written = BankCodec::writeFile(path, questions, format); !written) {
        MessageBox::warning(this, title, tr("The file could not be written: %1").arg(written.error().details));
        return;
    }
    MessageBox::information(
        this, title,
        tr("Exported %Ln question(s) to %1.", nullptr, int(questions.size())).arg(QDir::toNativeSeparators(path)));
}

void QuestionBankView::focusSearch()
{
    m_ui->searchLineEdit->setFocus();
    m_ui->searchLineEdit->selectAll();
}

void QuestionBankView::newQuestion()
{
    openDialog(nullptr);
}

void QuestionBankView::editCurrent()
{
    const BankQuestion *q = m_model->questionAt(m_ui->bankTableView->currentIndex().row());
    if (!q)
        return;
    const BankQuestion question = *q; // the model may reload while the dialog is open
    openDialog(&question);
}

void QuestionBankView::openDialog(const BankQuestion *question)
{
    BankQuestionDialog dialog(m_client, this);
    if (question)
        dialog.setQuestion(*question);
    dialog.setCompletions(categoryCompletions(), tagCompletions());
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The service's bankChanged reaches the model shortly; select the question once it shows.
    m_currentId = dialog.savedQuestion().bankQuestionId;
    m_model->reload();
    selectQuestion(m_currentId);
    m_ui->bankTableView->setFocus();
}

void QuestionBankView::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || m_deleting || m_pickMode)
        return;
    const BankQuestion *first = m_model->questionAt(m_model->rowOf(ids.first()));
    const QString text = ids.size() == 1 && first
        ? tr("Delete the question “%1” from the bank? Kits that plan it lose it; sessions keep their copies.")
              .arg(first->questionText.left(80))
        : tr("Delete %Ln question(s) from the bank? Kits that plan them lose them; sessions keep their copies.",
             nullptr, int(ids.size()));
    if (!MessageBox::confirm(this, tr("Delete from the question bank"), text))
        return;
    m_deleting = true;
    updateButtons();
    InterviewService &service = m_client.service();
    m_client.write<Done>(
        this,
        [&service, ids]() -> Status {
            for (const QString &id : ids) {
                const Status removed = service.deleteBankQuestion(id);
                // Deleted meanwhile by someone else: what was asked is true all the same.
                if (!removed && removed.error().code != ErrorCode::BankQuestionNotFound)
                    return removed;
            }
            return Done {};
        },
        [this](const Status &removed) {
            m_deleting = false;
            updateButtons();
            if (!removed)
                MessageBox::warning(this, tr("Delete from the question bank"),
                                    tr("The questions could not be deleted: %1").arg(removed.error().details));
            m_ui->bankTableView->setFocus();
        });
}

void QuestionBankView::applyFilter()
{
    m_searchTimer.stop();
    BankFilter filter;
    filter.text = m_ui->searchLineEdit->text().trimmed();
    const int type = m_ui->typeFilterComboBox->currentData().toInt();
    if (type >= 0)
        filter.questionType = QuestionType(type);
    filter.questionCategory = m_ui->categoryFilterComboBox->currentText().trimmed();
    filter.tag = m_ui->tagFilterComboBox->currentIndex() > 0 ? m_ui->tagFilterComboBox->currentText() : QString();
    m_model->setFilter(filter);
}

void QuestionBankView::fillFilterBoxes()
{
    // Refilling the category box empties its line for a moment: that is not a cleared filter.
    const QScopedValueRollback<bool> filling(m_filling, true);
    {
        const int type = m_ui->typeFilterComboBox->count() > 0 ? m_ui->typeFilterComboBox->currentData().toInt() : -1;
        const QSignalBlocker blocker(m_ui->typeFilterComboBox);
        EnumText::fill<QuestionType>(m_ui->typeFilterComboBox, tr("Any type"));
        EnumText::select(m_ui->typeFilterComboBox, type);
    }
    {
        QComboBox *tags = m_ui->tagFilterComboBox;
        const QString tag = tags->currentIndex() > 0 ? tags->currentText() : QString();
        const QSignalBlocker blocker(tags);
        tags->clear();
        tags->addItem(tr("Any tag"));
        tags->addItems(tagCompletions());
        const int index = tag.isEmpty() ? 0 : tags->findText(tag);
        if (index < 0)
            tags->addItem(tag); // filtered by a tag no question has any longer
        tags->setCurrentIndex(index < 0 ? tags->count() - 1 : index);
    }
    {
        QComboBox *categories = m_ui->categoryFilterComboBox;
        const QString category = categories->currentText();
        const QSignalBlocker blocker(categories);
        categories->clear();
        categories->addItems(categoryCompletions());
        categories->setCurrentIndex(-1);
        categories->setEditText(category);
    }
}

QStringList QuestionBankView::categoryCompletions() const
{
    // The categories recorded questions use and those of the bank rows loaded so far.
    QStringList categories;
    if (const Result<QStringList> used = m_client.service().categories())
        categories = *used;
    if (m_model) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString category = m_model->questionAt(row)->questionCategory;
            if (!category.isEmpty())
                categories << category;
        }
    }
    categories.removeDuplicates();
    categories.sort(Qt::CaseInsensitive);
    return categories;
}

QStringList QuestionBankView::tagCompletions() const
{
    const Result<QStringList> tags = m_client.service().bankTags();
    return tags ? *tags : QStringList {};
}

void QuestionBankView::updateDetails()
{
    const BankQuestion *q = m_model->questionAt(m_ui->bankTableView->currentIndex().row());
    if (!q) {
        m_ui->detailsTextBrowser->clear();
        return;
    }
    QString text = QStringLiteral("<p><b>%1</b></p>").arg(html(q->questionText));
    QStringList facts {EnumText::name(q->questionType), EnumText::name(q->difficultyLevel)};
    if (!q->questionCategory.isEmpty())
        facts << q->questionCategory;
    text += QStringLiteral("<p>%1</p>").arg(html(facts.join(QStringLiteral(" · "))));
    if (!q->tags.isEmpty())
        text += QStringLiteral("<p>%1 %2</p>").arg(html(tr("Tags:")), html(q->tags.join(QStringLiteral(", "))));
    text += QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg(html(tr("Expected answer (for the interviewer only):")),
                     q->expectedAnswer.isEmpty() ? html(tr("none")) : html(q->expectedAnswer));
    m_ui->detailsTextBrowser->setHtml(text);
}

void QuestionBankView::updateButtons()
{
    const bool current = m_ui->bankTableView->currentIndex().isValid();
    m_ui->editBankQuestionButton->setEnabled(current);
    m_ui->deleteBankQuestionButton->setEnabled(!m_deleting && !selectedIds().isEmpty());
}

void QuestionBankView::updateCountLabel()
{
    m_ui->bankCountLabel->setText(tr("%Ln question(s)", nullptr, int(m_model->totalCount())));
}

void QuestionBankView::fitColumns()
{
    QHeaderView *header = m_ui->bankTableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(BankQuestionTableModel::Question, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    // Widths from the font and the translated names, never from the rows.
    const QFontMetrics metrics = m_ui->bankTableView->fontMetrics();
    const auto widest = [&metrics, this](int column, QStringList texts) {
        texts << m_model->headerData(column, Qt::Horizontal).toString();
        int width = 0;
        for (const QString &text : std::as_const(texts))
            width = std::max(width, metrics.horizontalAdvance(text));
        return width + metrics.averageCharWidth() * 3;
    };
    const auto names = [](auto values) {
        QStringList texts;
        for (auto value : values)
            texts << EnumText::name(value);
        return texts;
    };
    header->resizeSection(BankQuestionTableModel::Type,
                          widest(BankQuestionTableModel::Type, names(allValues<QuestionType>())));
    header->resizeSection(BankQuestionTableModel::Category, metrics.averageCharWidth() * 18);
    header->resizeSection(BankQuestionTableModel::Difficulty,
                          widest(BankQuestionTableModel::Difficulty, names(allValues<DifficultyLevel>())));
    header->resizeSection(BankQuestionTableModel::Tags, metrics.averageCharWidth() * 22);
    const QString sampleDate = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat);
    header->resizeSection(BankQuestionTableModel::Updated, widest(BankQuestionTableModel::Updated, {sampleDate}));
}

void QuestionBankView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        fillFilterBoxes();
        updateCountLabel();
        updateDetails();
        if (m_model)
            m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace ir::ui
