// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class QuestionBankView;
}

class QShortcut;
class QTableView;

namespace ir {
class ServiceClient;
struct BankQuestion;
} // namespace ir

namespace ir::ui {

class BankQuestionTableModel;

// The question bank: search (the records' Chinese-aware search), filters by type, category and
// tag, rows loaded as the table scrolls; New (Ctrl+N), Edit (Enter, double-click), Delete (the
// Delete key, asked first) through the process's one writer. Follows the service's bankChanged.
// In pick mode (the kit editor's "Add from bank") a double-click picks instead of editing.
class QuestionBankView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionBankView)

public:
    explicit QuestionBankView(ServiceClient &client, QWidget *parent = nullptr);
    ~QuestionBankView() override;

    BankQuestionTableModel *model() const { return m_model; }
    QTableView *tableView() const;
    // The ids of the selected rows, in the table's order.
    QStringList selectedIds() const;
    // Selects a question if its row is loaded.
    void selectQuestion(const QString &bankQuestionId);
    void setPickMode(bool pick);
    // Shows the view as a window of its own (sized for the screen the first time), in front.
    void showWindow();

    // A CSV or JSON file (BankCodec) into the bank through the writer; the questions the search
    // and filters show into a file.
    void importFile();
    void exportFile();
    // Tests: answers the file question instead of a QFileDialog (save: export); "" cancels.
    using FileChooser = std::function<QString(bool save)>;
    static void setFileChooser(FileChooser chooser);

    void newQuestion();
    void editCurrent();
    void deleteSelected();
    void focusSearch();

Q_SIGNALS:
    // Pick mode: a double-click on a row.
    void picked();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    void fillFilterBoxes();
    void updateDetails();
    void updateButtons();
    void updateCountLabel();
    void fitColumns();
    // Opens the form; the question it saved is selected afterwards.
    void openDialog(const BankQuestion *question);
    QStringList categoryCompletions() const;
    QStringList tagCompletions() const;
    QString askForFile(bool save, const QString &title);

    std::unique_ptr<Ui::QuestionBankView> m_ui;
    ServiceClient &m_client;
    BankQuestionTableModel *m_model = nullptr;
    QTimer m_searchTimer;
    QString m_currentId; // kept across reloads
    QShortcut *m_newShortcut = nullptr;
    QShortcut *m_findShortcut = nullptr;
    bool m_pickMode = false;
    bool m_filling = false;
    bool m_deleting = false;
};

} // namespace ir::ui
