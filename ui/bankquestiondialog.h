// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kit.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class BankQuestionDialog;
}

class QCompleter;
class QStringListModel;

namespace ir {
class ServiceClient;
struct Error;
} // namespace ir

namespace ir::ui {

// Creates or edits one bank question through the process's one writer. Save (Enter in a line
// field, Ctrl+Return anywhere) checks the form first and names the field at fault; the dialog
// closes once the write has landed, or shows the service's problems next to their fields and
// stays open with everything as typed. Esc cancels (not while the write is on its way).
class BankQuestionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BankQuestionDialog)

public:
    explicit BankQuestionDialog(ServiceClient &client, QWidget *parent = nullptr);
    ~BankQuestionDialog() override;

    // Edits this question (without it, the dialog creates a new one).
    void setQuestion(const BankQuestion &question);
    // What completes the category and the tags being typed.
    void setCompletions(const QStringList &categories, const QStringList &tags);
    // The question as stored, once the dialog was accepted.
    const BankQuestion &savedQuestion() const { return m_saved; }
    bool isSaving() const { return m_saving; }
    void accept() override;
    void reject() override;

    // "a, b，c、d" → the tags as typed (trimmed, empty ones dropped).
    static QStringList splitTags(const QString &text);

private:
    // The form's own checks; false (and the problems shown, the first field focused) when it fails.
    bool checkForm();
    BankQuestion formQuestion() const;
    BankQuestionPatch patchFrom(const BankQuestion &form) const;
    void showServiceError(const Error &error);
    void clearErrors();
    void setSaving(bool saving);
    void completeTag(const QString &tag);

    std::unique_ptr<Ui::BankQuestionDialog> m_ui;
    ServiceClient &m_client;
    BankQuestion m_original; // empty id: a new question
    BankQuestion m_saved;
    bool m_saving = false;
    QPointer<QWidget> m_focusBeforeSaving;
    QStringListModel *m_categoryModel = nullptr;
    QStringListModel *m_tagModel = nullptr;
    QCompleter *m_tagCompleter = nullptr;
};

} // namespace ir::ui
